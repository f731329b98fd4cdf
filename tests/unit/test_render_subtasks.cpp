// Rincian tugas and tahapan in the book (html/position.cpp,
// html/coverage.cpp, markdown/position.cpp): numbered 1, 1.a; a duty with
// subtasks shows their sums and no WKE of its own; stages are listed
// under their duty; coverage counts the subtasks, not their duty.
#include <doctest/doctest.h>

#include "test_render_fixture.hpp"

namespace {

const char* const kSchool = R"(kind: Position
id: guru
name: Guru
staff: 1
duties:
  - id: pembelajaran
    text: Melaksanakan pembelajaran
    subtasks:
      - id: rpp
        text: Menyusun RPP
        volume: 12
        standard_time: 2 jam
        stages: [Menelaah silabus, Menyusun skenario]
      - {id: mengajar, text: Mengajar, volume: 100, standard_time: 1 jam}
  - {id: piket, text: Piket, volume: 10, standard_time: 5 jam}
---
kind: SOP
id: rpp
title: Penyusunan RPP
owner: guru
duties: [rpp]
steps:
  - {activity: Menyusun RPP, actor: guru, time: 1 jam, output: RPP}
)";

bool has(const std::string& text, const std::string& what) {
  INFO("looking for " << what);
  return text.find(what) != std::string::npos;
}

}  // namespace

TEST_CASE("html: subtasks numbered under their duty, with its sums and their stages") {
  const auto b = test::make_book(kSchool);
  const auto html = test::write(b->book, tatakerja::render::Format::Html);
  // The duty: 24 + 100 hours, no volume, norm or WKE of its own.
  CHECK(has(html,
            "<tr><td class=\"num\">1</td><td>Melaksanakan pembelajaran</td><td>-</td>"
            "<td>-</td><td class=\"num\">-</td><td class=\"num\">-</td>"
            "<td class=\"num\">124</td><td class=\"num\">-</td>"));
  CHECK(has(html,
            "<tr><td class=\"num\">1.a</td><td>Menyusun RPP<br><i>Tahapan:</i>"
            "<ol class=\"stages\"><li>Menelaah silabus</li><li>Menyusun skenario</li></ol>"
            "</td>"));
  CHECK(has(html, "<tr><td class=\"num\">1.b</td><td>Mengajar</td>"));
  CHECK(has(html, "<tr><td class=\"num\">2</td><td>Piket</td>"));
  // Coverage: 1 of the 3 duties without subtasks (1.a, 1.b, 2).
  CHECK(has(html, "(1 dari 3 uraian tugas memiliki SOP)"));
  CHECK(has(html, "<tr><td>1.a. Menyusun RPP</td>"));
}

TEST_CASE("markdown: subtasks numbered under their duty, with their stages") {
  const auto b = test::make_book(kSchool);
  const auto md = test::write(b->book, tatakerja::render::Format::Markdown);
  CHECK(has(md, "| 1 | Melaksanakan pembelajaran | - | - | - | - | 124 | - | 0,099 |"));
  CHECK(has(md,
            "| 1.a | Menyusun RPP<br>*Tahapan:*<br>1) Menelaah silabus<br>2) Menyusun "
            "skenario | - | - | 12 | 2 jam | 24 | 75000 | 0,019 |"));
  CHECK(has(md, "1 dari 3 uraian tugas memiliki SOP."));
  CHECK(has(md, "| 1.b. Mengajar | **belum ada SOP** |"));
}
