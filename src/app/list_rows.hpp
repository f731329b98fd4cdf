// Internal: the rows of `tatakerja list`, one function a kind, as cells
// that both the table and the JSON writer print.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "tatakerja/model/repository.hpp"

namespace tatakerja::app::list {

enum class CellType { Text, Number, List };

struct Column {
  std::string_view header;  // table
  std::string_view key;     // JSON
  CellType type = CellType::Text;
};

struct Cell {
  bool present = false;             // false: `-` in a table, null in JSON
  std::vector<std::string> values;  // one value, or a list's items
};

struct Listing {
  std::vector<Column> columns;
  std::vector<std::vector<Cell>> rows;  // one cell a column
};

// Throws util::Failure for an unknown kind, with a suggestion.
void check_kind(std::string_view kind);
Listing list_of(std::string_view kind, const model::Repository& repo);

}  // namespace tatakerja::app::list
