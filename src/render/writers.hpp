// The writers behind render::write_book and the --split pages, one set a
// format (html_*.cpp, markdown_*.cpp, json_*.cpp). book.cpp dispatches.
#pragma once

#include <ostream>

#include "tatakerja/render/book.hpp"

namespace tatakerja::render {

void html_book(const Book& book, std::ostream& out);
void html_sop_page(const Book& book, int sop, std::ostream& out);
void html_position_page(const Book& book, int position, std::ostream& out);
void html_index_page(const Book& book, std::ostream& out);

void markdown_book(const Book& book, std::ostream& out);
void markdown_sop_page(const Book& book, int sop, std::ostream& out);
void markdown_position_page(const Book& book, int position, std::ostream& out);
void markdown_index_page(const Book& book, std::ostream& out);

void json_book(const Book& book, std::ostream& out);
void json_sop_page(const Book& book, int sop, std::ostream& out);
void json_position_page(const Book& book, int position, std::ostream& out);
void json_index_page(const Book& book, std::ostream& out);

}  // namespace tatakerja::render
