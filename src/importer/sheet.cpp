#include "tatakerja/importer/sheet.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "tatakerja/importer/error.hpp"

namespace tatakerja::importer {

const Cell* Sheet::at(std::uint32_t row, std::uint32_t column) const {
  static const std::vector<std::uint32_t> kNone;
  for (const std::uint32_t i : row < merges_by_row_.size() ? merges_by_row_[row] : kNone) {
    const Merge& m = merges[i];
    if (row >= m.first_row && row <= m.last_row && column >= m.first_column &&
        column <= m.last_column) {
      row = m.first_row;
      column = m.first_column;
      break;
    }
  }
  const auto it =
      std::lower_bound(cells.begin(), cells.end(), std::pair{row, column},
                       [](const Cell& c, const std::pair<std::uint32_t, std::uint32_t>& k) {
                         return std::pair{c.row, c.column} < k;
                       });
  if (it == cells.end() || it->row != row || it->column != column) return nullptr;
  return &*it;
}

std::uint32_t Sheet::last_row() const {
  return cells.empty() ? 0 : cells.back().row;
}

void Sheet::sort() {
  std::stable_sort(cells.begin(), cells.end(), [](const Cell& a, const Cell& b) {
    return std::pair{a.row, a.column} < std::pair{b.row, b.column};
  });
  last_column_ = 0;
  for (const auto& c : cells) last_column_ = std::max(last_column_, c.column);
  if (merges.size() > Limits::kMerges) {
    throw Refused(fmt::format("`{}` has more than {} merged ranges", name, Limits::kMerges));
  }
  std::size_t covered = 0;
  std::uint32_t rows = last_row();
  for (const auto& m : merges) {
    covered += m.last_row - m.first_row + 1;
    if (covered > Limits::kMergedRows) {
      throw Refused(
          fmt::format("`{}`: merged ranges over more than {} rows", name, Limits::kMergedRows));
    }
    rows = std::max(rows, m.last_row);
  }
  merges_by_row_.assign(static_cast<std::size_t>(rows) + 2, {});
  for (std::uint32_t i = 0; i < merges.size(); ++i) {
    for (std::uint32_t r = merges[i].first_row; r <= merges[i].last_row; ++r) {
      merges_by_row_[r].push_back(i);
    }
  }
}

std::string column_name(std::uint32_t column) {
  std::string out;
  while (column > 0) {
    --column;
    out.insert(out.begin(), static_cast<char>('A' + column % 26));
    column /= 26;
  }
  return out;
}

bool parse_cell_ref(std::string_view ref, std::uint32_t& row, std::uint32_t& column) {
  std::size_t i = 0;
  std::uint64_t col = 0, r = 0;
  while (i < ref.size() && ref[i] >= 'A' && ref[i] <= 'Z' && i < 3) {
    col = col * 26 + static_cast<std::uint64_t>(ref[i] - 'A' + 1);
    ++i;
  }
  if (i == 0 || i == ref.size()) return false;
  for (std::size_t j = i; j < ref.size(); ++j) {
    if (ref[j] < '0' || ref[j] > '9' || j - i >= 8) return false;
    r = r * 10 + static_cast<std::uint64_t>(ref[j] - '0');
  }
  if (r == 0 || col == 0) return false;
  row = static_cast<std::uint32_t>(r);
  column = static_cast<std::uint32_t>(col);
  return true;
}

}  // namespace tatakerja::importer
