// The Anjab/ABK forms (src/importer/abk.cpp, columns.cpp, title_block.cpp):
// a header found by its labels, numbered duties with lettered rincian,
// the title block, and what could not be placed.
#include <doctest/doctest.h>

#include "../../src/importer/columns.hpp"
#include "tatakerja/importer/documents.hpp"
#include "tatakerja/importer/forms.hpp"
#include "tatakerja/importer/sheet.hpp"

using namespace tatakerja::importer;

namespace {

Sheet sheet_of(std::initializer_list<std::initializer_list<const char*>> rows) {
  Sheet s = named_sheet("ABK");
  std::uint32_t r = 0;
  for (const auto& row : rows) {
    ++r;
    std::uint32_t c = 0;
    for (const char* text : row) {
      ++c;
      if (*text) s.cells.push_back(make_cell(r, c, text));
    }
  }
  s.sort();
  return s;
}

}  // namespace

TEST_CASE("importer columns: the labels offices write, and the time unit of a header") {
  CHECK(role_of("uraian tugas") == Role::Duty);
  CHECK(role_of("rincian tugas") == Role::Duty);
  CHECK(role_of("satuan hasil") == Role::UnitOfOutput);
  CHECK(role_of("volume beban kerja") == Role::Volume);
  CHECK(role_of("volume beban kerja bulanan") == Role::VolumeMonth);
  CHECK(role_of("norma waktu jam") == Role::Time);
  CHECK(role_of("waktu penyelesaian menit") == Role::Time);
  CHECK(role_of("waktu kerja efektif") == Role::Effective);
  CHECK(role_of("pegawai yang dibutuhkan") == Role::Required);
  CHECK(role_of("jumlah waktu penyelesaian jam") == Role::Ignore);
  CHECK(role_of("volume per periode") == Role::Ignore);
  CHECK(role_of("no") == Role::Number);
  CHECK(time_unit_of("norma waktu menit") == "menit");
  CHECK(time_unit_of("waktu penyelesaian jam") == "jam");
}

TEST_CASE(
    "importer abk: title block, two-row header, duties with rincian, the Jumlah row ends it") {
  Book book;
  book.path = "abk.xlsx";
  book.sheets.push_back(sheet_of({
      {"Nama Jabatan", ":", "Pengelola Data"},
      {"Unit Kerja : Seksi Penmad"},
      {"Jumlah pegawai yang ada", ":", "2 orang"},
      {"No", "Uraian Tugas", "Norma Waktu", "Beban Kerja", "", "Catatan"},
      {"", "", "(menit)", "Bulanan", "Tahunan", ""},
      {"1", "Mengelola data", "", "", "", ""},
      {"a", "Memeriksa isian", "90", "", "40", ""},
      {"b.", "=HYPERLINK(\"x\")", "1,5 jam", "2", "", "lihat juknis"},
      {"2", "Menyusun laporan", "abc", "", "12", ""},
      {"", "Jumlah", "", "", "", ""},
      {"3", "Sesudah tabel", "", "", "", ""},
  }));
  // "Beban Kerja" spans two columns over its periods
  book.sheets[0].merges.push_back(Merge{4, 4, 4, 5});
  book.sheets[0].sort();
  Imported out;
  REQUIRE(read_abk(book, out));
  REQUIRE(out.positions.size() == 1);
  const auto& p = out.positions[0];
  CHECK(p.name == "Pengelola Data");
  CHECK(p.unit == "Seksi Penmad");
  CHECK(p.staff == "2");
  REQUIRE(p.duties.size() == 2);
  REQUIRE(p.duties[0].subtasks.size() == 2);
  CHECK(p.duties[0].subtasks[0].standard_time == "90 menit");
  CHECK(p.duties[0].subtasks[0].volume == "40");
  CHECK(p.duties[0].subtasks[1].text == "=HYPERLINK(\"x\")");  // text, never run
  CHECK(p.duties[0].subtasks[1].standard_time == "1,5 jam");
  CHECK(p.duties[0].subtasks[1].volume == "2/bulan");
  CHECK(p.duties[1].standard_time.empty());
  REQUIRE(out.findings.size() == 2);
  CHECK(out.findings[0].place.row == 8);
  CHECK(out.findings[0].place.column == 6);
  CHECK(out.findings[0].message == "column `Catatan`: `lihat juknis` was not imported");
  CHECK(out.findings[1].place.row == 9);
  CHECK(out.findings[1].message == "`abc` is not a time");
}

TEST_CASE("importer abk: a sheet without such a table is not a form") {
  Book book;
  book.sheets.push_back(sheet_of({{"Daftar Hadir"}, {"Nama", "Tanda tangan"}}));
  Imported out;
  CHECK_FALSE(read_abk(book, out));
  CHECK(out.positions.empty());
}

TEST_CASE("importer abk: a sheet of several positions keeps the ids its id columns give") {
  Book book;
  book.sheets.push_back(sheet_of({
      {"ID Jabatan", "Jabatan", "No", "ID Uraian Tugas", "Uraian Tugas", "Beban Kerja",
       "Norma Waktu"},
      {"ajudan", "AJUDAN", "1", "dampingi", "Mendampingi Bupati", "10", "60 jam"},
      {"ajudan", "AJUDAN", "2", "bad id!", "Menerima tamu", "5", "60 jam"},
      {"analis", "Analis Perencanaan", "1", "renstra", "Menyusun renstra", "2/tahun", "600 menit"},
  }));
  Imported out;
  REQUIRE(read_abk(book, out));
  REQUIRE(out.positions.size() == 2);
  std::vector<Finding> findings;
  const auto files = documents(out, "abk.xlsx", Known{}, findings);
  REQUIRE(files.size() == 3);  // tatakerja.yaml and the two positions
  CHECK(files[1].relative == "positions/ajudan.yaml");
  CHECK(files[1].content.find("  - id: dampingi\n") != std::string::npos);
  CHECK(files[1].content.find("  - id: menerima-tamu\n") != std::string::npos);  // made: not an id
  CHECK(files[2].relative == "positions/analis.yaml");
  CHECK(files[2].content.find("volume: 2/tahun") != std::string::npos);
}

TEST_CASE("importer abk: a numbered row with no duty text is reported, not written") {
  Book book;
  book.sheets.push_back(sheet_of({
      {"Nama Jabatan : Ajudan"},
      {"No", "Uraian Tugas", "Volume", "Norma Waktu (jam)"},
      {"1", "", "10", "60"},
      {"2", "Menerima tamu", "5", "60"},
  }));
  Imported out;
  REQUIRE(read_abk(book, out));
  REQUIRE(out.positions.size() == 1);
  REQUIRE(out.positions[0].duties.size() == 1);
  CHECK(out.positions[0].duties[0].standard_time == "60 jam");
  REQUIRE(out.findings.size() == 1);
  CHECK(out.findings[0].message == "row `1` has no duty text");
  CHECK(out.findings[0].place.row == 3);
}

TEST_CASE("importer sop: a date that is no calendar date is reported, never written") {
  Sheet s = named_sheet("SOP");
  s.cells.push_back(make_cell(1, 1, "Tanggal Pembuatan"));
  s.cells.push_back(make_cell(1, 2, "31 Februari 2017"));
  s.cells.push_back(make_cell(2, 1, "Tanggal Efektif"));
  s.cells.push_back(make_cell(2, 2, "2 Januari 2018"));
  s.cells.push_back(make_cell(4, 1, "No"));
  s.cells.push_back(make_cell(4, 2, "Kegiatan"));
  s.cells.push_back(make_cell(4, 3, "Pelaksana"));
  s.cells.push_back(make_cell(5, 1, "1"));
  s.cells.push_back(make_cell(5, 2, "Menerima berkas"));
  s.cells.push_back(make_cell(5, 3, "Petugas"));
  s.sort();
  Book book;
  book.sheets.push_back(s);
  Imported out;
  REQUIRE(read_sop(book, out));
  REQUIRE(out.sops.size() == 1);
  CHECK(out.sops[0].created.empty());
  CHECK(out.sops[0].effective == "2018-01-02");
  REQUIRE(out.sops[0].steps.size() == 1);
  CHECK(out.sops[0].steps[0].actor == "Petugas");
  CHECK(out.findings.front().message == "`31 Februari 2017` is not a date");
}

TEST_CASE("importer abk: tables stacked on one sheet, each with its own title block") {
  Book book;
  book.sheets.push_back(sheet_of({
      {"Nama Jabatan", ":", "Ajudan"},
      {"No", "Uraian Tugas", "Volume", "Norma Waktu (jam)"},
      {"1", "Mendampingi Bupati", "10", "60"},
      {"", "Jumlah", "", ""},
      {"Jumlah pegawai yang ada : 3"},
      {""},
      {"Nama Jabatan", ":", "Sekretaris Pribadi"},
      {"No", "Uraian Tugas", "Volume", "Norma Waktu (jam)"},
      {"1", "Mengatur agenda", "250", "1"},
      {"2", "Mengarsipkan surat", "100", "0,5"},
  }));
  Imported out;
  REQUIRE(read_abk(book, out));
  REQUIRE(out.positions.size() == 2);
  CHECK(out.positions[0].name == "Ajudan");
  CHECK(out.positions[0].staff == "3");  // the line under its table
  CHECK(out.positions[0].duties.size() == 1);
  CHECK(out.positions[1].name == "Sekretaris Pribadi");
  CHECK_FALSE(out.positions[1].staff);
  REQUIRE(out.positions[1].duties.size() == 2);
  CHECK(out.positions[1].duties[1].standard_time == "0,5 jam");
  CHECK(out.findings.empty());
}

TEST_CASE(
    "importer abk: the title block's ikhtisar, jenis and kelas jabatan, counts as validate reads "
    "them") {
  Book book;
  book.sheets.push_back(sheet_of({
      {"Nama Jabatan", ":", "Ajudan"},
      {"Jenis Jabatan", ":", "Pelaksana"},
      {"Kelas Jabatan", ":", "07"},
      {"Ikhtisar Jabatan", ":", "Mendampingi Bupati dalam tugas kedinasan"},
      {"Jumlah pegawai yang ada", ":", "3 orang"},
      {"No", "Uraian Tugas", "Volume", "Norma Waktu (jam)"},
      {"1", "Mendampingi Bupati", "10", "60"},
  }));
  Imported out;
  REQUIRE(read_abk(book, out));
  REQUIRE(out.positions.size() == 1);
  const auto& p = out.positions[0];
  CHECK(p.type == "Pelaksana");
  CHECK(p.summary == "Mendampingi Bupati dalam tugas kedinasan");
  CHECK(p.grade.empty());  // "07": a leading zero validate refuses as ambiguous
  CHECK(p.staff == "3");
}
