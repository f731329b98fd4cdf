#include <doctest/doctest.h>

#include "repo_builder.hpp"

using namespace tatakerja;
using test::clean_repository;
using test::expect_diag;
using test::RepoBuilder;
using test::run_rule;

TEST_CASE("duty rules: silent on a correct repository") {
  const auto b = clean_repository();
  for (const char* rule : {"sop-without-duty", "sop-duty-not-owned", "sop-count-exceeds-duties",
                           "sop-duplicate", "duty-without-sop"}) {
    CAPTURE(rule);
    CHECK(run_rule(b.repo, rule).empty());
  }
}

TEST_CASE("sop-without-duty: no `duties`, or an empty list") {
  RepoBuilder b;
  b.position("analis", {"cuti"});
  auto& absent = b.sop("tanpa", "analis", {});
  absent.duties = {};
  absent.duties.loc = absent.doc.start;
  auto& empty = b.sop("kosong", "analis", {});
  b.sop("arsip", "analis", {}).status =
      model::Located<model::SopStatus>{model::SopStatus::Archived, {}};
  const auto out = run_rule(b.resolve(), "sop-without-duty");
  REQUIRE(out.size() == 2);
  expect_diag(out[0], "sop-without-duty", absent.doc.start,
              "no `duties`: an SOP carries out a duty of a position (\"SOP dibuat untuk setiap "
              "tugas jabatan\")");
  expect_diag(out[1], "sop-without-duty", empty.duties.loc,
              "`duties` is empty: an SOP carries out a duty of a position (\"SOP dibuat untuk "
              "setiap tugas jabatan\")");
  CHECK(out[1].loc.line == 6);
}

TEST_CASE("sop-duty-not-owned: a duty of another position than the owner") {
  RepoBuilder b;
  b.position("analis", {"formasi"});
  b.position("pengelola", {"cuti"});
  auto& sop = b.sop("cuti", "analis", {"formasi", "pengelola/cuti", "pengelola/hilang"});
  b.sop("salah-owner", "tidak-ada", {"pengelola/cuti"});  // unknown owner: skipped
  const auto out = run_rule(b.resolve(), "sop-duty-not-owned");
  REQUIRE(out.size() == 1);
  expect_diag(out[0], "sop-duty-not-owned", sop.duties.items[1].loc,
              "duty `pengelola/cuti` belongs to `pengelola`, not to the owner `analis`: an SOP "
              "carries out its owner's own duties");
}

TEST_CASE("sop-duty-not-owned: without an owner, a duty whose position acts in no step") {
  RepoBuilder b;
  b.position("analis", {"formasi"});
  b.position("pengelola", {"cuti"});
  auto& sop = b.sop("bersama", "analis", {"analis/formasi", "pengelola/cuti"});
  sop.owner.reset();
  const auto out = run_rule(b.resolve(), "sop-duty-not-owned");
  REQUIRE(out.size() == 1);
  expect_diag(out[0], "sop-duty-not-owned", sop.duties.items[1].loc,
              "`pengelola` acts in none of the steps, yet the SOP carries out its duty "
              "`pengelola/cuti`: give the SOP an `owner`, or a step to `pengelola`");
  b.step(b.repo.sops[0], "pengelola");
  CHECK(run_rule(b.resolve(), "sop-duty-not-owned").empty());
}

TEST_CASE("sop-count-exceeds-duties: reported at the owner of each SOP beyond the count") {
  RepoBuilder b;
  b.position("analis", {"formasi", "cuti"});
  b.position("kosong", {});
  b.sop("satu", "analis", {"formasi"});
  b.sop("dua", "analis", {"cuti"});
  b.sop("lama", "analis", {"cuti"}).status =
      model::Located<model::SopStatus>{model::SopStatus::Archived, {}};
  auto& three = b.sop("tiga", "analis", {"cuti"});
  auto& four = b.sop("empat", "analis", {"formasi"});
  b.sop("tanpa-tugas", "kosong", {});  // position-without-duties' problem
  const auto out = run_rule(b.resolve(), "sop-count-exceeds-duties");
  REQUIRE(out.size() == 2);
  expect_diag(out[0], "sop-count-exceeds-duties", three.owner->loc,
              "`analis` has 2 duties and answers for 2 SOPs before this one: a position has no "
              "more SOPs than duties");
  expect_diag(out[1], "sop-count-exceeds-duties", four.owner->loc,
              "`analis` has 2 duties and answers for 3 SOPs before this one: a position has no "
              "more SOPs than duties");
}

TEST_CASE("sop-duplicate: two SOPs carrying one duty") {
  RepoBuilder b;
  b.position("analis", {"formasi", "cuti"});
  b.sop("cuti", "analis", {"cuti"});
  auto& again = b.sop("cuti-lagi", "analis", {"formasi", "analis/cuti"});
  b.sop("cuti-arsip", "analis", {"cuti"}).status =
      model::Located<model::SopStatus>{model::SopStatus::Archived, {}};
  b.sop("cuti-ketiga", "analis", {"cuti", "cuti"});
  const auto out = run_rule(b.resolve(), "sop-duplicate");
  REQUIRE(out.size() == 3);
  expect_diag(out[0], "sop-duplicate", again.duties.items[1].loc,
              "duty `analis/cuti` is carried out by SOP `cuti` already: an SOP is written once "
              "(\"SOP dibuat sekali\")");
  CHECK(out[1].loc == b.repo.sops[3].duties.items[0].loc);
  CHECK(out[2].loc == b.repo.sops[3].duties.items[1].loc);
}

TEST_CASE("sop-duplicate: titles equal once case, spacing and punctuation are folded") {
  RepoBuilder b;
  b.position("analis", {"a", "b", "c", "d"});
  b.sop("satu", "analis", {"a"}).title.value = "Pelayanan Usul Cuti-Pegawai";
  auto& two = b.sop("dua", "analis", {"b"});
  two.title.value = "  pelayanan usul   cuti pegawai.";
  b.sop("tiga", "analis", {"c"}).title.value = "Pelayanan Usul Cuti Pegawai Negeri";
  b.sop("empat", "analis", {"a"}).title.value = "PELAYANAN USUL CUTI PEGAWAI";  // via the duty
  const auto out = run_rule(b.resolve(), "sop-duplicate");
  REQUIRE(out.size() == 2);
  CHECK(out[0].message.starts_with("duty `analis/a` is carried out by SOP `satu` already"));
  expect_diag(out[1], "sop-duplicate", two.title.loc,
              "the title is the same as SOP `satu`'s once case, spacing and punctuation are "
              "folded: an SOP is written once (\"SOP dibuat sekali\")");
}

TEST_CASE(
    "duty-without-sop: one finding a position, naming each duty; archived SOPs do not count") {
  RepoBuilder b;
  auto& analis = b.position("analis", {"formasi", "cuti", "pensiun"});
  b.sop("formasi", "analis", {"formasi"});
  b.sop("cuti", "analis", {"cuti"}).status =
      model::Located<model::SopStatus>{model::SopStatus::Archived, {}};
  const auto out = run_rule(b.resolve(), "duty-without-sop");
  REQUIRE(out.size() == 1);
  expect_diag(out[0], "duty-without-sop", analis.duties_loc,
              "`analis` has 2 duties that no SOP carries out: `cuti`, `pensiun`; write an SOP for "
              "each (\"SOP dibuat untuk setiap tugas jabatan\"), or mark a duty that needs none "
              "`sop: none` with a `sop_reason`");
  CHECK(out[0].end_line == analis.duties_loc.line);  // the `duties` key
  CHECK(out[0].end_column == analis.duties_loc.column + 6);
}

TEST_CASE("duty-without-sop: an Anjab before its SOPs is one line a position") {
  RepoBuilder b;
  b.position("kasubbag-tu", {"a", "b", "c", "d", "e"});
  b.position("analis", {"f"});
  const auto out = run_rule(b.resolve(), "duty-without-sop");
  REQUIRE(out.size() == 2);
  CHECK(
      out[0].message.starts_with("`kasubbag-tu` has 5 duties that no SOP carries out: `a`, "
                                 "`b`, `c`, `d`, `e`;"));
  CHECK(out[1].message.starts_with("`analis` has 1 duty that no SOP carries out: `f`;"));
}

TEST_CASE("duty-without-sop: a duty with `sop: none` counts as covered") {
  RepoBuilder b;
  auto& analis = b.position("analis", {"formasi", "arsip"});
  analis.duties[1].sop = model::Text{"none", {}};
  analis.duties[1].sop_reason = model::Text{"Dikerjakan menurut SOP surat masuk", {}};
  b.sop("formasi", "analis", {"formasi"});
  CHECK(run_rule(b.resolve(), "duty-without-sop").empty());
  analis.duties[1].sop->valid = false;  // a value the loader refused covers nothing
  CHECK(run_rule(b.repo, "duty-without-sop").size() == 1);
}

TEST_CASE("duty-without-sop: repeated duty ids and duplicate positions are duplicate-id's") {
  RepoBuilder b;
  b.position("analis", {"formasi", "formasi"});
  b.position("analis", {"lain"});
  b.sop("formasi", "analis", {"formasi"});
  CHECK(run_rule(b.resolve(), "duty-without-sop").empty());
}

TEST_CASE("sop-duty-not-owned: without an owner, a Role's members act in its steps") {
  RepoBuilder b;
  b.position("kasubbag", {"rencana"});
  b.position("perencana", {"data"});
  b.position("kepala", {"pimpin"});
  b.role("tim", {"kasubbag", "perencana"});
  auto& sop =
      b.sop("rencana-kerja", "kasubbag", {"kasubbag/rencana", "perencana/data", "kepala/pimpin"});
  sop.owner.reset();
  sop.steps[0].actor = model::Text{"tim", sop.steps[0].actor->loc};
  const auto out = run_rule(b.resolve(), "sop-duty-not-owned");
  // kasubbag and perencana act through the TIM lane; kepala, in no step.
  REQUIRE(out.size() == 1);
  expect_diag(out[0], "sop-duty-not-owned", sop.duties.items[2].loc,
              "`kepala` acts in none of the steps, yet the SOP carries out its duty "
              "`kepala/pimpin`: give the SOP an `owner`, or a step to `kepala`");
  b.repo.roles[0].members.items.pop_back();  // perencana leaves the team
  const auto fewer = run_rule(b.resolve(), "sop-duty-not-owned");
  REQUIRE(fewer.size() == 2);
  CHECK(fewer[0].loc == sop.duties.items[1].loc);
  // A member misspelt is unknown-reference's: the team may hold perencana.
  b.repo.roles[0].members.items.push_back(model::Text{"perencna", {}});
  const auto typo = run_rule(b.resolve(), "sop-duty-not-owned");
  REQUIRE(typo.size() == 1);
  CHECK(typo[0].loc == sop.duties.items[2].loc);
}

TEST_CASE("sop-duty-not-owned: a Role lane does not make another position's duty the owner's") {
  RepoBuilder b;
  b.position("kasubbag", {"rencana"});
  b.position("perencana", {"data"});
  b.role("tim", {"kasubbag", "perencana"});
  auto& sop = b.sop("rencana-kerja", "kasubbag", {"rencana", "perencana/data"});
  sop.steps[0].actor = model::Text{"tim", sop.steps[0].actor->loc};
  const auto out = run_rule(b.resolve(), "sop-duty-not-owned");
  REQUIRE(out.size() == 1);
  expect_diag(out[0], "sop-duty-not-owned", sop.duties.items[1].loc,
              "duty `perencana/data` belongs to `perencana`, not to the owner `kasubbag`: an SOP "
              "carries out its owner's own duties");
}
