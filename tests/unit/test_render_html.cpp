// The HTML handbook (src/render/html_*.cpp): structure and order, anchors,
// the SOP AP identity and procedure tables, drafts, the --force chapter,
// the flowchart's alignment with the table rows, the --split pages.
#include <doctest/doctest.h>

#include <regex>

#include "finding.hpp"
#include "test_render_html_fixture.hpp"

using tatakerja::render::BookOptions;

namespace {

std::size_t at(const std::string& html, const std::string& what) {
  const auto pos = html.find(what);
  INFO("looking for " << what);
  CHECK(pos != std::string::npos);
  return pos;
}

// The part of `html` from `from` to the next `to`.
std::string between(const std::string& html, const std::string& from, const std::string& to) {
  const auto start = html.find(from);
  REQUIRE(start != std::string::npos);
  const auto end = html.find(to, start + from.size());
  return html.substr(start, end == std::string::npos ? std::string::npos : end - start);
}

}  // namespace

TEST_CASE("html: a self-contained HTML5 document") {
  const auto html = test::render_html(test::html_files());
  CHECK(
      html.starts_with("<!doctype html>\n<html lang=\"id\">\n<head>\n<meta charset=\"utf-8\">\n"));
  CHECK(html.find("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">") !=
        std::string::npos);
  CHECK(html.ends_with("</body>\n</html>\n"));
  CHECK(html.find("<script") == std::string::npos);
  CHECK(html.find("<link") == std::string::npos);
  CHECK(html.find("src=\"http") == std::string::npos);
  CHECK(html.find("href=\"http") == std::string::npos);
  CHECK(html.find("@import") == std::string::npos);
  CHECK(html.find("thead{display:table-header-group}") != std::string::npos);
  CHECK(html.find("@page landscape{size:A4 landscape") != std::string::npos);
}

TEST_CASE("html: the contents in the order of handbook.md") {
  const auto html = test::render_html(test::html_files());
  const std::size_t order[] = {at(html, "id=\"cover\""),
                               at(html, "id=\"contents\""),
                               at(html, "id=\"unit-kantor\""),
                               at(html, "id=\"position-kepala\""),
                               at(html, "id=\"sop-naskah\""),
                               at(html, "id=\"unit-subbag\""),
                               at(html, "id=\"position-analis\""),
                               at(html, "id=\"sop-cuti\""),
                               at(html, "id=\"recap\""),
                               at(html, "id=\"coverage\""),
                               at(html, "id=\"index\"")};
  for (std::size_t i = 1; i < std::size(order); ++i) CHECK(order[i - 1] < order[i]);
  CHECK(html.find("<h2>1 Kantor Uji</h2>") != std::string::npos);
  CHECK(html.find("<h2>1.1 Subbagian Tata Usaha</h2>") != std::string::npos);
}

TEST_CASE("html: the cover counts what is in the book") {
  const auto cover = between(test::render_html(test::html_files()), "id=\"cover\"", "</header>");
  CHECK(cover.find("Kantor Uji") != std::string::npos);
  CHECK(cover.find("Buku Standar Operasional Prosedur") != std::string::npos);
  CHECK(cover.find("<tr><th>Unit Kerja</th><td class=\"num\">2</td></tr>") != std::string::npos);
  CHECK(cover.find("<tr><th>Jabatan</th><td class=\"num\">2</td></tr>") != std::string::npos);
  CHECK(cover.find("<tr><th>SOP</th><td class=\"num\">2</td></tr>") != std::string::npos);
  CHECK(cover.find("<tr><th>Pegawai</th><td class=\"num\">1</td></tr>") != std::string::npos);
  CHECK(cover.find("Tanggal: 1 Maret 2024") != std::string::npos);
}

TEST_CASE("html: the contents link every chapter, position and SOP") {
  const auto toc = between(test::render_html(test::html_files()), "id=\"contents\"", "</nav>");
  for (const char* href : {"#unit-kantor", "#unit-subbag", "#position-kepala", "#position-analis",
                           "#sop-cuti", "#sop-naskah", "#recap", "#coverage", "#index"}) {
    INFO(std::string(href));
    CHECK(toc.find(std::string("href=\"") + href + "\"") != std::string::npos);
  }
}

TEST_CASE("html: the identity table of an SOP has every field") {
  // An SOP number may break only after '/' or '-' (<wbr>).
  const auto sop = between(test::render_html(test::html_files()), "id=\"sop-cuti\"", "</section>");
  for (const char* text :
       {"Nomor SOP",
        "<td>B-<wbr>1/<wbr>KP/<wbr>2024</td>",
        "Tanggal Pembuatan",
        "10 Januari 2024",
        "Tanggal Revisi",
        "Tanggal Efektif",
        "1 Februari 2024",
        "Disahkan oleh",
        "Kepala Kantor",
        "Budi Kepala",
        "NIP 197001011990031001",
        "tanda tangan dan cap",
        "Nama SOP",
        "Pemberian Izin Cuti",
        "Dasar Hukum",
        "PP 11/2017",
        "Kualifikasi Pelaksana",
        "Memahami aturan cuti",
        "Keterkaitan",
        "<a href=\"#sop-naskah\">B-<wbr>2/<wbr>OT/<wbr>2024 Pengesahan Naskah Dinas</a>",
        "Peralatan/Perlengkapan",
        "Komputer",
        "Peringatan",
        "Paling lambat 3 hari",
        "Pencatatan dan Pendataan",
        "Kartu cuti",
        "class=\"logobox\">logo<"}) {
    INFO(std::string(text));
    CHECK(sop.find(text) != std::string::npos);
  }
}

TEST_CASE("html: an identity heading row is printed on the page of the row it heads") {
  // Dasar Hukum, Keterkaitan, Peringatan: a heading row and the row of
  // lists under it. A long Dasar Hukum can push the identity table over a
  // page; the heading then goes with its lists, never alone at the foot.
  const auto html = test::render_html(test::html_files());
  const auto sop = between(html, "id=\"sop-cuti\"", "</section>");
  for (const char* text :
       {"<tr class=\"head\"><th>Dasar Hukum</th>", "<tr class=\"head\"><th>Keterkaitan</th>",
        "<tr class=\"head\"><th>Peringatan</th>"}) {
    INFO(std::string(text));
    CHECK(sop.find(text) != std::string::npos);
  }
  CHECK(html.find("tr.head{break-after:avoid}") != std::string::npos);
}

TEST_CASE("html: a position's figures print whole on one page") {
  // Seven rows (hours, required, needed, staff, balance, EJ, PJ) under the
  // duty table: split, the last four printed alone on a page of their own.
  const auto html = test::render_html(test::html_files());
  CHECK(html.find("<table class=\"figures\">") != std::string::npos);
  CHECK(html.find("table.figures{break-inside:avoid}") != std::string::npos);
}

TEST_CASE("html: the procedure table has a column a lane and the chart over them") {
  const auto sop = between(test::render_html(test::html_files()), "id=\"sop-cuti\"", "</section>");
  for (const char* text : {">No<", ">Kegiatan<", ">Pelaksana<", ">Mutu Baku<", ">Kelengkapan<",
                           ">Waktu<", ">Output<", ">Keterangan<",
                           // Lane names wrapped here, as the cells are: the browser may not
                           // break a word.
                           "<th>Pegawai<br>Pemohon</th>", "<th>Analis SDM<br>Aparatur</th>",
                           "<th>Kepala Kantor</th>", "10<br>menit", "Periksa<br>sisa cuti",
                           // A decision's question under its activity: the diamond is empty
                           // (shape_text none, the default).
                           "Memeriksa<br>permohonan<br><b>Lengkap?</b>"}) {
    INFO(std::string(text));
    CHECK(sop.find(text) != std::string::npos);
  }
  CHECK(test::count_of(sop, "<svg ") == 1);
  CHECK(test::count_of(sop, "<table class=\"proc\"") == 1);
  // The chart's cell spans the three steps' rows and the lane columns.
  std::smatch m;
  REQUIRE(std::regex_search(
      sop, m, std::regex("<td class=\"chart\" rowspan=\"(\\d+)\" colspan=\"(\\d+)\">")));
  CHECK(m[1] == "3");
  const int lanes = std::stoi(m[2]);
  // Three lanes and nothing else: the loop runs in the last lane's margin,
  // not in a column of its own (handbook.md).
  CHECK(lanes == 3);
  CHECK(sop.find("<th colspan=\"" + std::to_string(lanes) + "\">Pelaksana</th>") !=
        std::string::npos);
}

TEST_CASE("html: every row of a procedure part is as tall as the chart's row") {
  std::string yaml = "kind: SOP\nid: panjang\ntitle: Panjang\nsteps:\n";
  for (int i = 1; i <= 30; ++i) {
    yaml += "  - {activity: Langkah " + std::to_string(i) +
            " memeriksa kelengkapan berkas usulan kenaikan pangkat, actor: " +
            (i % 3 == 0 ? "kepala" : "analis") + ", time: 10m}\n";
  }
  auto files = test::html_files();
  files.push_back({"zz.yaml", yaml});
  const auto html = test::render_html(files);
  const auto sop = between(html, "id=\"sop-panjang\"", "</section>");
  CHECK(test::count_of(sop, "<table class=\"proc\"") == test::count_of(sop, "<svg "));
  CHECK(test::count_of(sop, "<svg ") >= 3);  // rows_per_page 12 at most
  const std::regex table("<table class=\"proc\"[\\s\\S]*?</table>");
  const std::regex svg("<svg width=\"\\d+\" height=\"(\\d+)\"");
  const std::regex row("<tr style=\"height:(\\d+)px\">");
  for (auto t = std::sregex_iterator(sop.begin(), sop.end(), table); t != std::sregex_iterator();
       ++t) {
    const std::string part = t->str();
    std::smatch m;
    REQUIRE(std::regex_search(part, m, svg));
    const int height = std::stoi(m[1]);
    int sum = 0;
    for (auto r = std::sregex_iterator(part.begin(), part.end(), row); r != std::sregex_iterator();
         ++r) {
      sum += std::stoi((*r)[1]);
    }
    CHECK(sum == height);
  }
  // Later parts: a new page, and an anchor of their own.
  CHECK(sop.find("<div class=\"scroll whole part\" id=\"sop-panjang-procedure-2\">") !=
        std::string::npos);
  CHECK(sop.find("<div class=\"scroll whole\" id=\"sop-panjang-procedure\">") != std::string::npos);
}

TEST_CASE("html: the Anjab of a position with its workload figures") {
  const auto position =
      between(test::render_html(test::html_files()), "id=\"position-analis\"", "</section>");
  for (const char* text :
       {"Informasi Jabatan: Analis SDM Aparatur", "Subbagian Tata Usaha", "Atasan Langsung",
        "<a href=\"#position-kepala\">Kepala Kantor</a>", "Menganalisis kebutuhan pegawai",
        "S1 Administrasi", "Diklat Analis", "2 tahun", "Memproses izin cuti", "Surat izin",
        "<td class=\"num\">300</td><td class=\"num\">1 jam</td><td class=\"num\">300</td>",
        "<td class=\"num\">30 menit</td><td class=\"num\">50</td>",
        "<a href=\"#sop-cuti\">B-<wbr>1/<wbr>KP/<wbr>2024 Pemberian Izin Cuti</a>",
        "<span class=\"flag\">belum ada SOP</span>", "<td class=\"num\">350</td>",
        "<td class=\"num\">0,280</td>", "<td class=\"num\">E</td>"}) {
    INFO(std::string(text));
    CHECK(position.find(text) != std::string::npos);
  }
}

TEST_CASE("html: the workload figures of the Lahat guide") {
  const auto html = test::render_html({{"lahat.yaml", R"(kind: Unit
id: setda
name: Sekretariat Daerah
---
kind: Position
id: ajudan
name: Ajudan
unit: setda
staff: 3
duties:
  - {id: t1, text: Mendampingi pimpinan, volume: 10, standard_time: 60 jam}
  - {id: t2, text: Menyiapkan keperluan pimpinan, volume: 20, standard_time: 60 jam}
  - {id: t3, text: Mencatat jadwal, volume: 12, standard_time: 10 jam}
  - {id: t4, text: Mengatur protokol, volume: 15, standard_time: 30 jam}
  - {id: t5, text: Menyampaikan pesan, volume: 5, standard_time: 60 jam}
  - {id: t6, text: Melaporkan kegiatan, volume: 5, standard_time: 30 jam}
)"}});
  const auto recap = between(html, "id=\"recap\"", "</tbody>");
  CHECK(recap.find("<td class=\"num\">2820</td><td class=\"num\">2,256</td><td class=\"num\">2</td>"
                   "<td class=\"num\">3</td><td class=\"num\">+1</td><td class=\"num\">0,752</td>"
                   "<td class=\"num\">C</td>") != std::string::npos);
  CHECK(html.find("0,752 (C)") != std::string::npos);  // the EJ chart
}

TEST_CASE("html: drafts stay out unless asked for, then carry the DRAFT mark") {
  const auto without = test::render_html(test::html_files());
  CHECK(without.find("id=\"sop-draf\"") == std::string::npos);
  CHECK(without.find("id=\"sop-lama\"") == std::string::npos);
  BookOptions options;
  options.include_drafts = true;
  const auto with = test::render_html(test::html_files(), options);
  CHECK(with.find("id=\"sop-lama\"") == std::string::npos);  // archived: never
  const auto draft = between(with, "<section class=\"sop draft\" id=\"sop-draf\">", "</section>");
  CHECK(draft.find("<span class=\"badge\">DRAF</span>") != std::string::npos);
  CHECK(test::count_of(draft, "<tr class=\"draftrow\">") == 2);  // both tables' headers
  // Three lanes of empty symbols fit a portrait page.
  CHECK(with.find("<section class=\"sop\" id=\"sop-cuti\">") != std::string::npos);
}

TEST_CASE("html: --force lists the errors in a chapter at the front") {
  BookOptions options;
  auto d = finding("unknown-reference", {1, 4, 7}, "unknown position `x`");
  options.errors.push_back(d);
  const auto html = test::render_html(test::html_files(), options);
  const auto errors = between(html, "id=\"errors\"", "</section>");
  CHECK(errors.find("Kesalahan dalam Repositori") != std::string::npos);
  CHECK(errors.find("<code>units.yaml:4:7</code> <b>error</b> unknown position `x` "
                    "[unknown-reference]") != std::string::npos);
  CHECK(at(html, "id=\"errors\"") < at(html, "id=\"unit-kantor\""));
  CHECK(html.find("href=\"#errors\"") != std::string::npos);
}

TEST_CASE("html: English labels") {
  BookOptions options;
  options.language = tatakerja::model::Language::En;
  const auto html = test::render_html(test::html_files(), options);
  CHECK(html.find("<html lang=\"en\">") != std::string::npos);
  CHECK(html.find("SOP number") != std::string::npos);
  CHECK(html.find("Date: 1 March 2024") != std::string::npos);
  CHECK(html.find("10<br>menit") != std::string::npos);  // a time is printed as written
}

TEST_CASE("html: on_item is called after each position and each SOP") {
  BookOptions options;
  int calls = 0;
  options.on_item = [&] { ++calls; };
  test::render_html(test::html_files(), options);
  CHECK(calls == 4);
}

TEST_CASE("html: the same repository gives the same bytes, whatever the file order") {
  const auto once = test::render_html(test::html_files());
  CHECK(test::render_html(test::html_files()) == once);
  auto files = test::html_files();
  std::reverse(files.begin(), files.end());
  CHECK(test::render_html(files) == once);
}

TEST_CASE("html: a position without staff is vacant: no EJ, no PJ") {
  const auto html = test::render_html({{"p.yaml", R"(kind: Position
id: kosong
name: Jabatan Kosong
duties:
  - {id: d, text: Menata arsip, volume: 100, standard_time: 1 jam}
)"}});
  CHECK(html.find(
            "<tr><th>Efektivitas Jabatan (EJ)</th><td class=\"num\">jabatan kosong</td></tr>") !=
        std::string::npos);
  CHECK(html.find(">jabatan kosong</text>") != std::string::npos);  // the EJ chart
  CHECK(html.find("<h2>1 Tanpa Unit Kerja</h2>") != std::string::npos);
}

TEST_CASE("html: a 5-lane, 6-step SOP prints its procedure on one landscape page") {
  // As offices write them: actor-first and noun-first activities, times in
  // days, lists of requirements. With empty symbols (shape_text none, the
  // default) the rows are as low as the table's text: one part, no
  // connector (the printed originals fit one page).
  const std::string yaml = R"(kind: SOP
id: lima
title: Lima Pelaksana
external_actors: [Pemohon, Kepala Seksi Penyelenggaraan Haji dan Umrah, Kanwil Kemenag Provinsi]
steps:
  - {activity: Pemohon menyampaikan berkas permohonan beserta persyaratannya, actor: Pemohon,
     requirements: [Formulir permohonan, Kartu identitas, Surat keterangan], time: 30 menit,
     output: Berkas permohonan}
  - {id: periksa, activity: Pemeriksaan kelengkapan dan keabsahan berkas permohonan, actor: analis,
     requirements: [Berkas permohonan], time: 1 Hari, output: Berkas terverifikasi}
  - {activity: Penelaahan berkas terhadap ketentuan yang berlaku, decision: "Berkas sesuai?",
     no: periksa, actor: Kepala Seksi Penyelenggaraan Haji dan Umrah,
     requirements: [Berkas terverifikasi, Peraturan Menteri Agama], time: 2 Hari,
     output: Nota pertimbangan}
  - {activity: Penandatanganan surat rekomendasi dan surat pengantar, actor: kepala,
     requirements: [Nota pertimbangan, Konsep surat rekomendasi], time: 1 Hari,
     output: Surat rekomendasi}
  - {activity: Pengiriman surat rekomendasi kepada Kantor Wilayah, actor: analis,
     requirements: [Surat rekomendasi], time: 1 Hari, output: Bukti pengiriman}
  - {activity: Kanwil menerbitkan keputusan dan menyampaikannya kepada pemohon,
     actor: Kanwil Kemenag Provinsi, requirements: [Surat rekomendasi], time: 3 Hari,
     output: Surat keputusan}
)";
  auto files = test::html_files();
  files.push_back({"zz.yaml", yaml});
  const auto html = test::render_html(files);
  const auto sop = between(html, "id=\"sop-lima\"", "</section>");
  CHECK(html.find("<section class=\"sop landscape\" id=\"sop-lima\">") != std::string::npos);
  CHECK(test::count_of(sop, "<table class=\"proc\"") == 1);
  CHECK(test::count_of(sop, "<polygon") == 1);  // the decision: no off-page connector
  std::smatch m;
  REQUIRE(std::regex_search(sop, m, std::regex("<svg width=\"\\d+\" height=\"(\\d+)\"")));
  CHECK(std::stoi(m[1]) <= 600);  // the tallest part that prints under its header
}
