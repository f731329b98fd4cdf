// The Jumlah row of the procedure table (handbook.md): the total of the
// Waktu column along the main path, in the units the times are written in,
// or the SOP's own `total_time` as written; "-" (JSON null) when a time on
// the main path could not be read, never 0.
#include <doctest/doctest.h>

#include "test_render_fixture.hpp"

using tatakerja::render::Format;

namespace {

constexpr const char* kRepo = R"(kind: Unit
id: kua
name: KUA Kecamatan Purwodadi
---
kind: Position
id: penghulu
name: Penghulu
unit: kua
duties:
  - {id: nikah, text: Mencatat peristiwa nikah, volume: 2/week, standard_time: 3 hari}
---
kind: SOP
id: legalisir
title: Legalisir Buku Nikah
unit: kua
owner: penghulu
duties: [nikah]
external_actors: [Pemohon]
steps:
  - {activity: Pemohon menyerahkan fotokopi, actor: Pemohon, time: 5 Menit, output: Fotokopi}
  - {activity: Memeriksa fotokopi, actor: penghulu, decision: "Sesuai?", no: 4, time: 5-10 menit, output: Fotokopi terperiksa}
  - {activity: Membubuhkan cap legalisir, actor: penghulu, time: 15 menit, output: Fotokopi terlegalisir, next: end}
  - {activity: Mengembalikan fotokopi, actor: penghulu, time: 2 jam, output: Fotokopi}
---
kind: SOP
id: duplikat
title: Duplikat Buku Nikah
unit: kua
owner: penghulu
duties: [nikah]
steps:
  - {activity: Menerima permohonan, actor: penghulu, time: 1 hari, output: Permohonan}
  - {activity: Mencetak duplikat, actor: penghulu, time: 2 jam, output: Duplikat}
---
kind: SOP
id: rujuk
title: Pencatatan Rujuk
unit: kua
owner: penghulu
duties: [nikah]
total_time: 2 Jam 15 Menit
steps:
  - {activity: Menerima permohonan, actor: penghulu, time: 2 jam, output: Permohonan}
  - {activity: Mencatat rujuk, actor: penghulu, time: 15 menit, output: Kutipan}
---
kind: SOP
id: pindah
title: Rekomendasi Pindah Nikah
unit: kua
owner: penghulu
duties: [nikah]
steps:
  - {activity: Menerima permohonan, actor: penghulu, time: 30 menit, output: Permohonan}
  - {activity: Menerbitkan rekomendasi, actor: penghulu, time: 15 mnt, output: Rekomendasi}
)";

std::string render(Format format, tatakerja::render::BookOptions options = {}) {
  auto book = test::make_book(kRepo, std::move(options));
  return test::write(book->book, format);
}

// The text of the first Jumlah row after the SOP's anchor.
std::string html_total(const std::string& html, const std::string& sop) {
  const auto at = html.find("<tr class=\"total\">", html.find("id=\"sop-" + sop + "\""));
  REQUIRE(at != std::string::npos);
  return html.substr(at, html.find("</tr>", at) - at);
}

std::string md_total(const std::string& md, const std::string& sop,
                     const std::string& label = "Jumlah") {
  const auto at = md.find("|  | **" + label + "** |", md.find("<a id=\"sop-" + sop + "\">"));
  REQUIRE(at != std::string::npos);
  return md.substr(at, md.find('\n', at) - at);
}

}  // namespace

TEST_CASE("total time: the main path in the units the times agree on") {
  // 5 + 10 (a range's upper end) + 15 menit; the rejection's 2 jam is off the main path.
  const auto html = render(Format::Html);
  CHECK(html_total(html, "legalisir")
            .ends_with(">Jumlah</th><td class=\"c\"><b>30<br>menit</b></td><td></td><td></td>"));
  CHECK(md_total(render(Format::Markdown), "legalisir") ==
        "|  | **Jumlah** |  |  | **30 menit** |  |  |");
  CHECK(render(Format::Json).find(R"("total_time": {
        "text": "30 menit",
        "seconds": 1800,
        "stated": false
      })") != std::string::npos);
}

TEST_CASE("total time: mixed units from the largest down, a day of hours_per_day") {
  CHECK(md_total(render(Format::Markdown), "duplikat") ==
        "|  | **Jumlah** |  |  | **1 hari 2 jam** |  |  |");
  CHECK(render(Format::Json).find(R"("text": "1 hari 2 jam",
        "seconds": 25200,)") != std::string::npos);  // a day of 5 hours, and 2 hours
  tatakerja::render::BookOptions english;
  english.language = tatakerja::model::Language::En;
  CHECK(md_total(render(Format::Markdown, english), "duplikat", "Total").find("| **1 d 2 h** |") !=
        std::string::npos);
}

TEST_CASE("total time: the SOP's own total_time, as written") {
  CHECK(md_total(render(Format::Markdown), "rujuk") ==
        "|  | **Jumlah** |  |  | **2 Jam 15 Menit** |  |  |");
  CHECK(render(Format::Json).find(R"("total_time": {
        "text": "2 Jam 15 Menit",
        "seconds": 8100,
        "stated": true
      })") != std::string::npos);
}

TEST_CASE("total time: \"-\" (JSON null) when a time on the main path is unreadable, never 0") {
  CHECK(html_total(render(Format::Html), "pindah").find("<td class=\"c\"><b>-</b></td>") !=
        std::string::npos);
  CHECK(md_total(render(Format::Markdown), "pindah") == "|  | **Jumlah** |  |  | **-** |  |  |");
  CHECK(render(Format::Json).find(R"("total_time": {
        "text": null,
        "seconds": null,
        "stated": false
      })") != std::string::npos);
}

TEST_CASE("total time: one Jumlah row, after the last part of a split table") {
  auto book = test::make_book(kRepo);
  book->read.repo.config.handbook.rows_per_page = 2;
  const auto html = test::write(book->book, Format::Html);
  const auto start = html.find("id=\"sop-legalisir\"");
  const auto end = html.find("</section>", start);
  const auto section = html.substr(start, end - start);
  const auto first = section.find("<tr class=\"total\">");
  REQUIRE(first != std::string::npos);
  CHECK(section.find("<tr class=\"total\">", first + 1) == std::string::npos);
  CHECK(section.find("<table", first) == std::string::npos);  // in the last part
  CHECK(section.find("(halaman 1 dari 2)") != std::string::npos);
}
