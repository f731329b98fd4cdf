#include <doctest/doctest.h>

#include "tatakerja/util/text_table.hpp"

using tatakerja::util::TextTable;

TEST_CASE("text table: aligned by code points, numbers right, last column not padded") {
  TextTable table({false, true, false});
  table.add_row({"ID", "JAM", "NAMA"});
  table.add_row({"kasi-pendis", "1.250,5", "Kepala Seksi"});
  table.add_row({"ä", "3", "x"});
  CHECK(table.text() ==
        "ID               JAM  NAMA\n"
        "kasi-pendis  1.250,5  Kepala Seksi\n"
        "ä                  3  x\n");
}

TEST_CASE("text table: empty") {
  CHECK(TextTable({false}).text().empty());
}
