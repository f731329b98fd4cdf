// The grid of cells (src/importer/sheet.cpp): merged ranges, cell
// references, and the limit on merges.
#include <doctest/doctest.h>

#include "tatakerja/importer/error.hpp"
#include "tatakerja/importer/sheet.hpp"

using namespace tatakerja::importer;

TEST_CASE("importer sheet: a cell under a merged range is its top-left cell") {
  Sheet s = named_sheet("ABK");
  s.cells.push_back(make_cell(7, 6, "Beban Kerja"));
  s.cells.push_back(make_cell(8, 6, "Harian"));
  s.merges.push_back(Merge{7, 6, 7, 8});
  s.sort();
  REQUIRE(s.at(7, 8));
  CHECK(s.at(7, 8)->text == "Beban Kerja");
  CHECK(s.at(8, 6)->text == "Harian");
  CHECK(s.at(8, 7) == nullptr);
  CHECK(s.at(200, 1) == nullptr);
  CHECK(s.last_column() == 6);
}

TEST_CASE("importer sheet: merged ranges over more rows than a form has are refused") {
  Sheet s = named_sheet("ABK");
  s.merges.push_back(Merge{1, 1, 1048576, 2});
  CHECK_THROWS_WITH_AS(s.sort(), "`ABK`: merged ranges over more than 1000000 rows", Refused);
}

TEST_CASE("importer sheet: cell references") {
  std::uint32_t row = 0, column = 0;
  CHECK(parse_cell_ref("XFD1048576", row, column));
  CHECK(row == 1048576);
  CHECK(column == 16384);
  CHECK_FALSE(parse_cell_ref("A0", row, column));
  CHECK_FALSE(parse_cell_ref("1A", row, column));
  CHECK_FALSE(parse_cell_ref("ABCD1", row, column));
  CHECK(column_name(28) == "AB");
}
