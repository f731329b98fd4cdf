// Values in the book (format.md, "Values"; handbook.md): a time is printed
// as written in every format, a month-only date as the month, and a value
// that could not be read is "-" (HTML, Markdown) or null (JSON), never 0.
#include <doctest/doctest.h>

#include "test_render_fixture.hpp"

using tatakerja::render::Format;

namespace {

// As a KUA types its SOP: times as printed, one of them unreadable (the
// book is written anyway, with `render --force` or `schema` downgraded).
constexpr const char* kKua = R"(kind: Unit
id: kua
name: KUA Kecamatan Purwodadi
---
kind: Position
id: penghulu
name: Penghulu
unit: kua
duties:
  - {id: nikah, text: Mencatat peristiwa nikah, volume: 2/week, standard_time: 3 Hari}
  - {id: rujuk, text: Mencatat rujuk, volume: 4, standard_time: 15 mnt}
  - {id: duplikat, text: Menerbitkan duplikat buku nikah, volume: banyak, standard_time: 30 menit}
---
kind: SOP
id: pendaftaran-nikah
title: Pendaftaran Kehendak Nikah
unit: kua
owner: penghulu
duties: [nikah]
created: 2018-01
effective: 2018-02-15
revised: 2018-13
external_actors: [Calon Pengantin]
output: Bukti pendaftaran
steps:
  - {activity: Calon Pengantin menyerahkan berkas, actor: Calon Pengantin, time: 30 detik, output: Berkas}
  - {activity: Memeriksa berkas, actor: penghulu, time: 5-10 menit, output: Berkas terperiksa}
  - {activity: Mencatat dalam register, actor: penghulu, time: 15 mnt, output: Register}
  - {activity: Menerbitkan bukti pendaftaran, actor: penghulu, time: 3 hari kerja, output: Bukti pendaftaran}
)";

std::string render(Format format) {
  auto book = test::make_book(kKua);
  return test::write(book->book, format);
}

}  // namespace

TEST_CASE("render values: step times as written, an unreadable one as \"-\", never \"0 menit\"") {
  const auto html = render(Format::Html);
  // The Waktu column wraps at its width, as any cell does.
  for (const char* text : {"<td class=\"c\">30<br>detik</td>", "<td class=\"c\">5-10<br>menit</td>",
                           "<td class=\"c\">3 hari<br>kerja</td>", "<td class=\"c\">-</td>"}) {
    CAPTURE(text);
    CHECK(html.find(text) != std::string::npos);
  }
  CHECK(html.find(">0<br>menit<") == std::string::npos);

  const auto md = render(Format::Markdown);
  for (const char* text :
       {"| 30 detik |", "| 5-10 menit |", "| 3 hari kerja |",
        "| Mencatat dalam register | [Penghulu](#position-penghulu) | - | - |"}) {
    CAPTURE(text);
    CHECK(md.find(text) != std::string::npos);
  }
  CHECK(md.find("| 0 menit |") == std::string::npos);

  const auto json = render(Format::Json);
  CHECK(json.find(R"("time_seconds": 30,
          "time_written": "30 detik")") != std::string::npos);
  CHECK(json.find(R"("time_seconds": 600,
          "time_written": "5-10 menit")") != std::string::npos);
  CHECK(json.find(R"("time_seconds": null,
          "time_written": null)") != std::string::npos);
}

TEST_CASE("render values: a duty's standard time as written, unreadable ones as \"-\"") {
  const auto html = render(Format::Html);
  CHECK(html.find("<td class=\"num\">3 Hari</td>") != std::string::npos);
  CHECK(html.find("<td class=\"num\">30 menit</td>") != std::string::npos);
  // `rujuk` (15 mnt) and `duplikat` (banyak): "-", never 0.
  CHECK(html.find("<td class=\"num\">4</td><td class=\"num\">-</td>") != std::string::npos);
  CHECK(html.find("<td class=\"num\">-</td><td class=\"num\">30 menit</td>") != std::string::npos);

  const auto md = render(Format::Markdown);
  CHECK(md.find("| 2/week | 3 Hari |") != std::string::npos);  // the volume as written too
  CHECK(md.find("| 4 | - |") != std::string::npos);
  CHECK(md.find("| - | 30 menit |") != std::string::npos);

  const auto json = render(Format::Json);
  CHECK(json.find(R"("standard_time_seconds": 54000,
          "standard_time_written": "3 Hari")") != std::string::npos);
  CHECK(json.find(R"("volume": null,
          "volume_written": null,)") != std::string::npos);
  CHECK(json.find(R"("standard_time_seconds": null,
          "standard_time_written": null,)") != std::string::npos);
}

TEST_CASE("render values: a month-only date is printed as the month; a bad date as \"-\"") {
  const auto html = render(Format::Html);
  CHECK(html.find("<td>Januari 2018</td>") != std::string::npos);
  CHECK(html.find("<td>15 Februari 2018</td>") != std::string::npos);
  CHECK(html.find("<td>-</td>") != std::string::npos);  // `revised: 2018-13`
  CHECK(html.find("0000-00") == std::string::npos);
  const auto md = render(Format::Markdown);
  CHECK(md.find("| Januari 2018 |") != std::string::npos);
  const auto json = render(Format::Json);
  CHECK(json.find(R"("created": "2018-01")") != std::string::npos);
  CHECK(json.find(R"("revised": null)") != std::string::npos);

  tatakerja::render::BookOptions english;
  english.language = tatakerja::model::Language::En;
  auto book = test::make_book(kKua, english);
  const auto en = test::write(book->book, Format::Html);
  CHECK(en.find("<td>January 2018</td>") != std::string::npos);
  CHECK(en.find(">3 hari<br>kerja<") != std::string::npos);  // as written, in English too
}
