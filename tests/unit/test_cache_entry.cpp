// The cache's entry codec (src/cache/entry.cpp, archive.cpp): every field
// of the model survives a round trip, locations move to the file's current
// index, and any bytes decode safely.
#include <doctest/doctest.h>

#include <random>
#include <string>

#include "finding.hpp"
#include "load/read_file.hpp"
#include "tatakerja/cache/entry.hpp"
#include "tatakerja/load/fields.hpp"

using tatakerja::cache::decode_entry;
using tatakerja::cache::encode_entry;

namespace {

// Every key of every kind is set (checked below against the loader's
// field tables), with values that differ from the defaults, plus problems
// that give file-level diagnostics with suggestions.
constexpr std::string_view kEveryField = R"(kind: Unit
id: kua
suppress: [unit-head-missing, {rule: unit-orphan, reason: diuji}]
name: KUA Kecamatan
parent: kankemenag
head: kepala-kua
order: 3
letterhead: [KEMENTERIAN AGAMA REPUBLIK INDONESIA, KUA KECAMATAN]
---
kind: Position
id: penghulu
name: Penghulu
unit: kua
type: fungsional
grade: 9
reports_to: kepala-kua
summary: Melaksanakan pencatatan nikah
qualifications:
  education: S1 Syariah
  training: [Diklat Penghulu]
  experience: 2 tahun
staff: 3
responsibilities: [Kebenaran data nikah]
authority: [Menolak pencatatan]
materials: [Berkas nikah]
tools: [Komputer]
relations: [Kepala KUA]
working_conditions: [Di dalam dan di luar kantor]
hazards: [Perjalanan dinas]
duties:
  - id: nikah
    text: Mencatat nikah
    output: Akta nikah
    unit_of_output: akta
    volume: 2/week
    standard_time: 1,5 hari
  - id: rusak
    text: Volume rusak
    volume: banyak
    sop: none
    sop_reason: Diuji
  - id: bimbingan
    text: Membimbing calon pengantin
    stages: [Menyiapkan materi, Memberi bimbingan]
    subtasks:
      - id: materi
        text: Menyusun materi bimbingan
        volume: 12
        standard_time: 2 jam
---
kind: Employee
id: 19800101 200501 1 001
name: Ahmad
position: penghulu
duties: [nikah]
acting: [kepala-kua]
---
kind: SOP
id: nikah
number: B-1/KUA/2025
title: Pencatatan Nikah
unit: kua
owner: penghulu
status: review
created: 2024-01
revised: 2024-06-30
effective: 2025-01-01
approved_by: {position: kepala-kua, name: H. Budi, nip: "197001011990031001", acting: Plt}
approved_on: 2024-12-20
prepared_by: {position: penghulu, name: Ahmad}
duties: [penghulu/nikah]
legal_basis: [PMA 20/2019]
qualifications: [Memahami fikih munakahat]
related: [rujuk]
equipment: [Komputer]
warnings: [Berkas harus asli]
records: [Akta nikah]
external_actors: [Calon Pengantin]
lanes: [Calon Pengantin, penghulu]
output: Buku nikah
total_time: 5-10 Menit
steps:
  - id: daftar
    activity: Mendaftar
    actor: Calon Pengantin
    requirements: [KTP]
    time: 30m
    output: Formulir
    notes: Datang sendiri
    next: periksa
  - id: periksa
    activity: Memeriksa berkas
    actor: penghulu
    decision: true
    yes: end
    no: daftar
    labels: [Lengkap, Kurang]
    time: 15 menit
---
kind: SOP
id: lain
title: Lain
approved_by: Kepala Kantor
status: aktif
created: 2024-02-30
steps: []
---
kind: Role
id: tim
suppress: [id-case-collision]
name: TIM
members: [penghulu, kepala-kua]
unit: kua
)";

tatakerja::load::FileResult read_every_field(std::uint32_t file) {
  tatakerja::model::Config config;
  config.workload.hours_per_day = tatakerja::model::Duration{7 * 3600};
  return tatakerja::load::read_text(std::string(kEveryField), file, config);
}

std::string encoded(const tatakerja::load::FileResult& r, std::uint32_t file) {
  auto bytes = encode_entry(r.documents, r.diagnostics, file);
  REQUIRE(bytes);
  return *bytes;
}

void require_key(std::string_view key) {
  INFO("the fixture lacks `" << key << "`");
  CHECK(kEveryField.find(std::string(key) + ":") != std::string_view::npos);
}

void require_keys(tatakerja::load::FieldDocs fields) {
  for (const auto& field : fields) {
    require_key(field.key);
    if (field.value.fields) require_keys(field.value.fields());
  }
}

}  // namespace

TEST_CASE("the round-trip fixture sets every key the loader knows") {
  for (const auto& kind : tatakerja::load::document_kinds()) require_keys(kind.fields());
}

TEST_CASE("an entry decodes to the same model, and encodes to the same bytes") {
  const auto read = read_every_field(4);
  REQUIRE(read.documents.sops.size() == 2);
  REQUIRE(!read.diagnostics.empty());
  const std::string bytes = encoded(read, 4);
  const auto entry = decode_entry(bytes, 4);
  REQUIRE(entry);
  const auto& docs = entry->documents;
  CHECK(encoded({docs, entry->diagnostics, ""}, 4) == bytes);

  // Spot checks: one field deep in each type, with its location.
  REQUIRE(docs.units.size() == 1);
  CHECK(docs.units[0].head->value == "kepala-kua");
  CHECK(docs.units[0].doc.suppress[1].reason->value == "diuji");
  const auto& position = docs.positions.at(0);
  CHECK(position.qualifications.training.items.at(0).value == "Diklat Penghulu");
  CHECK(position.hazards.items.at(0).loc == tatakerja::model::Location{4, 29, 11});
  const auto& duty = position.duties.at(0);
  CHECK(duty.volume->value.amount_micro == 2'000'000);  // 2/week, kept in its period
  CHECK(duty.volume->value.period == tatakerja::model::Period::Week);
  CHECK(duty.volume->value.written == "2/week");
  CHECK(duty.standard_time->value.seconds == 3 * 7 * 3600 / 2);  // 1,5 days of 7 hours
  CHECK_FALSE(position.duties.at(1).volume->valid);
  CHECK(docs.employees.at(0).duties.items.at(0).value == "nikah");
  // Subtasks are flattened after their duty, which keeps their count; the
  // numbers and stages come back as read.
  REQUIRE(position.duties.size() == 4);
  CHECK(position.duties.at(2).subtasks == 1);
  CHECK(position.duties.at(2).stages.items.at(1).value == "Memberi bimbingan");
  CHECK(position.duties.at(3).parent == 2);
  CHECK(position.duties.at(3).number == "3.a");
  CHECK(position.duties.at(1).number == "2");
  const auto& sop = docs.sops.at(0);
  CHECK(sop.status->value == tatakerja::model::SopStatus::Review);
  CHECK(sop.revised->value.str() == "2024-06-30");
  CHECK(sop.created->value.str() == "2024-01");  // month_only survives
  CHECK(sop.total_time->value.seconds == 600);
  CHECK(sop.total_time->value.written == "5-10 Menit");
  CHECK(sop.total_time->value.units ==
        tatakerja::model::unit_bit(tatakerja::model::TimeUnit::Minute));
  CHECK(sop.steps.at(1).time->value.written == "15 menit");
  CHECK(docs.employees.at(0).doc.id.value == "198001012005011001");
  CHECK(docs.employees.at(0).written_id == "19800101 200501 1 001");
  CHECK(sop.approved_by->nip->value == "197001011990031001");
  CHECK(sop.steps.at(1).labels.items.at(1).value == "Kurang");
  CHECK(sop.steps.at(1).no->value == "daftar");
  CHECK(docs.sops.at(1).approved_by->text->value == "Kepala Kantor");
  CHECK(docs.units[0].order->value == 3);
  CHECK(docs.units[0].letterhead.items.at(1).value == "KUA KECAMATAN");
  CHECK(docs.employees.at(0).acting.items.at(0).value == "kepala-kua");
  CHECK(sop.approved_by->acting->value == "Plt");
  CHECK(sop.approved_on->value.str() == "2024-12-20");
  CHECK(sop.prepared_by->name->value == "Ahmad");
  CHECK(sop.steps.at(1).decision_is_activity);
  const auto& role = docs.roles.at(0);
  CHECK(role.doc.kind == tatakerja::model::Kind::Role);
  CHECK(role.members.items.at(1).value == "kepala-kua");
  CHECK(role.unit->loc == tatakerja::model::Location{4, 113, 7});

  // The resolver's fields come back at their defaults.
  CHECK(sop.unit_ref == -1);
  CHECK(sop.steps.at(0).next_ref.step == tatakerja::model::FlowTarget::kUnresolved);

  // Every field of every diagnostic.
  REQUIRE(entry->diagnostics.size() == read.diagnostics.size());
  for (std::size_t i = 0; i < read.diagnostics.size(); ++i) {
    const auto& a = read.diagnostics[i];
    const auto& b = entry->diagnostics[i];
    CHECK(a.rule == b.rule);
    CHECK(a.severity == b.severity);
    CHECK(a.loc == b.loc);
    CHECK(a.end_line == b.end_line);
    CHECK(a.end_column == b.end_column);
    CHECK(a.message == b.message);
    CHECK(a.suggestion == b.suggestion);
    CHECK(a.suppressed == b.suppressed);
  }
}

TEST_CASE("diagnostic fields that the loader leaves empty round-trip too") {
  tatakerja::cache::Documents none;
  tatakerja::diag::Diagnostics diagnostics{finding("schema", {2, 3, 4}, "pesan", "saran")};
  diagnostics[0].severity = tatakerja::diag::Severity::Info;
  diagnostics[0].end_line = 5;
  diagnostics[0].end_column = 6;
  diagnostics[0].suppressed = "alasan";
  const auto entry = decode_entry(*encode_entry(none, diagnostics, 2), 2);
  REQUIRE(entry);
  const auto& d = entry->diagnostics.at(0);
  CHECK(d.severity == tatakerja::diag::Severity::Info);
  CHECK(d.end_line == 5);
  CHECK(d.end_column == 6);
  CHECK(d.suppressed == "alasan");
  CHECK(d.suggestion == "saran");
}

TEST_CASE("locations move to the file's current index; location 0 stays 0") {
  const auto read = read_every_field(4);
  const auto moved = decode_entry(encoded(read, 4), 9);
  REQUIRE(moved);
  // The SOP starts at its `---`, line 57.
  CHECK(moved->documents.sops.at(0).doc.start == tatakerja::model::Location{9, 57, 1});
  CHECK(moved->documents.units.at(0).name.loc.file == 9);
  for (const auto& d : moved->diagnostics) CHECK(d.loc.file == 9);
  // A TextList that is absent keeps its default location, file 0.
  CHECK(moved->documents.sops.at(1).lanes.loc.file == 0);
  // Moved back, it is the same entry as read in the first place.
  CHECK(encoded({moved->documents, moved->diagnostics, ""}, 9) == encoded(read, 4));
}

TEST_CASE("an entry whose subtasks do not follow their duty is refused") {
  const auto read = read_every_field(4);
  auto documents = read.documents;
  REQUIRE(documents.positions.at(0).duties.size() == 4);
  CHECK(decode_entry(encoded({documents, read.diagnostics, ""}, 4), 4));
  documents.positions[0].duties[3].parent = 1;  // not the duty that it follows
  CHECK_FALSE(decode_entry(encoded({documents, read.diagnostics, ""}, 4), 4));
  documents.positions[0].duties[3].parent = 2;
  documents.positions[0].duties[2].subtasks = 2;  // more than there are
  CHECK_FALSE(decode_entry(encoded({documents, read.diagnostics, ""}, 4), 4));
}

TEST_CASE("a location in another file cannot be stored") {
  tatakerja::diag::Diagnostics diagnostics{finding("schema", {3, 1, 1}, "x")};
  CHECK_FALSE(encode_entry({}, diagnostics, 2));
  CHECK(encode_entry({}, diagnostics, 3));
}

TEST_CASE("a truncated or extended payload is refused") {
  const std::string bytes = encoded(read_every_field(1), 1);
  for (std::size_t size = 0; size < bytes.size(); ++size) {
    CHECK_FALSE(decode_entry(std::string_view(bytes).substr(0, size), 1));
  }
  CHECK_FALSE(decode_entry(bytes + '\0', 1));
}

TEST_CASE("any bytes decode safely") {
  const std::string good = encoded(read_every_field(1), 1);
  std::mt19937 random(7);
  std::size_t accepted = 0;
  for (int round = 0; round < 3000; ++round) {
    std::string bytes = round % 2 ? good : std::string(random() % 300, '\0');
    if (round % 2) {
      for (int k = 0; k < 3; ++k) bytes[random() % bytes.size()] = static_cast<char>(random());
    } else {
      for (auto& c : bytes) c = static_cast<char>(random());
    }
    accepted += decode_entry(bytes, 1).has_value();
  }
  // Huge counts and lengths are refused before anything is allocated.
  CHECK_FALSE(decode_entry(std::string("\xff\xff\xff\xff\xff\xff\xff\xff\x7f", 9), 1));
  CHECK_FALSE(decode_entry(std::string("\x01\x00\x00\x01\xff\xff\xff\xff\x0f", 9), 1));
  // Some damaged payloads still decode (into other values): the pack's
  // checksum, not the codec, is what refuses them.
  CHECK(accepted < 3000);
}

TEST_CASE("an out-of-range enum is refused") {
  tatakerja::diag::Diagnostics diagnostics{finding("r", {1, 1, 1}, "m")};
  std::string bytes = *encode_entry({}, diagnostics, 1);
  // units, positions, employees, sops, roles (5 × 0), count 1, rule "r", severity.
  REQUIRE(bytes.substr(0, 8) == std::string("\0\0\0\0\0\1\1r", 8));
  REQUIRE(bytes[8] == static_cast<char>(tatakerja::diag::Severity::Error));
  bytes[8] = 4;
  CHECK_FALSE(decode_entry(bytes, 1));
}

// A field added to a model type must be added to its io() in
// src/cache/entry.cpp too, and kFormat in src/cache/pack.cpp raised, or the
// cache would drop it. These sizes (x86-64, libstdc++) are here to say so:
// when one fails, do both, then update it.
#if defined(__x86_64__) && defined(__GLIBCXX__)
namespace model = tatakerja::model;
static_assert(sizeof(model::Suppression) == 104);
static_assert(sizeof(model::DocumentInfo) == 96);
static_assert(sizeof(model::TextList) == 40);
static_assert(sizeof(model::Unit) == 336);
static_assert(sizeof(model::Duty) == 560);
static_assert(sizeof(model::PositionQualifications) == 152);
static_assert(sizeof(model::Position) == 912);
static_assert(sizeof(model::Employee) == 368);
static_assert(sizeof(model::Role) == 272);
static_assert(sizeof(model::Approver) == 304);
static_assert(sizeof(model::Step) == 728);
static_assert(sizeof(model::Sop) == 1720);
static_assert(sizeof(model::Volume) == 48);
static_assert(sizeof(model::Date) == 16);
static_assert(sizeof(model::Duration) == 48);
static_assert(sizeof(tatakerja::diag::Diagnostic) == 160);
#endif

TEST_CASE("a revision's findings keep each location's file, and any bytes decode safely") {
  using tatakerja::cache::decode_findings;
  using tatakerja::cache::encode_findings;
  tatakerja::cache::Findings findings;
  findings.shown = {finding("schema", {3, 4, 5}, "in file 3", "did"),
                    finding("config", {0, 0, 0}, "nowhere"), finding("x", {1, 2, 1}, "in file 1")};
  findings.shown[0].end_line = 4;
  findings.shown[0].end_column = 9;
  findings.shown[1].severity = tatakerja::diag::Severity::Warning;
  findings.suppressed = {finding("y", {2, 7, 1}, "silenced")};
  findings.suppressed[0].suppressed = "diuji";
  const std::string bytes = encode_findings(findings);
  const auto back = decode_findings(bytes, 4);
  REQUIRE(back);
  REQUIRE(back->shown.size() == 3);
  CHECK(back->shown[0].loc.file == 3);
  CHECK(back->shown[0].loc.line == 4);
  CHECK(back->shown[0].end_column == 9);
  CHECK(back->shown[0].suggestion == "did");
  CHECK(back->shown[1].loc.file == 0);
  CHECK(back->shown[1].severity == tatakerja::diag::Severity::Warning);
  CHECK(back->shown[2].loc.file == 1);
  REQUIRE(back->suppressed.size() == 1);
  CHECK(back->suppressed[0].loc.file == 2);
  CHECK(back->suppressed[0].suppressed == "diuji");
  CHECK(encode_findings(*back) == bytes);
  // A file the repository does not have: refused, as is a cut payload.
  CHECK_FALSE(decode_findings(bytes, 3));
  for (std::size_t size = 0; size < bytes.size(); ++size) {
    CHECK_FALSE(decode_findings(std::string_view(bytes).substr(0, size), 4));
  }
  std::mt19937 random(11);
  for (int round = 0; round < 2000; ++round) {
    std::string damaged = bytes;
    for (int k = 0; k < 3; ++k) damaged[random() % damaged.size()] = static_cast<char>(random());
    if (const auto any = decode_findings(damaged, 4)) {
      for (const auto& d : any->shown) CHECK(d.loc.file < 4);
    }
  }
}
