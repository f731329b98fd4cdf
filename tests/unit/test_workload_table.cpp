#include <doctest/doctest.h>

#include "workload_fixture.hpp"

using namespace tatakerja;
using workload::Format;
using workload::View;

TEST_CASE("workload table: the Kabupaten Lahat row, exactly as the guide prints it") {
  const std::string expected =
      "                   Jumlah Waktu                Kebutuhan  Pegawai\n"
      "                   Penyelesaian  Kebutuhan       Pegawai     yang  Kelebihan/\n"
      "Jabatan                   (jam)    Pegawai  (dibulatkan)      Ada  Kekurangan     EJ  PJ\n"
      "-----------------  ------------  ---------  ------------  -------  ----------  -----  --\n"
      "Sekretariat Daerah\n"
      "  Ajudan                   2820      2,256             2        3          +1  0,752  C\n"
      "  Jumlah                   2820      2,256             2        3          +1  0,752  C\n"
      "-----------------  ------------  ---------  ------------  -------  ----------  -----  --\n"
      "Jumlah seluruhnya          2820      2,256             2        3          +1  0,752  C\n";
  CHECK(test::render(test::kLahat, View::Position, Format::Table) == expected);
}

TEST_CASE("workload table: English labels and '.' decimals; a vacant position shows no EJ or PJ") {
  const std::string yaml = R"(kind: Position
id: p
name: Kosong
duties:
  - {id: a, text: A, volume: 1200, standard_time: 1h}
  - {id: b, text: B, volume: 1200, standard_time: 1.5h}
  - {id: c, text: C, volume: 600, standard_time: 30m}
)";
  const std::string expected =
      "                                            Staff\n"
      "                    Workload     Staff   required  Existing   Surplus/  Effectiveness  "
      "Performance\n"
      "Position               hours  required  (rounded)     staff  shortfall           (EJ)  "
      "(PJ)\n"
      "------------------  --------  --------  ---------  --------  ---------  -------------  "
      "-----------\n"
      "Kosong                  3300     2.640          3         0         -3              -  -\n"
      "------------------  --------  --------  ---------  --------  ---------  -------------  "
      "-----------\n"
      "Organisation total      3300     2.640          3         0         -3              -  -\n";
  // No units: no headings and no unit totals.
  CHECK(test::render(yaml, View::Position, Format::Table, model::Language::En) == expected);
}

TEST_CASE("workload table: long text wraps within its column; numbers stay on the first line") {
  const std::string yaml = R"(kind: Position
id: p
name: P
staff: 1
duties:
  - id: a
    text: Menyusun rencana kebutuhan formasi pegawai dan menyampaikannya kepada pimpinan untuk ditetapkan setiap tahun
    volume: 12
    standard_time: 6h
)";
  const auto out = test::render(yaml, View::Duty, Format::Table);
  CHECK(out.find(
            "  1  Menyusun rencana kebutuhan formasi pegawai dan                -       12     6h"
            "               72    75000       0,058\n"
            "     menyampaikannya kepada pimpinan untuk ditetapkan setiap\n"
            "     tahun\n"
            "     Jumlah                                                                      "
            "                  72                0,058\n") != std::string::npos);
}

TEST_CASE("workload table: control characters in names are escaped, never sent to the terminal") {
  const std::string yaml =
      "kind: Position\nid: p\nname: \"Ba\\x1b[31mhaya\"\nstaff: 1\n"
      "duties:\n  - {id: a, text: A, volume: 1, standard_time: 1h}\n";
  const auto out = test::render(yaml, View::Position, Format::Table);
  CHECK(out.find('\x1b') == std::string::npos);
  CHECK(out.find("Ba\\x1b[31mhaya") != std::string::npos);
}
