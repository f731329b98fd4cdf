// Aligned plain-text tables for the terminal (`list`, the `explain`
// catalogue): columns two spaces apart, widths counted in code points,
// right-aligned columns padded on the left, the last column never padded.
#pragma once

#include <string>
#include <vector>

namespace tatakerja::util {

class TextTable {
 public:
  // One flag a column: true to align it to the right (numbers).
  explicit TextTable(std::vector<bool> right_aligned);

  // A row of as many cells as there are columns (the header is a row).
  void add_row(std::vector<std::string> cells);

  // Every row, each ended by '\n'.
  std::string text() const;

 private:
  std::vector<bool> right_;
  std::vector<std::vector<std::string>> rows_;
};

}  // namespace tatakerja::util
