// The zip layer of `import` (src/importer/zip.cpp): names that climb out,
// files that are not archives.
#include <doctest/doctest.h>

#include "tatakerja/importer/error.hpp"
#include "tatakerja/importer/zip.hpp"

using namespace tatakerja::importer;

TEST_CASE("importer zip: entry names stay inside the archive") {
  CHECK(is_safe_entry_name("xl/workbook.xml"));
  CHECK(is_safe_entry_name("xl/worksheets/sheet1.xml"));
  CHECK(is_safe_entry_name("a..b/c"));
  CHECK_FALSE(is_safe_entry_name("../evil"));
  CHECK_FALSE(is_safe_entry_name("xl/../../evil"));
  CHECK_FALSE(is_safe_entry_name("xl/.."));
  CHECK_FALSE(is_safe_entry_name("/etc/passwd"));
  CHECK_FALSE(is_safe_entry_name("C:/Windows/evil"));
  CHECK_FALSE(is_safe_entry_name("xl\\..\\evil"));
  CHECK_FALSE(is_safe_entry_name(""));
}

TEST_CASE("importer zip: bytes that are not a zip archive are refused") {
  CHECK_THROWS_WITH_AS(ZipReader("Nama Jabatan;AJUDAN\r\n"),
                       "not an Office file (not a zip archive: Not a zip archive)", Refused);
  CHECK_THROWS_AS(ZipReader(std::string("PK\x03\x04", 4).append(100, '\0')), Refused);
}
