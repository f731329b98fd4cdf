// One entry point a kind of file, dispatching on the format; and where each
// file of a --split render goes.
#include "tatakerja/render/book.hpp"

#include "writers.hpp"

namespace tatakerja::render {

namespace {

const char* extension(Format format) {
  switch (format) {
    case Format::Html:
      return "html";
    case Format::Markdown:
      return "md";
    case Format::Json:
      return "json";
  }
  return "html";
}

}  // namespace

std::string book_path(Format format) {
  return std::string("handbook.") + extension(format);
}

std::string index_path(Format format) {
  return std::string("index.") + extension(format);
}

std::string sop_path(const Book& book, Format format, int sop) {
  return "sop/" + file_component(book.r().sops[sop].doc.id.value) + "." + extension(format);
}

std::string position_path(const Book& book, Format format, int position) {
  return "position/" + file_component(book.r().positions[position].doc.id.value) + "." +
         extension(format);
}

void write_book(const Book& book, Format format, std::ostream& out) {
  switch (format) {
    case Format::Html:
      return html_book(book, out);
    case Format::Markdown:
      return markdown_book(book, out);
    case Format::Json:
      return json_book(book, out);
  }
}

void write_sop_page(const Book& book, Format format, int sop, std::ostream& out) {
  switch (format) {
    case Format::Html:
      return html_sop_page(book, sop, out);
    case Format::Markdown:
      return markdown_sop_page(book, sop, out);
    case Format::Json:
      return json_sop_page(book, sop, out);
  }
}

void write_position_page(const Book& book, Format format, int position, std::ostream& out) {
  switch (format) {
    case Format::Html:
      return html_position_page(book, position, out);
    case Format::Markdown:
      return markdown_position_page(book, position, out);
    case Format::Json:
      return json_position_page(book, position, out);
  }
}

void write_index_page(const Book& book, Format format, std::ostream& out) {
  switch (format) {
    case Format::Html:
      return html_index_page(book, out);
    case Format::Markdown:
      return markdown_index_page(book, out);
    case Format::Json:
      return json_index_page(book, out);
  }
}

}  // namespace tatakerja::render
