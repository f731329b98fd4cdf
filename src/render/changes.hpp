// Internal: the "Riwayat Perubahan" page (render --changes REV): what
// changed since a revision, for the official who signs the book. One row
// a document that changed, its details as short lines, in every format.
#pragma once

#include <ostream>
#include <string>
#include <vector>

#include "tatakerja/render/book.hpp"
#include "tatakerja/util/json.hpp"

namespace tatakerja::render {

struct ChangeRow {
  std::string kind;  // "SOP", "Jabatan", "Unit", "Pegawai", "ABK" (or English)
  std::string id;
  std::string name;
  std::string change;                // "ditambah", "dihapus", "diubah" (or English)
  std::vector<std::string> details;  // "volume: 2/bulan → 4/bulan"
};

// The rows of book.options.changes, in the diff's order; empty without.
std::vector<ChangeRow> change_rows(const Book& book);

// The page's title and its line under it, in the book's language.
std::string changes_title(const Book& book);
std::string changes_note(const Book& book);

// The page in each format; nothing when the book has no changes to show.
void html_changes(const Book& book, std::string& out);
void markdown_changes(const Book& book, std::ostream& out);
void json_changes(const Book& book, util::JsonWriter& w);

}  // namespace tatakerja::render
