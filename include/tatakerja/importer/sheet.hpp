// The grid that every reader produces: a workbook's sheets, a CSV file, a
// Word document's tables. A cell keeps its sheet/table, row and column for
// diagnostics, its text (a formula cell's cached value, never the formula)
// and the flowchart symbol drawn in it, if any.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace tatakerja::importer {

// A flowchart symbol in a cell (SOP AP lanes): a drawing anchored in it, or
// a symbol character typed into it.
enum class Symbol { None, Process, Decision, Terminator, Connector };

struct Cell {
  std::uint32_t row = 0;     // 1-based
  std::uint32_t column = 0;  // 1-based
  std::string text;          // trimmed of nothing: as the file holds it
  bool number = false;       // a numeric cell (xlsx `n`, or a CSV field that reads as one)
  Symbol symbol = Symbol::None;
};

struct Merge {  // a merged range, 1-based and inclusive
  std::uint32_t first_row = 0, first_column = 0, last_row = 0, last_column = 0;
};

struct Sheet {
  std::string name;         // the sheet's name, or "table N" of a document
  std::vector<Cell> cells;  // sorted by row, then column
  std::vector<Merge> merges;

  // The cell at (row, column), or at the top-left of the merged range that
  // covers it; nullptr when empty.
  const Cell* at(std::uint32_t row, std::uint32_t column) const;
  std::uint32_t last_row() const;
  std::uint32_t last_column() const { return last_column_; }
  // Sorts the cells by row and column and indexes the merged ranges by
  // row; at() needs it. Throws Refused past Limits::kMerges/kMergedRows.
  void sort();

 private:
  std::vector<std::vector<std::uint32_t>> merges_by_row_;  // row -> merges covering it
  std::uint32_t last_column_ = 0;
};

struct Book {
  std::string path;           // as the user gave it
  std::vector<Sheet> sheets;  // in the file's order
};

inline Cell make_cell(std::uint32_t row, std::uint32_t column, std::string text) {
  Cell cell;
  cell.row = row;
  cell.column = column;
  cell.text = std::move(text);
  return cell;
}

inline Sheet named_sheet(std::string name) {
  Sheet sheet;
  sheet.name = std::move(name);
  return sheet;
}

// "A", "B", ... "AA" for a 1-based column, and back (0 for an invalid name).
std::string column_name(std::uint32_t column);
// "B3" -> row 3, column 2; false when it is not a cell reference.
bool parse_cell_ref(std::string_view ref, std::uint32_t& row, std::uint32_t& column);

}  // namespace tatakerja::importer
