#include "tatakerja/util/text_table.hpp"

#include <algorithm>
#include <cassert>

#include "tatakerja/util/text.hpp"

namespace tatakerja::util {

TextTable::TextTable(std::vector<bool> right_aligned) : right_(std::move(right_aligned)) {}

void TextTable::add_row(std::vector<std::string> cells) {
  assert(cells.size() == right_.size());
  rows_.push_back(std::move(cells));
}

std::string TextTable::text() const {
  std::vector<std::size_t> width(right_.size(), 0);
  for (const auto& row : rows_) {
    for (std::size_t i = 0; i < row.size(); ++i) {
      width[i] = std::max(width[i], count_code_points(row[i]));
    }
  }
  std::string out;
  for (const auto& row : rows_) {
    for (std::size_t i = 0; i < row.size(); ++i) {
      const std::string pad(width[i] - count_code_points(row[i]), ' ');
      const bool last = i + 1 == row.size();
      if (i > 0) out += "  ";
      if (right_[i]) {
        out += pad + row[i];
      } else {
        out += row[i];
        if (!last) out += pad;
      }
    }
    out += '\n';
  }
  return out;
}

}  // namespace tatakerja::util
