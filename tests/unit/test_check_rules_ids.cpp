#include <doctest/doctest.h>

#include "repo_builder.hpp"

using namespace tatakerja;
using test::expect_diag;
using test::RepoBuilder;
using test::run_rule;

TEST_CASE("id-case-collision: ids of one kind differing only in case") {
  RepoBuilder b;
  b.unit("subbag-tu");
  b.unit("Subbag-TU");
  b.unit("SUBBAG-TU");
  b.position("subbag-tu", {"a"});  // another kind: no collision
  const auto out = run_rule(b.resolve(), "id-case-collision");
  REQUIRE(out.size() == 2);
  expect_diag(out[0], "id-case-collision", {2, 2, 5},
              "`Subbag-TU` differs from Unit `subbag-tu` only in letter case: ids are "
              "case-sensitive, so these name two documents");
  expect_diag(out[1], "id-case-collision", b.repo.units[2].doc.id.loc,
              "`SUBBAG-TU` differs from Unit `subbag-tu` only in letter case: ids are "
              "case-sensitive, so these name two documents");
}

TEST_CASE("id-case-collision: equal ids are duplicate-id's, not this rule's") {
  RepoBuilder b;
  b.sop("cuti", "analis", {"cuti"});
  b.sop("cuti", "analis", {"cuti"});
  b.employee("198001012005011001", "analis");
  CHECK(run_rule(b.resolve(), "id-case-collision").empty());
}

TEST_CASE("hierarchy-cycle: a loop of units is reported once, at its first member") {
  RepoBuilder b;
  b.unit("kantor");
  b.unit("tu", "seksi");
  b.unit("seksi", "umum");
  b.unit("umum", "tu");
  b.unit("lepas", "tu");  // leads into the loop, is not part of it
  const auto out = run_rule(b.resolve(), "hierarchy-cycle");
  REQUIRE(out.size() == 1);
  expect_diag(out[0], "hierarchy-cycle", b.repo.units[1].parent->loc,
              "`parent` makes a loop: `tu` → `seksi` → `umum` → `tu`: a unit cannot lie inside "
              "itself");
  CHECK(out[0].loc.line == 4);
  CHECK(out[0].loc.column == 9);
}

TEST_CASE("hierarchy-cycle: the first member in repository order starts the listing") {
  RepoBuilder b;
  b.position("analis", {"a"}, "kepala");
  b.position("kepala", {"b"}, "sekretaris");
  b.position("sekretaris", {"c"}, "kepala");
  b.position("diri", {"d"}, "diri");
  const auto out = run_rule(b.resolve(), "hierarchy-cycle");
  REQUIRE(out.size() == 2);
  expect_diag(out[0], "hierarchy-cycle", b.repo.positions[1].reports_to->loc,
              "`reports_to` makes a loop: `kepala` → `sekretaris` → `kepala`: a position cannot "
              "report to itself, even through others");
  expect_diag(out[1], "hierarchy-cycle", b.repo.positions[3].reports_to->loc,
              "`reports_to` makes a loop: `diri` → `diri`: a position cannot report to itself, "
              "even through others");
}

TEST_CASE("hierarchy-cycle: trees and unknown parents are silent") {
  RepoBuilder b;
  b.unit("kantor");
  b.unit("tu", "kantor");
  b.unit("seksi", "kantor");
  b.unit("hilang", "tidak-ada");  // unknown-reference, reported by the resolver
  b.position("kepala", {"a"});
  b.position("analis", {"b"}, "kepala");
  CHECK(run_rule(b.resolve(), "hierarchy-cycle").empty());
}

TEST_CASE("hierarchy-cycle: a long chain closing on itself is linear and iterative") {
  RepoBuilder b;
  b.repo.units.reserve(20000);
  for (int i = 0; i < 20000; ++i) {
    b.unit("u" + std::to_string(i), "u" + std::to_string((i + 1) % 20000));
  }
  const auto out = run_rule(b.resolve(), "hierarchy-cycle");
  REQUIRE(out.size() == 1);
  CHECK(out[0].loc == b.repo.units[0].parent->loc);
}

TEST_CASE("hierarchy-cycle: a long loop lists its first ten members") {
  RepoBuilder b;
  for (int i = 0; i < 12; ++i) b.unit("u" + std::to_string(i), "u" + std::to_string((i + 1) % 12));
  const auto out = run_rule(b.resolve(), "hierarchy-cycle");
  REQUIRE(out.size() == 1);
  CHECK(out[0].message ==
        "`parent` makes a loop: `u0` → `u1` → `u2` → `u3` → `u4` → `u5` → `u6` → `u7` → `u8` → "
        "`u9` → … (2 more) → `u0`: a unit cannot lie inside itself");
}

TEST_CASE("id-case-collision: Roles too") {
  RepoBuilder b;
  b.role("tim", {});
  auto& again = b.role("TIM", {});
  const auto out = run_rule(b.resolve(), "id-case-collision");
  REQUIRE(out.size() == 1);
  expect_diag(out[0], "id-case-collision", again.doc.id.loc,
              "`TIM` differs from Role `tim` only in letter case: ids are case-sensitive, so "
              "these name two documents");
}
