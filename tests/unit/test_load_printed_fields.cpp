// The keys that printed SOPs and offices need (issue 12): approved_on,
// prepared_by, acting on an approver and an employee, decision: true, any
// text under related, and a unit's order and letterhead.
#include <doctest/doctest.h>

#include <string>

#include "load/read_file.hpp"
#include "load_messages.hpp"
#include "tatakerja/load/loader.hpp"

using tatakerja::load::read_text;

using test::kConfig;
using test::messages;

TEST_CASE("printed fields: approved_on, prepared_by and an acting approver") {
  auto r = read_text(R"(kind: SOP
id: cuti
title: Pelayanan Cuti Pegawai
approved_by: {position: Kepala Kantor Wilayah, name: H. Ahmad, nip: "19700101 199003 1 001", acting: Plt}
approved_on: 2023-01-10
prepared_by: Kepala Bagian Tata Usaha
related: [SOP Pengarsipan, SOP Layanan Kepegawaian Kanwil, pengarsipan]
)",
                     1, kConfig);
  CHECK(messages(r) == "");
  const auto& sop = r.documents.sops.at(0);
  REQUIRE(sop.approved_by);
  CHECK(sop.approved_by->acting->value == "Plt");
  CHECK(sop.approved_by->acting->loc.line == 4);
  CHECK(sop.approved_by->acting->loc.column == 102);
  CHECK(sop.approved_on->value.str() == "2023-01-10");
  CHECK(sop.approved_on->loc.line == 5);
  CHECK(sop.prepared_by->text->value == "Kepala Bagian Tata Usaha");
  REQUIRE(sop.related.items.size() == 3);
  CHECK(sop.related.items[1].value == "SOP Layanan Kepegawaian Kanwil");
}

TEST_CASE("printed fields: acting in any case, with its dot; anything else is schema") {
  auto r = read_text(R"(kind: SOP
id: a
title: A
approved_by: {position: Kepala Kantor, acting: plh.}
prepared_by: {name: Budi, acting: Pjs}
)",
                     1, kConfig);
  CHECK(messages(r) ==
        "5:35 schema `acting` must be `Plt` (pelaksana tugas) or `Plh` (pelaksana harian), not "
        "`Pjs`\n");
  const auto& sop = r.documents.sops.at(0);
  CHECK(sop.approved_by->acting->value == "Plh");
  CHECK(sop.prepared_by->name->value == "Budi");
  CHECK_FALSE(sop.prepared_by->acting);
}

TEST_CASE("printed fields: prepared_by is read like approved_by, with its own name in messages") {
  auto r = read_text(R"(kind: SOP
id: a
title: A
prepared_by: {nip: "1"}
approved_on: 2023-02-30
---
kind: SOP
id: b
title: B
prepared_by: [Kasubbag TU]
approved_by: {jabatan: Kepala}
)",
                     1, kConfig);
  CHECK(messages(r) ==
        "4:14 schema `prepared_by` needs a `position` or a `name`\n"
        "5:14 schema `2023-02-30` is not a real date: February 2023 has 28 days\n"
        "10:14 schema `prepared_by` must be text or a mapping with `position`, `name` and `nip`, "
        "not a list\n"
        "11:15 schema unknown key `jabatan` in `approved_by`\n"
        "11:14 schema `approved_by` needs a `position` or a `name`\n");
}

TEST_CASE("printed fields: decision true, false, a question, empty text and nothing") {
  auto r = read_text(R"(kind: SOP
id: a
title: A
steps:
  - {activity: Memeriksa kelengkapan berkas, decision: true, no: end}
  - {activity: Mencatat berkas, decision: false}
  - {activity: Menilai berkas, decision: "Berkas lengkap?", no: 1}
  - {activity: Menilai ulang, decision: "", no: 1}
  - activity: Menilai sekali lagi
    decision:
    no: 1
  - {activity: Menyimpan, decision: "true", no: 1}
)",
                     1, kConfig);
  CHECK(messages(r) == "");
  const auto& steps = r.documents.sops.at(0).steps;
  REQUIRE(steps.size() == 6);
  CHECK(steps[0].is_decision());
  CHECK(steps[0].decision_is_activity);
  CHECK(steps[0].decision->loc.column == 56);
  CHECK(steps[0].drawn_text() == "Memeriksa kelengkapan berkas");
  CHECK_FALSE(steps[1].is_decision());
  CHECK(steps[2].drawn_text() == "Berkas lengkap?");
  CHECK(steps[3].is_decision());
  CHECK(steps[3].decision->value.empty());
  CHECK_FALSE(steps[3].decision_is_activity);
  CHECK(steps[3].drawn_text() == "Menilai ulang");  // never an empty shape
  CHECK(steps[4].is_decision());
  CHECK(steps[4].decision->value.empty());
  CHECK(steps[4].decision->loc.line == 10);
  CHECK(steps[5].decision->value == "true");  // quoted: a question, if an odd one
  CHECK_FALSE(steps[5].decision_is_activity);
}

TEST_CASE("printed fields: decision: false with ways is a process step with stray ways") {
  auto r = read_text(R"(kind: SOP
id: a
title: A
steps:
  - {activity: Mencatat berkas, decision: false, no: end}
)",
                     1, kConfig);
  CHECK(messages(r) ==
        "5:54 schema `yes` and `no` belong to a decision step: add `decision:` with the question "
        "(or `true`), or use `next:`\n");
}

TEST_CASE("printed fields: a unit's order and letterhead; an employee's acting positions") {
  auto r = read_text(R"(kind: Unit
id: kankemenag-grobogan
name: Kantor Kementerian Agama Kabupaten Grobogan
parent: kanwil-jateng
order: 12
letterhead:
  - KEMENTERIAN AGAMA REPUBLIK INDONESIA
  - KANTOR KEMENTERIAN AGAMA KABUPATEN GROBOGAN
---
kind: Employee
id: "197001011990031001"
name: H. Ahmad
position: kasubbag-tu
acting: [kepala-kantor]
)",
                     1, kConfig);
  CHECK(messages(r) == "");
  const auto& unit = r.documents.units.at(0);
  CHECK(unit.order->value == 12);
  CHECK(unit.order->loc.line == 5);
  REQUIRE(unit.letterhead.items.size() == 2);
  CHECK(unit.letterhead.items[1].value == "KANTOR KEMENTERIAN AGAMA KABUPATEN GROBOGAN");
  CHECK(r.documents.employees.at(0).acting.items.at(0).value == "kepala-kantor");
}

TEST_CASE("printed fields: bad order, letterhead and acting values are schema, located") {
  auto r = read_text(R"(kind: Unit
id: a
name: A
order: -1
letterhead: KEMENTERIAN AGAMA
---
kind: Unit
id: b
name: B
order: kedua
letterhead: [{kop: x}]
---
kind: Employee
id: e
name: E
position: p
acting: kepala kantor
)",
                     1, kConfig);
  const std::string out = messages(r);
  CHECK(out.find("4:8 schema") != std::string::npos);
  CHECK(out.find("5:13 schema `letterhead` must be a list of texts, not text\n") !=
        std::string::npos);
  CHECK(out.find("10:8 schema") != std::string::npos);
  CHECK(out.find("11:14 schema") != std::string::npos);
  CHECK(out.find("17:9 schema `acting` must be a list") != std::string::npos);
  CHECK(r.documents.units.at(0).letterhead.items.empty());
}

TEST_CASE("printed fields: handbook.letterhead and handbook.shape_text in tatakerja.yaml") {
  tatakerja::diag::Diagnostics out;
  auto c = tatakerja::load::read_config(R"(organization: Kanwil Kemenag Jawa Tengah
handbook:
  letterhead: [KEMENTERIAN AGAMA REPUBLIK INDONESIA, KANTOR WILAYAH PROVINSI JAWA TENGAH]
  shape_text: short
)",
                                        0, out);
  CHECK(out.empty());
  REQUIRE(c.handbook.letterhead.size() == 2);
  CHECK(c.handbook.letterhead[1] == "KANTOR WILAYAH PROVINSI JAWA TENGAH");
  CHECK(c.handbook.shape_text == tatakerja::model::ShapeText::Short);
  CHECK(tatakerja::load::read_config("organization: K\n", 0, out).handbook.shape_text ==
        tatakerja::model::ShapeText::None);

  tatakerja::diag::Diagnostics bad;
  tatakerja::load::read_config("organization: K\nhandbook: {shape_text: semua, letterhead: KOP}\n",
                               0, bad);
  REQUIRE(bad.size() == 2);
  CHECK(bad[0].rule == "config");
  CHECK(bad[0].loc.line == 2);
  CHECK(bad[0].loc.column == 24);
  CHECK(bad[0].message == "`shape_text` must be `none`, `short` or `full`");
  CHECK(bad[1].loc.column == 43);
  CHECK(bad[1].message == "`letterhead` must be a list of texts, not text");
}
