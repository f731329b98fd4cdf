// A Position's duties (src/load/read_duty.cpp): rincian tugas (`subtasks`)
// flattened after their duty and numbered 1, 1.a; tahapan (`stages`); and
// the errors of a duty with subtasks.
#include <doctest/doctest.h>

#include <string>

#include "load/read_file.hpp"
#include "load_messages.hpp"

using tatakerja::load::read_text;
using test::kConfig;
using test::messages;

TEST_CASE("subtasks follow their duty, numbered 1, 1.a, 1.b; stages are kept in order") {
  const auto r = read_text(R"(kind: Position
id: guru
name: Guru
duties:
  - id: pembelajaran
    text: Melaksanakan pembelajaran
    subtasks:
      - id: rpp
        text: Menyusun RPP
        volume: 2/bulan
        standard_time: 2 jam
        stages: [Menelaah silabus, Menyusun skenario, Menyusun penilaian]
      - {id: mengajar, text: Mengajar di kelas, volume: 24/minggu, standard_time: 45 menit}
  - {id: piket, text: Piket harian, volume: 1/minggu, standard_time: 5 jam}
)",
                           1, kConfig);
  CHECK(messages(r) == "");
  REQUIRE(r.documents.positions.size() == 1);
  const auto& duties = r.documents.positions[0].duties;
  REQUIRE(duties.size() == 4);
  CHECK(duties[0].id.value == "pembelajaran");
  CHECK(duties[0].number == "1");
  CHECK(duties[0].subtasks == 2);
  CHECK(duties[0].parent == -1);
  CHECK(duties[1].number == "1.a");
  CHECK(duties[1].parent == 0);
  CHECK(duties[2].id.value == "mengajar");
  CHECK(duties[2].number == "1.b");
  CHECK(duties[3].number == "2");
  CHECK(duties[3].parent == -1);
  CHECK_FALSE(duties[3].has_subtasks());
  REQUIRE(duties[1].stages.items.size() == 3);
  CHECK(duties[1].stages.items[2].value == "Menyusun penilaian");
  CHECK(duties[1].stages.loc.line == 12);
}

TEST_CASE("a duty with subtasks has no volume or standard time of its own") {
  const auto r = read_text(R"(kind: Position
id: p
name: P
duties:
  - id: a
    text: A
    volume: 12
    standard_time: 1 jam
    subtasks:
      - {id: a1, text: A1, volume: 1, standard_time: 1 jam}
)",
                           1, kConfig);
  CHECK(messages(r) ==
        "7:13 schema a duty with `subtasks` has no `volume` of its own: its workload is the sum "
        "of its subtasks'; give the volume to a subtask\n"
        "8:20 schema a duty with `subtasks` has no `standard_time` of its own: its workload is "
        "the sum of its subtasks'; give the standard time to a subtask\n");
  const auto& duties = r.documents.positions.at(0).duties;
  REQUIRE(duties.size() == 2);
  CHECK_FALSE(duties[0].volume);  // dropped: nothing counts it
  CHECK_FALSE(duties[0].standard_time);
}

TEST_CASE("subtasks go one level deep, and are never empty") {
  const auto r = read_text(R"(kind: Position
id: p
name: P
duties:
  - id: a
    text: A
    subtasks:
      - id: a1
        text: A1
        subtasks:
          - {id: a1x, text: A1x}
  - {id: b, text: B, subtasks: []}
  - {id: c, text: C, subtasks:}
  - {id: d, text: D, subtasks: teks}
  - id: e
    text: E
    subtasks: [teks]
)",
                           1, kConfig);
  CHECK(messages(r) ==
        "10:9 schema a subtask has no `subtasks` of its own: rincian tugas go one level deep\n"
        "12:22 schema `subtasks` is empty: list the duty's rincian tugas, or remove the key\n"
        "13:22 schema `subtasks` is empty: list the duty's rincian tugas, or remove the key\n"
        "14:32 schema `subtasks` must be a list of duties (mappings with `id` and `text`), not "
        "text\n"
        "17:16 schema `subtasks` must be a list of duties (mappings with `id` and `text`), not "
        "text\n");
  const auto& duties = r.documents.positions.at(0).duties;
  REQUIRE(duties.size() == 6);  // a, a1, b, c, d, e: the nested one is not read
  CHECK(duties[1].id.value == "a1");
  CHECK(duties[1].number == "1.a");
  CHECK_FALSE(duties[1].has_subtasks());
  CHECK(duties[2].number == "2");
  CHECK_FALSE(duties[2].has_subtasks());
}

TEST_CASE("a subtask is checked like any duty") {
  const auto r = read_text(R"(kind: Position
id: p
name: P
duties:
  - id: a
    text: A
    subtasks:
      - {text: A1, volum: 1}
      - {id: a2, text: A2, sop: none}
)",
                           1, kConfig);
  CHECK(messages(r) ==
        "8:20 schema unknown key `volum` in a subtask; did you mean `volume`?\n"
        "8:9 schema a duty has no `id`\n"
        "9:33 schema `sop: none` needs a `sop_reason`: say why the duty needs no SOP of its own "
        "(e.g. which SOP covers it)\n");
}

TEST_CASE("duty numbers run past z as spreadsheet columns do") {
  CHECK(tatakerja::model::duty_number(0, -1) == "1");
  CHECK(tatakerja::model::duty_number(11, 0) == "12.a");
  CHECK(tatakerja::model::duty_number(0, 25) == "1.z");
  CHECK(tatakerja::model::duty_number(0, 26) == "1.aa");
  CHECK(tatakerja::model::duty_number(0, 27) == "1.ab");
  CHECK(tatakerja::model::duty_number(0, 52) == "1.ba");
}
