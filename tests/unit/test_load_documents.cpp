#include <doctest/doctest.h>

#include <string>

#include "load/read_file.hpp"
#include "load_messages.hpp"
#include "text_repo.hpp"

using tatakerja::load::read_text;

using test::kConfig;
using test::messages;

TEST_CASE("an SOP is read with every value located") {
  auto r = read_text(R"(kind: SOP
id: usul
number: B-1/2024
title: Pengusulan
unit: tu
owner: analis
duties: [rencana, analis/lain]
status: approved
created: 2024-01-02
effective: 2024-02-01
approved_by: {position: kepala, name: Ahmad, nip: "198001012005011001"}
external_actors: [Pemohon]
output: Surat usulan
x-catatan: anything at all
steps:
  - activity: Menerima berkas
    actor: Pemohon
    time: 30m
    output: Berkas
  - id: periksa
    activity: Memeriksa berkas
    actor: analis
    decision: Lengkap?
    no: 1
    labels: [Lengkap, Tidak lengkap]
    time: 1,5 jam
    output: Berkas terverifikasi
)",
                     1, kConfig);
  CHECK(messages(r) == "");
  REQUIRE(r.documents.sops.size() == 1);
  const auto& sop = r.documents.sops[0];
  CHECK(sop.doc.id.value == "usul");
  CHECK(sop.doc.id.loc.line == 2);
  CHECK(sop.doc.id.loc.column == 5);
  CHECK(sop.duties.items.size() == 2);
  CHECK(sop.duties.items[1].value == "analis/lain");
  CHECK(sop.effective_status() == tatakerja::model::SopStatus::Approved);
  CHECK(sop.approved_by->nip->value == "198001012005011001");
  REQUIRE(sop.steps.size() == 2);
  CHECK(sop.steps[0].id == "1");
  CHECK(sop.steps[1].id == "periksa");
  CHECK(sop.steps[1].is_decision());
  CHECK(sop.steps[1].time->value.seconds == 5400);
  CHECK(sop.steps[1].labels.items.size() == 2);
  CHECK(sop.created->value.str() == "2024-01-02");
}

TEST_CASE("unknown keys get a suggestion; x- keys are the user's own") {
  auto r = read_text("kind: Unit\nid: tu\nnmae: Tata Usaha\nx-note: ok\n", 1, kConfig);
  CHECK(messages(r) == "3:1 schema unknown key `nmae` in a Unit; did you mean `name`?\n");
  CHECK(r.diagnostics[0].suggestion == "name");
}

TEST_CASE("numbers are parsed by our own rules: no octal, no booleans, no negatives") {
  auto r = read_text(R"(kind: Position
id: p
name: P
staff: -1
grade: 010
duties:
  - id: d
    text: Menyusun laporan
    volume: 010
    standard_time: yes
)",
                     1, kConfig);
  REQUIRE(r.diagnostics.size() == 4);
  for (const auto& d : r.diagnostics) CHECK(d.rule == "schema");
  CHECK(r.diagnostics[0].loc.line == 4);
  CHECK(r.diagnostics[1].loc.line == 5);
  CHECK(r.diagnostics[2].loc.line == 9);
  CHECK(r.diagnostics[3].loc.line == 10);
  CHECK(r.diagnostics[3].loc.column == 20);
}

TEST_CASE("wrong shapes are reported, not crashed on") {
  CHECK(messages(read_text("kind: SOP\nid: s\ntitle: T\nsteps: Menerima berkas\n", 1, kConfig)) ==
        "4:8 schema `steps` must be a list of steps, not text\n");
  CHECK(messages(read_text("just text\n", 1, kConfig)) ==
        "1:1 schema a document must be a mapping with a `kind`, not text\n");
  CHECK(messages(read_text("- a\n- b\n", 1, kConfig)) ==
        "1:1 schema a document must be a mapping with a `kind`, not a list\n");
  CHECK(messages(read_text("kind: ~\nid: x\n", 1, kConfig)) ==
        "1:1 schema `kind` is nothing: expected one of Unit, Position, Employee, Role, SOP\n");
  CHECK(messages(read_text("kind: Sop\nid: x\n", 1, kConfig)) ==
        "1:7 schema unknown kind `Sop`: expected one of Unit, Position, Employee, Role, SOP; did "
        "you mean `SOP`?\n");
  CHECK(messages(read_text("id: x\n", 1, kConfig)) ==
        "1:1 schema the document has no `kind`: expected one of Unit, Position, Employee, Role, "
        "SOP\n");
}

TEST_CASE("bad ids and dates") {
  CHECK(messages(read_text("kind: Unit\nid: tata usaha\nname: TU\n", 1, kConfig)) ==
        "2:5 schema `tata usaha` is not a valid id: use letters, digits, `-`, `_` and `.`\n");
  auto r = read_text("kind: SOP\nid: s\ntitle: T\ncreated: 2024-02-30\n", 1, kConfig);
  REQUIRE(r.diagnostics.size() == 1);
  CHECK(r.diagnostics[0].loc.line == 4);
}

TEST_CASE("an 18-digit NIP stays text, quoted or not") {
  auto r = read_text("kind: Employee\nid: 198001012005011001\nname: A\nposition: p\n", 1, kConfig);
  CHECK(messages(r) == "");
  CHECK(r.documents.employees[0].doc.id.value == "198001012005011001");
}

TEST_CASE("a NIP written with spaces is the same id, printed as written") {
  auto r =
      read_text("kind: Employee\nid: 19800515 201001 2 022\nname: A\nposition: p\n", 1, kConfig);
  CHECK(messages(r) == "");
  const auto& employee = r.documents.employees.at(0);
  CHECK(employee.doc.id.value == "198005152010012022");
  CHECK(employee.doc.id.loc == tatakerja::model::Location{1, 2, 5});
  CHECK(employee.written_id == "19800515 201001 2 022");
  CHECK(employee.printed_id() == "19800515 201001 2 022");
  auto plain =
      read_text("kind: Employee\nid: \"198005152010012022\"\nname: A\nposition: p\n", 1, kConfig);
  CHECK(plain.documents.employees.at(0).written_id.empty());
  CHECK(plain.documents.employees.at(0).printed_id() == "198005152010012022");
}

TEST_CASE("a spaced number that is not an 18-digit NIP is refused") {
  CHECK(messages(read_text("kind: Employee\nid: 19800515 201001 2\nname: A\nposition: p\n", 1,
                           kConfig)) ==
        "2:5 schema `19800515 201001 2` is not a NIP: a NIP has 18 digits, here 15\n");
  CHECK(messages(
            read_text("kind: Employee\nid: 1980 0515  2010\nname: A\nposition: p\n", 1, kConfig)) ==
        "2:5 schema `1980 0515  2010` is not a valid id: use letters, digits, `-`, `_` and `.`\n");
  CHECK(messages(read_text("kind: Unit\nid: 19800515 201001 2 022\nname: TU\n", 1, kConfig)) ==
        "2:5 schema `19800515 201001 2 022` is not a valid id: use letters, digits, `-`, `_` and "
        "`.`\n");
}

TEST_CASE("uniqueness uses the compact NIP: spaced and plain are the same employee") {
  const auto read = test::read_repo(
      {{"a.yaml", "kind: Employee\nid: 19800515 201001 2 022\nname: A\nposition: p\n"},
       {"b.yaml", "kind: Employee\nid: \"198005152010012022\"\nname: B\nposition: p\n"}});
  int duplicates = 0;  // reported at both, naming the compact id
  for (const auto& d : read.diagnostics) {
    if (d.rule != "duplicate-id") continue;
    ++duplicates;
    CHECK(d.message.find("`198005152010012022`") != std::string::npos);
  }
  CHECK(duplicates == 2);
}

TEST_CASE("empty files and files of comments hold no document") {
  CHECK(messages(read_text("", 1, kConfig)) == "0:0 empty-file the file holds no document\n");
  CHECK(messages(read_text("# only a comment\n", 1, kConfig)) ==
        "0:0 empty-file the file holds no document\n");
}

TEST_CASE("text that is not UTF-8 is reported at the bad byte") {
  auto r = read_text("kind: Unit\nname: Caf\xE9\n", 1, kConfig);
  REQUIRE(r.diagnostics.size() == 1);
  CHECK(r.diagnostics[0].rule == "encoding");
  CHECK(r.diagnostics[0].loc.line == 2);
  CHECK(r.diagnostics[0].loc.column == 10);
  CHECK(read_text(std::string("a: 1\n\0\0", 7), 1, kConfig).diagnostics[0].rule == "encoding");
}

TEST_CASE("several documents in one file") {
  auto r = read_text("kind: Unit\nid: a\nname: A\n---\nkind: Unit\nid: b\nname: B\n", 1, kConfig);
  CHECK(messages(r) == "");
  REQUIRE(r.documents.units.size() == 2);
  CHECK(r.documents.units[1].doc.start.line == 4);
  CHECK(r.documents.units[0].doc.end_line == 3);
}

TEST_CASE("suppressions with and without reasons") {
  auto r = read_text(R"(kind: Unit
id: a
name: A
suppress:
  - step-time-missing
  - {rule: sop-legal-basis, reason: Diatur kemudian}
)",
                     1, kConfig);
  CHECK(messages(r) == "");
  const auto& s = r.documents.units[0].doc.suppress;
  REQUIRE(s.size() == 2);
  CHECK(s[0].rule.value == "step-time-missing");
  CHECK(s[1].reason->value == "Diatur kemudian");
}

TEST_CASE("a duty's `sop: none` with its `sop_reason`") {
  auto r = read_text(R"(kind: Position
id: analis
name: Analis
duties:
  - {id: a, text: Mengarsipkan surat, sop: none, sop_reason: Dikerjakan menurut SOP surat masuk}
  - {id: b, text: B, sop: none}
  - {id: c, text: C, sop: nonee, sop_reason: x}
  - {id: d, text: D, sop_reason: lupa}
  - {id: e, text: E, sop: none, sop_reason: "  "}
)",
                     1, kConfig);
  CHECK(messages(r) ==
        "6:27 schema `sop: none` needs a `sop_reason`: say why the duty needs no SOP of its own "
        "(e.g. which SOP covers it)\n"
        "7:27 schema `sop` must be `none` (the duty needs no SOP of its own), not `nonee`: an SOP "
        "names the duties it carries out in its own `duties`; did you mean `none`?\n"
        "8:34 schema `sop_reason` without `sop: none`: write `sop: none` when the duty needs no "
        "SOP of its own, or remove the reason\n"
        "9:27 schema `sop: none` needs a `sop_reason`: say why the duty needs no SOP of its own "
        "(e.g. which SOP covers it)\n");
  CHECK(r.diagnostics[1].suggestion == "none");
  const auto& duties = r.documents.positions.at(0).duties;
  CHECK(duties[0].needs_no_sop());
  CHECK(duties[0].sop_reason->value == "Dikerjakan menurut SOP surat masuk");
  CHECK_FALSE(duties[2].needs_no_sop());
  CHECK_FALSE(duties[3].needs_no_sop());
}

TEST_CASE("bad enum values and misspelt units carry a suggestion") {
  auto r = read_text(
      "kind: SOP\nid: s\ntitle: T\nstatus: aproved\nsteps:\n  - {activity: A b, "
      "time: 15 mnt}\n",
      1, kConfig);
  REQUIRE(r.diagnostics.size() == 2);
  CHECK(r.diagnostics[0].suggestion == "approved");
  CHECK(r.diagnostics[1].suggestion == "menit");
  CHECK(r.diagnostics[1].message.ends_with("; did you mean `menit`?"));
}
