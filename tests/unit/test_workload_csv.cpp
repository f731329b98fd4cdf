#include <doctest/doctest.h>

#include "workload_fixture.hpp"

using namespace tatakerja;
using workload::Format;
using workload::View;

TEST_CASE("workload csv: RFC 4180 with a header row, CRLF, '.' decimals and plain numbers") {
  const std::string expected =
      "ID Unit Kerja,Unit Kerja,ID Jabatan,Jabatan,Jumlah Waktu Penyelesaian (jam),"
      "Kebutuhan Pegawai,Kebutuhan Pegawai (dibulatkan),Pegawai yang Ada,Kelebihan/Kekurangan,"
      "EJ,PJ\r\n"
      "setda,Sekretariat Daerah,ajudan,Ajudan,2820,2.256,2,3,1,0.752,C\r\n"
      "setda,Sekretariat Daerah,,Jumlah,2820,2.256,2,3,1,0.752,C\r\n"
      ",,,Jumlah seluruhnya,2820,2.256,2,3,1,0.752,C\r\n";
  CHECK(test::render(test::kLahat, View::Position, Format::Csv) == expected);
}

TEST_CASE("workload csv: formula-looking text is neutralised; negative numbers stay numbers") {
  const std::string yaml = R"y(kind: Position
id: p
name: "=HYPERLINK(\"http://x\",\"klik\")"
staff: 1
duties:
  - {id: a, text: "+1+1", volume: 2500, standard_time: 1h, unit_of_output: "@SUM(A1)"}
  - {id: b, text: "-2", volume: 1, standard_time: 1h, unit_of_output: "\tTAB"}
  - {id: c, text: "  =1", volume: 1, standard_time: 1h, unit_of_output: "\rCR"}
  - {id: d, text: "a, \"b\"\nc", volume: 1, standard_time: 1h, unit_of_output: "＝1"}
)y";
  const auto positions = test::render(yaml, View::Position, Format::Csv);
  CHECK(positions.find(
            ",p,\"'=HYPERLINK(\"\"http://x\"\",\"\"klik\"\")\",2503,2.002,2,1,-1,2.002,A\r\n") !=
        std::string::npos);
  const auto duties = test::render(yaml, View::Duty, Format::Csv);
  CHECK(duties.find(",a,1,'+1+1,'@SUM(A1),2500,1h,2500,75000,2.000,\r\n") != std::string::npos);
  CHECK(duties.find(",b,2,'-2,'\tTAB,1,1h,1,75000,0.001,\r\n") != std::string::npos);
  CHECK(duties.find(",c,3,'  =1,\"'\rCR\",1,1h,1,75000,0.001,\r\n") != std::string::npos);
  CHECK(duties.find(",d,4,\"a, \"\"b\"\"\nc\",'＝1,1,1h,1,75000,0.001,\r\n") != std::string::npos);
}

TEST_CASE("workload csv: a missing figure is an empty cell, headings are left out") {
  const std::string yaml = R"(kind: Position
id: p
name: P
duties:
  - {id: a, text: A, standard_time: 1h}
)";
  const std::string expected =
      "ID Unit Kerja,Unit Kerja,ID Jabatan,Jabatan,Jumlah Waktu Penyelesaian (jam),"
      "Kebutuhan Pegawai,Kebutuhan Pegawai (dibulatkan),Pegawai yang Ada,Kelebihan/Kekurangan,"
      "EJ,PJ\r\n"
      ",,p,P,0,0.000,0,0,0,,\r\n"
      ",,,Jumlah seluruhnya,0,0.000,0,0,0,,\r\n";
  CHECK(test::render(yaml, View::Position, Format::Csv) == expected);
  const auto duties = test::render(yaml, View::Duty, Format::Csv);
  CHECK(duties.find(",,p,P,a,1,A,,,1h,0,75000,,\r\n") != std::string::npos);
}
