// The workbook reader (src/importer/xlsx.cpp, xlsx_drawing.cpp), on the
// fuzz seed tests/fuzz/seeds/xlsx/abk-small.xlsx: shared strings (with
// runs), inline strings, a formula's cached value (never its text), a
// boolean, an error value, a merged range and a diamond anchored in a cell.
#include <doctest/doctest.h>

#include <fstream>
#include <iterator>
#include <string>

#include "tatakerja/importer/error.hpp"
#include "tatakerja/importer/read.hpp"

using namespace tatakerja::importer;

namespace {

std::string seed(const std::string& name) {
  std::ifstream in(std::string(TATAKERJA_SOURCE_DIR) + "/tests/fuzz/seeds/" + name,
                   std::ios::binary);
  return {std::istreambuf_iterator<char>(in), {}};
}

}  // namespace

TEST_CASE("importer xlsx: cached values, strings, merges and a shape in a cell") {
  const auto book = read_xlsx(seed("xlsx/abk-small.xlsx"), "abk-small.xlsx");
  REQUIRE(book.sheets.size() == 1);
  const auto& s = book.sheets[0];
  CHECK(s.name == "ABK");
  CHECK(s.at(1, 4)->text == "Nama Jabatan : AJUDAN");  // merged A1:D1
  CHECK(s.at(3, 3)->text == "Norma Waktu (jam)");      // a shared string of two runs
  CHECK(s.at(4, 3)->text == "60");                     // =30*2, its cached value
  CHECK(s.at(4, 3)->number);
  CHECK(s.at(5, 2)->text == "=HYPERLINK(\"x\")");  // text that looks like a formula
  CHECK_FALSE(s.at(5, 2)->number);
  CHECK(s.at(5, 3)->text == "TRUE");
  CHECK(s.at(5, 4)->text == "#DIV/0!");
  CHECK(s.at(4, 3)->symbol == Symbol::Decision);  // the diamond anchored over C4
}

TEST_CASE("importer docx: tables, spans, vertical merges, a drawn diamond and a symbol character") {
  const auto book = read_docx(seed("docx/sop-small.docx"), "sop-small.docx");
  REQUIRE(book.sheets.size() == 2);
  const auto& t = book.sheets[1];
  CHECK(t.name == "table 2");
  CHECK(t.at(1, 4)->text == "Pelaksana");  // gridSpan 2 over columns 3 and 4
  CHECK(t.at(2, 3)->symbol == Symbol::Decision);
  CHECK(t.at(2, 4)->text == "\u25C7");
  CHECK(t.at(3, 1)->text == "1");  // vMerge: the cell above
  CHECK(t.at(3, 2)->text == "Menyetujui");
}
