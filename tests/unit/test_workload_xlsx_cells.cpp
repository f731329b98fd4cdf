// Cell references and SUM formulas of the Excel workbook
// (src/workload/xlsx_cells.cpp).
#include <doctest/doctest.h>

#include "../../src/workload/xlsx_cells.hpp"  // internal: not under include/

using namespace tatakerja::workload;

TEST_CASE("workload xlsx: column letters, as Excel names columns") {
  CHECK(column_letters(0) == "A");
  CHECK(column_letters(25) == "Z");
  CHECK(column_letters(26) == "AA");
  CHECK(column_letters(51) == "AZ");
  CHECK(column_letters(52) == "BA");
  CHECK(column_letters(701) == "ZZ");
  CHECK(column_letters(702) == "AAA");
  CHECK(column_letters(16383) == "XFD");  // Excel's last column
}

TEST_CASE("workload xlsx: cell names, fixed or not, and on another sheet") {
  CHECK(cell_name(0, 0) == "A1");
  CHECK(cell_name(4, 2) == "C5");
  CHECK(cell_name(4, 2, true) == "$C$5");
  CHECK(sheet_cell("Uraian Tugas", 4, 10) == "'Uraian Tugas'!K5");
  CHECK(sheet_cell("Pengaturan", 3, 1, true) == "'Pengaturan'!$B$4");
  CHECK(sheet_cell("Bu'Ani", 0, 0) == "'Bu''Ani'!A1");  // an apostrophe doubled
}

TEST_CASE("workload xlsx: SUM over rows, runs of rows as ranges") {
  CHECK(sum_formula("", 2, {}) == "0");
  CHECK(sum_formula("", 2, {4}) == "SUM(C5)");
  CHECK(sum_formula("", 2, {4, 5, 6}) == "SUM(C5:C7)");
  CHECK(sum_formula("Jabatan", 2, {4, 5, 6, 8, 10, 11}) ==
        "SUM('Jabatan'!C5:C7,'Jabatan'!C9,'Jabatan'!C11:C12)");
}

TEST_CASE("workload xlsx: more than 255 pieces are summed in nested SUMs") {
  std::vector<int> rows;
  for (int i = 0; i < 600; ++i) rows.push_back(2 * i);  // 600 single cells
  const auto formula = sum_formula("", 0, rows);
  CHECK(formula.rfind("SUM(SUM(A1,", 0) == 0);
  CHECK(formula.find(",A1199))") != std::string::npos);  // the last cell closes both
  // Three inner SUMs (255 + 255 + 90), each within the limit.
  std::size_t inner = 0;
  for (auto at = formula.find("SUM(", 1); at != std::string::npos;
       at = formula.find("SUM(", at + 1))
    ++inner;
  CHECK(inner == 3);
}
