#include <doctest/doctest.h>
#include <fmt/format.h>

#include "text_repo.hpp"

using tatakerja::model::ActorRef;
using tatakerja::model::FlowTarget;

namespace {

const char* kPositions = R"(kind: Position
id: analis
name: Analis
unit: tu
duties:
  - {id: formasi, text: Menyusun formasi}
  - {id: mutasi, text: Memproses mutasi}
---
kind: Position
id: kepala
name: Kepala
unit: tu
duties:
  - {id: pimpin, text: Memimpin kantor}
)";

const char* kUnit = "kind: Unit\nid: tu\nname: Tata Usaha\nhead: kepala\n";

}  // namespace

TEST_CASE("references resolve to indices") {
  auto t = test::read_repo({{"p.yaml", kPositions}, {"u.yaml", kUnit}, {"s.yaml", R"(kind: SOP
id: s
title: T
owner: analis
duties: [formasi, kepala/pimpin]
external_actors: [Pemohon]
steps:
  - {activity: Menerima berkas, actor: Pemohon}
  - {id: cek, activity: Memeriksa berkas, actor: analis, decision: "Lengkap?", no: 1}
  - {activity: Menandatangani surat, actor: kepala, next: end}
)"}});
  CHECK(test::describe(t.repo, t.diagnostics) == "");
  const auto& sop = t.repo.sops[0];
  CHECK(sop.owner_ref == 0);
  REQUIRE(sop.duty_refs.size() == 2);
  CHECK(sop.duty_refs[0] == tatakerja::model::DutyRef{0, 0});
  CHECK(sop.duty_refs[1] == tatakerja::model::DutyRef{1, 0});
  CHECK(sop.steps[0].actor_ref.type == ActorRef::Type::External);
  CHECK(sop.steps[1].actor_ref.type == ActorRef::Type::Position);
  CHECK(sop.steps[0].next_ref.step == 1);
  CHECK(sop.steps[1].next_ref.step == 2);
  CHECK(sop.steps[1].no_ref.step == 0);
  CHECK(sop.steps[2].next_ref.step == FlowTarget::kEnd);
  REQUIRE(sop.lane_refs.size() == 3);
  CHECK(t.repo.units[0].head_ref == 1);
  CHECK(t.repo.positions[0].unit_ref == 0);
}

TEST_CASE("unknown references are reported with a suggestion") {
  auto t = test::read_repo({{"p.yaml", kPositions}, {"u.yaml", kUnit}, {"s.yaml", R"(kind: SOP
id: s
title: T
owner: analsi
unit: tu
duties: [analis/formasii, pimpin]
steps:
  - {activity: Menerima berkas, actor: kepla, next: selesai}
)"}});
  CHECK(test::describe(t.repo, t.diagnostics) ==
        "s.yaml:4:8 unknown-reference unknown position `analsi`; did you mean `analis`?\n"
        "s.yaml:6:10 unknown-reference unknown duty `analis/formasii` (not a duty of `analis`); "
        "did you mean `formasi`?\n"
        "s.yaml:8:40 unknown-reference unknown actor `kepla` (neither a position id nor one of "
        "`external_actors`); did you mean `kepala`?\n"
        "s.yaml:8:53 unknown-reference unknown step `selesai` (a step id of this SOP, or `end`)\n");
}

TEST_CASE("duplicate ids are reported at both places") {
  auto t = test::read_repo({{"a.yaml", kUnit}, {"b.yaml", kUnit}});
  CHECK(test::describe(t.repo, t.diagnostics) ==
        "b.yaml:2:5 duplicate-id Unit id `tu` is already used at a.yaml:2\n"
        "a.yaml:2:5 duplicate-id Unit id `tu` is used again at b.yaml:2\n"
        "a.yaml:4:7 unknown-reference unknown position `kepala`\n"
        "b.yaml:4:7 unknown-reference unknown position `kepala`\n");
}

TEST_CASE("a step id that clashes with another step's number") {
  auto t = test::read_repo({{"s.yaml", R"(kind: SOP
id: s
title: T
steps:
  - {activity: Menerima berkas}
  - {id: "1", activity: Memeriksa berkas}
)"}});
  CHECK(test::describe(t.repo, t.diagnostics) ==
        "s.yaml:6:10 duplicate-id step id `1` is already used at s.yaml:5\n"
        "s.yaml:5:5 duplicate-id step id `1` is used again at s.yaml:6\n");
}

TEST_CASE("step ids and ways in an SOP longer than a linear search covers") {
  // Past 32 steps, an SOP's step ids are looked up through a table: the
  // same answers, the first step of an id winning, clashes at both places.
  std::string sop = "kind: SOP\nid: s\ntitle: T\nsteps:\n";
  for (int i = 1; i <= 40; ++i) sop += fmt::format("  - {{activity: Langkah {}}}\n", i);
  sop += "  - {id: cek, activity: Memeriksa, decision: \"Lengkap?\", no: \"2\", next: end}\n";
  sop += "  - {id: \"3\", activity: Mengulang, next: cek}\n";
  auto t = test::read_repo({{"s.yaml", sop}});
  CHECK(test::describe(t.repo, t.diagnostics) ==
        "s.yaml:46:10 duplicate-id step id `3` is already used at s.yaml:7\n"
        "s.yaml:7:5 duplicate-id step id `3` is used again at s.yaml:46\n");
  const auto& steps = t.repo.sops[0].steps;
  REQUIRE(steps.size() == 42);
  CHECK(steps[40].no_ref.step == 1);
  CHECK(steps[40].next_ref.step == FlowTarget::kEnd);
  CHECK(steps[41].next_ref.step == 40);
}

TEST_CASE("an actor named at every step: each found once, each unknown one reported") {
  auto t = test::read_repo({{"p.yaml", kPositions}, {"u.yaml", kUnit}, {"s.yaml", R"(kind: SOP
id: s
title: T
steps:
  - {activity: Menerima berkas, actor: analis}
  - {activity: Memeriksa berkas, actor: kepla}
  - {activity: Mencatat berkas, actor: analis}
  - {activity: Menandatangani surat, actor: kepla}
)"}});
  CHECK(test::describe(t.repo, t.diagnostics) ==
        "s.yaml:6:41 unknown-reference unknown actor `kepla` (neither a position id nor one of "
        "`external_actors`); did you mean `kepala`?\n"
        "s.yaml:8:45 unknown-reference unknown actor `kepla` (neither a position id nor one of "
        "`external_actors`); did you mean `kepala`?\n");
  const auto& steps = t.repo.sops[0].steps;
  CHECK(steps[0].actor_ref.type == ActorRef::Type::Position);
  CHECK(steps[2].actor_ref.type == ActorRef::Type::Position);
  CHECK(steps[2].actor_ref.index == 0);
  CHECK(steps[3].actor_ref.type == ActorRef::Type::Unresolved);
  CHECK(t.repo.sops[0].lane_refs.size() == 1);
}

TEST_CASE("a position with a duty id twice, among empty ones") {
  auto t = test::read_repo({{"u.yaml", kUnit}, {"p.yaml", R"(kind: Position
id: kepala
name: Kepala
unit: tu
duties:
  - {id: "", text: Tanpa id}
  - {id: pimpin, text: Memimpin kantor}
  - {id: "", text: Tanpa id lagi}
  - {id: pimpin, text: Memimpin rapat}
)"}});
  CHECK(test::describe(t.repo, t.diagnostics) ==
        "p.yaml:6:10 schema `id` is empty\n"
        "p.yaml:8:10 schema `id` is empty\n"
        "p.yaml:9:10 duplicate-id duty id `pimpin` is already used at p.yaml:7\n"
        "p.yaml:7:10 duplicate-id duty id `pimpin` is used again at p.yaml:9\n");
}

TEST_CASE("a position needs a unit once the repository has units") {
  auto t =
      test::read_repo({{"u.yaml", "kind: Unit\nid: tu\nname: TU\n"},
                       {"p.yaml", "kind: Position\nid: p\nname: P\nduties: [{id: d, text: T}]\n"}});
  CHECK(test::describe(t.repo, t.diagnostics) ==
        "p.yaml:1:1 schema Position has no `unit`: it is required when the repository has Units\n");
}

namespace {

const char* kTim = R"(kind: Role
id: tim
name: TIM
members: [kepala, analis]
unit: tu
)";

}  // namespace

TEST_CASE("a Role's members and unit resolve, and a step's actor may name it") {
  auto t = test::read_repo(
      {{"p.yaml", kPositions}, {"u.yaml", kUnit}, {"r.yaml", kTim}, {"s.yaml", R"(kind: SOP
id: s
title: T
owner: analis
duties: [formasi]
external_actors: [Pemohon]
steps:
  - {activity: Pemohon mengajukan usulan, actor: Pemohon}
  - {activity: Menyusun rencana kerja, actor: tim}
  - {activity: Menandatangani rencana kerja, actor: kepala}
)"}});
  CHECK(test::describe(t.repo, t.diagnostics) == "");
  const auto& role = t.repo.roles.at(0);
  CHECK(t.repo.role_index.at("tim") == 0);
  CHECK(role.unit_ref == 0);
  CHECK(role.member_refs == std::vector<int>{1, 0});
  const auto& sop = t.repo.sops[0];
  CHECK(sop.steps[1].actor_ref.type == ActorRef::Type::Role);
  CHECK(sop.steps[1].actor_ref.index == 0);
  REQUIRE(sop.lane_refs.size() == 3);
  CHECK(sop.lane_refs[1].type == ActorRef::Type::Role);
}

TEST_CASE("a Role in `lanes:` is a lane before any step names it") {
  auto t = test::read_repo(
      {{"p.yaml", kPositions}, {"u.yaml", kUnit}, {"r.yaml", kTim}, {"s.yaml", R"(kind: SOP
id: s
title: T
lanes: [kepala, tim]
steps:
  - {activity: Menyusun rencana kerja, actor: tim}
  - {activity: Menandatangani rencana kerja, actor: kepala}
)"}});
  CHECK(test::describe(t.repo, t.diagnostics) == "");
  REQUIRE(t.repo.sops[0].lane_refs.size() == 2);
  CHECK(t.repo.sops[0].lane_refs[1].type == ActorRef::Type::Role);
}

TEST_CASE("a Role's unknown member and unit, and an unknown actor, get suggestions") {
  auto t = test::read_repo({{"p.yaml", kPositions},
                            {"u.yaml", kUnit},
                            {"r.yaml", R"(kind: Role
id: tim
name: TIM
members: [kepala, analsi]
unit: tata-usaha
)"},
                            {"s.yaml", R"(kind: SOP
id: s
title: T
steps:
  - {activity: Menyusun rencana kerja, actor: tin}
)"}});
  CHECK(test::describe(t.repo, t.diagnostics) ==
        "r.yaml:5:7 unknown-reference unknown unit `tata-usaha`\n"
        "r.yaml:4:19 unknown-reference unknown position `analsi`; did you mean `analis`?\n"
        "s.yaml:5:47 unknown-reference unknown actor `tin` (neither a position or role id nor "
        "one of `external_actors`); did you mean `tim`?\n");
  CHECK(t.repo.roles[0].member_refs == std::vector<int>{1});
}

TEST_CASE("two Roles with one id, and a Role with a Position's id") {
  auto t = test::read_repo({{"p.yaml", kPositions},
                            {"u.yaml", kUnit},
                            {"r.yaml",
                             "kind: Role\nid: tim\nname: TIM\n---\nkind: Role\nid: tim\n"
                             "name: Tim Kerja\n---\nkind: Role\nid: kepala\n"
                             "name: Kepala\n"}});
  CHECK(test::describe(t.repo, t.diagnostics) ==
        "r.yaml:6:5 duplicate-id Role id `tim` is already used at r.yaml:2\n"
        "r.yaml:2:5 duplicate-id Role id `tim` is used again at r.yaml:6\n"
        "r.yaml:10:5 duplicate-id Role id `kepala` is a Position id at p.yaml:10 already: a "
        "step's `actor` could not tell them apart\n"
        "p.yaml:10:5 duplicate-id Position id `kepala` is a Role id at r.yaml:10 too: a step's "
        "`actor` could not tell them apart\n");
}
