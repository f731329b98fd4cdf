// The CSV reader of `import` (src/importer/csv.cpp).
#include <doctest/doctest.h>

#include <string>

#include "tatakerja/importer/error.hpp"
#include "tatakerja/importer/read.hpp"

using namespace tatakerja::importer;

TEST_CASE("importer csv: semicolons, a BOM, quotes and a decimal comma as Excel exports them") {
  const auto book = read_csv(
      "\xEF\xBB\xBFNo;Uraian Tugas;Norma Waktu\r\n1;\"Menyusun; \"\"rekap\"\"\";1,5 jam\r\n",
      "a.csv");
  REQUIRE(book.sheets.size() == 1);
  const auto& s = book.sheets[0];
  REQUIRE(s.at(1, 1));
  CHECK(s.at(1, 1)->text == "No");
  CHECK(s.at(2, 2)->text == "Menyusun; \"rekap\"");
  CHECK(s.at(2, 3)->text == "1,5 jam");  // stays text: read with its unit later
  CHECK(s.at(3, 1) == nullptr);
}

TEST_CASE("importer csv: commas when there are no semicolons, line breaks inside quotes") {
  const auto book = read_csv("No,Uraian Tugas\n1,\"baris satu\nbaris dua\"\n", "a.csv");
  const auto& s = book.sheets[0];
  CHECK(s.at(2, 2)->text == "baris satu\nbaris dua");
  CHECK(s.at(2, 1)->text == "1");
}

TEST_CASE("importer csv: text that is not UTF-8, and an unclosed quote, are refused") {
  CHECK_THROWS_WITH_AS(read_csv("No;Uraian\n1;Pengelola\xE9\n", "a.csv"),
                       "not UTF-8 text (byte 22): save it from Excel as \"CSV UTF-8\"", Refused);
  CHECK_THROWS_WITH_AS(read_csv("No;Uraian\n1;\"tanpa tutup\n", "a.csv"),
                       "row 2: a quote that is never closed", Refused);
}

TEST_CASE("importer: numbers of a workbook as a cell shows them") {
  CHECK(tidy_number("2.2559999999999998") == "2.256");
  CHECK(tidy_number("600") == "600");
  CHECK(tidy_number("1E-3") == "0.001");
  CHECK(tidy_number("Kegiatan") == "Kegiatan");
}
