#include "xlsx_cells.hpp"

#include <algorithm>

namespace tatakerja::workload {

namespace {

constexpr std::size_t kMaxArguments = 255;  // Excel's limit for one function

std::string quoted_sheet(std::string_view sheet) {
  std::string out = "'";
  for (char c : sheet) {
    if (c == '\'') out += '\'';
    out += c;
  }
  return out + "'!";
}

// The ranges of `rows`: each run of consecutive rows as "C5:C7" or "C9".
std::vector<std::string> ranges(std::string_view sheet, int column, const std::vector<int>& rows) {
  const std::string prefix = sheet.empty() ? std::string() : quoted_sheet(sheet);
  std::vector<std::string> out;
  for (std::size_t i = 0; i < rows.size();) {
    std::size_t j = i;
    while (j + 1 < rows.size() && rows[j + 1] == rows[j] + 1) ++j;
    std::string range = prefix + cell_name(rows[i], column);
    if (j > i) range += ":" + cell_name(rows[j], column);
    out.push_back(std::move(range));
    i = j + 1;
  }
  return out;
}

std::string sum_of(const std::vector<std::string>& pieces) {
  std::string out = "SUM(";
  for (std::size_t i = 0; i < pieces.size(); ++i) out += (i ? "," : "") + pieces[i];
  return out + ")";
}

}  // namespace

std::string column_letters(int column) {
  std::string out;
  for (int n = column + 1; n > 0; n = (n - 1) / 26) {
    out.insert(out.begin(), static_cast<char>('A' + (n - 1) % 26));
  }
  return out;
}

std::string cell_name(int row, int column, bool fixed) {
  const char* dollar = fixed ? "$" : "";
  return dollar + column_letters(column) + dollar + std::to_string(row + 1);
}

std::string sheet_cell(std::string_view sheet, int row, int column, bool fixed) {
  return quoted_sheet(sheet) + cell_name(row, column, fixed);
}

std::string sum_formula(std::string_view sheet, int column, const std::vector<int>& rows) {
  auto pieces = ranges(sheet, column, rows);
  if (pieces.empty()) return "0";
  while (pieces.size() > kMaxArguments) {
    std::vector<std::string> outer;
    for (std::size_t i = 0; i < pieces.size(); i += kMaxArguments) {
      const auto end =
          pieces.begin() + static_cast<long>(std::min(pieces.size(), i + kMaxArguments));
      outer.push_back(sum_of({pieces.begin() + static_cast<long>(i), end}));
    }
    pieces = std::move(outer);
  }
  return sum_of(pieces);
}

}  // namespace tatakerja::workload
