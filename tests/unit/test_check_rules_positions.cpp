#include <doctest/doctest.h>

#include "repo_builder.hpp"

using namespace tatakerja;
using test::clean_repository;
using test::expect_diag;
using test::RepoBuilder;
using test::run_rule;

namespace {

using Duties = std::vector<std::string>;

model::Located<std::int64_t> staff(RepoBuilder& b, model::Position& position, std::int64_t n) {
  return {n, b.next(position.doc, 8)};
}

}  // namespace

TEST_CASE("position rules: silent on a correct repository") {
  const auto b = clean_repository();
  for (const char* rule : {"position-without-duties", "duty-workload-missing", "duty-unassigned",
                           "employee-without-duty", "staff-mismatch"}) {
    CAPTURE(rule);
    CHECK(run_rule(b.repo, rule).empty());
  }
}

TEST_CASE("position-without-duties: no `duties` key, or an empty list") {
  RepoBuilder b;
  auto& absent = b.position("tanpa", {});
  absent.has_duties_key = false;
  absent.duties_loc = absent.doc.start;
  auto& empty = b.position("kosong", {});
  b.position("ada", {"a"});
  const auto out = run_rule(b.resolve(), "position-without-duties");
  REQUIRE(out.size() == 2);
  expect_diag(out[0], "position-without-duties", {1, 1, 1},
              "no `duties` (uraian tugas): every position is given its duties");
  expect_diag(out[1], "position-without-duties", {2, 4, 1},
              "`duties` is empty: every position is given its duties (uraian tugas)");
  CHECK(out[1].loc == empty.duties_loc);
}

TEST_CASE("duty-workload-missing: names what is missing") {
  RepoBuilder b;
  auto& p = b.position("analis", {"lengkap", "tanpa-volume", "tanpa-waktu", "tanpa-keduanya"});
  p.duties[1].volume.reset();
  p.duties[2].standard_time.reset();
  p.duties[3].volume.reset();
  p.duties[3].standard_time.reset();
  const auto out = run_rule(b.resolve(), "duty-workload-missing");
  REQUIRE(out.size() == 3);
  expect_diag(out[0], "duty-workload-missing", p.duties[1].loc,
              "duty `tanpa-volume` has no `volume`: the workload counts it as zero hours");
  expect_diag(out[1], "duty-workload-missing", p.duties[2].loc,
              "duty `tanpa-waktu` has no `standard_time`: the workload counts it as zero hours");
  expect_diag(out[2], "duty-workload-missing", p.duties[3].loc,
              "duty `tanpa-keduanya` has no `volume` or `standard_time`: the workload counts it "
              "as zero hours");
}

// rules.md, "Reporting": with `schema` downgraded, the run goes on; a value
// that could not be read is absent, never a silent zero.
TEST_CASE("duty-workload-missing: a value that could not be read counts as absent") {
  RepoBuilder b;
  auto& p = b.position("analis", {"waktu-rusak", "volume-rusak", "keduanya"});
  p.duties[0].standard_time->valid = false;  // `standard_time: 15 mnt`
  p.duties[1].volume->valid = false;         // `volume: banyak`
  p.duties[2].volume.reset();
  p.duties[2].standard_time->valid = false;
  const auto out = run_rule(b.resolve(), "duty-workload-missing");
  REQUIRE(out.size() == 3);
  expect_diag(out[0], "duty-workload-missing", p.duties[0].loc,
              "duty `waktu-rusak` has no readable `standard_time`: the workload counts it as "
              "zero hours");
  expect_diag(out[1], "duty-workload-missing", p.duties[1].loc,
              "duty `volume-rusak` has no readable `volume`: the workload counts it as zero "
              "hours");
  expect_diag(out[2], "duty-workload-missing", p.duties[2].loc,
              "duty `keduanya` has no readable `volume` or `standard_time`: the workload counts "
              "it as zero hours");
}

TEST_CASE("staff-mismatch: a `staff` that could not be read is not compared") {
  RepoBuilder b;
  auto& analis = b.position("analis", {"a"});
  analis.staff = model::Located<std::int64_t>{0, b.next(analis.doc, 8), false};
  b.employee("1", "analis");
  CHECK(run_rule(b.resolve(), "staff-mismatch").empty());
}

TEST_CASE("duty-unassigned: explicit duties leave a duty to nobody") {
  RepoBuilder b;
  auto& analis = b.position("analis", {"formasi", "cuti", "pensiun"});
  b.employee("1", "analis", Duties{"formasi"});
  b.employee("2", "analis", Duties{"formasi", "tidak-ada"});
  const auto out = run_rule(b.resolve(), "duty-unassigned");
  REQUIRE(out.size() == 2);
  expect_diag(out[0], "duty-unassigned", analis.duties[1].loc,
              "duty `cuti` is carried by no employee of `analis` (2 employees): duties are shared "
              "out to all, none left over (\"dibagi habis\")");
  CHECK(out[1].loc == analis.duties[2].loc);
}

TEST_CASE("duty-unassigned: an employee without explicit duties carries them all") {
  RepoBuilder b;
  b.position("analis", {"formasi", "cuti"});
  b.position("kepala", {"pimpin", "bina"});
  b.employee("1", "analis", Duties{"formasi"});
  b.employee("2", "analis");
  b.employee("3", "kepala");  // nobody explicit: not this rule's concern
  CHECK(run_rule(b.resolve(), "duty-unassigned").empty());
  b.repo.employees.pop_back();
  b.employee("3", "kepala", Duties{"pimpin"});
  const auto out = run_rule(b.resolve(), "duty-unassigned");
  REQUIRE(out.size() == 1);
  CHECK(out[0].message ==
        "duty `bina` is carried by no employee of `kepala` (1 employee): duties "
        "are shared out to all, none left over (\"dibagi habis\")");
}

TEST_CASE("employee-without-duty: an empty list, or a position without duties") {
  RepoBuilder b;
  b.position("analis", {"formasi"});
  b.position("kosong", {});
  auto& empty = b.employee("1", "analis", Duties{});
  auto& idle = b.employee("2", "kosong");
  b.employee("3", "tidak-ada");  // unknown-reference's
  b.employee("4", "analis");
  const auto out = run_rule(b.resolve(), "employee-without-duty");
  REQUIRE(out.size() == 2);
  expect_diag(out[0], "employee-without-duty", empty.duties.loc,
              "`duties` is empty: every employee carries a duty of their position");
  expect_diag(out[1], "employee-without-duty", idle.position->loc,
              "position `kosong` has no duties, so this employee carries none: every employee is "
              "given a duty description");
}

TEST_CASE("staff-mismatch: `staff` and the Employee documents disagree") {
  RepoBuilder b;
  auto& analis = b.position("analis", {"a"});
  analis.staff = staff(b, analis, 3);
  auto& kepala = b.position("kepala", {"b"});
  kepala.staff = staff(b, kepala, 1);
  auto& kosong = b.position("kosong", {"c"});
  kosong.staff = staff(b, kosong, 2);  // no Employee documents: nothing to compare
  b.employee("1", "analis");
  b.employee("2", "analis");
  b.employee("3", "kepala");
  auto out = run_rule(b.resolve(), "staff-mismatch");
  REQUIRE(out.size() == 1);
  expect_diag(out[0], "staff-mismatch", analis.staff->loc,
              "`staff` is 3, but 2 Employee documents hold this position: the Employee "
              "documents are the staff");
  analis.staff->value = 1;
  out = run_rule(b.repo, "staff-mismatch");
  REQUIRE(out.size() == 1);
  CHECK(out[0].message ==
        "`staff` is 1, but 2 Employee documents hold this position: the "
        "Employee documents are the staff");
  b.employee("4", "kepala");
  kepala.staff->value = 1;
  analis.staff->value = 2;
  out = run_rule(b.resolve(), "staff-mismatch");
  REQUIRE(out.size() == 1);
  CHECK(out[0].loc == kepala.staff->loc);
}
