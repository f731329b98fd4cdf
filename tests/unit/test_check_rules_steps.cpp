#include <doctest/doctest.h>

#include "repo_builder.hpp"

using namespace tatakerja;
using test::clean_repository;
using test::expect_diag;
using test::RepoBuilder;
using test::run_rule;

namespace {

void archive(model::Sop& sop) {
  sop.status = model::Located<model::SopStatus>{model::SopStatus::Archived, sop.doc.start};
}

}  // namespace

TEST_CASE("step rules: silent on a correct repository") {
  const auto b = clean_repository();
  for (const char* rule : {"sop-no-steps", "sop-output-missing", "step-actor-missing",
                           "step-output-missing", "step-time-missing"}) {
    CAPTURE(rule);
    CHECK(run_rule(b.repo, rule).empty());
  }
}

TEST_CASE("sop-no-steps: no `steps` key, or an empty list; archived SOPs are skipped") {
  RepoBuilder b;
  b.position("analis", {"a", "b", "c"});
  auto& absent = b.sop("tanpa", "analis", {"a"}, 0);
  absent.has_steps_key = false;
  absent.steps_loc = absent.doc.start;
  auto& empty = b.sop("kosong", "analis", {"b"}, 0);
  archive(b.sop("arsip", "analis", {"c"}, 0));
  const auto out = run_rule(b.resolve(), "sop-no-steps");
  REQUIRE(out.size() == 2);
  expect_diag(out[0], "sop-no-steps", {absent.doc.start.file, 1, 1},
              "no `steps`: an SOP sets out its procedure step by step (uraian prosedur)");
  expect_diag(out[1], "sop-no-steps", empty.steps_loc,
              "`steps` holds no step: an SOP sets out its procedure step by step (uraian "
              "prosedur)");
}

TEST_CASE("sop-output-missing: the step that ends the procedure stands for a missing `output`") {
  RepoBuilder b;
  b.position("analis", {"a", "b", "c", "d"});
  auto& derived = b.sop("turunan", "analis", {"a"}, 2);  // the last step's output is it
  derived.output.reset();
  auto& absent = b.sop("tanpa", "analis", {"b"}, 2);
  absent.output.reset();
  absent.steps[1].output.reset();
  auto& blank = b.sop("kosong", "analis", {"c"}, 3);
  blank.output->value = "  ";
  blank.steps[1].output->value = " ";
  blank.steps[1].next = model::Text{"end", blank.steps[1].loc};  // the main path ends at 2
  auto& none = b.sop("nihil", "analis", {"d"}, 0);               // sop-no-steps says it
  none.output.reset();
  const auto out = run_rule(b.resolve(), "sop-output-missing");
  REQUIRE(out.size() == 2);
  expect_diag(out[0], "sop-output-missing", absent.steps[1].loc,
              "step 2 ends the procedure and has no `output`, so the SOP has no final output: "
              "give the step its output (or the SOP an `output`)");
  expect_diag(out[1], "sop-output-missing", blank.steps[1].output->loc,
              "step 2 ends the procedure and has no `output`, so the SOP has no final output: "
              "give the step its output (or the SOP an `output`)");
  // Reported once: step-output-missing leaves those steps to sop-output-missing.
  CHECK(run_rule(b.repo, "step-output-missing").empty());
  CHECK(model::final_output(derived) == &*derived.steps[1].output);
}

TEST_CASE(
    "sop-output-missing: with its own `output`, a last step without one is a step's problem") {
  RepoBuilder b;
  b.position("analis", {"a"});
  auto& sop = b.sop("cuti", "analis", {"a"}, 2);
  sop.steps[1].output.reset();
  b.resolve();
  CHECK(run_rule(b.repo, "sop-output-missing").empty());
  const auto out = run_rule(b.repo, "step-output-missing");
  REQUIRE(out.size() == 1);
  expect_diag(out[0], "step-output-missing", sop.steps[1].loc,
              "step 2 has no `output`: every step must produce something");
}

TEST_CASE("step-actor-missing, step-output-missing, step-time-missing: at the step") {
  RepoBuilder b;
  b.position("analis", {"a"});
  auto& sop = b.sop("cuti", "analis", {"a"}, 3);
  sop.steps[0].actor.reset();
  sop.steps[1].output.reset();
  sop.steps[1].explicit_id = model::Text{"periksa", sop.steps[1].loc};
  sop.steps[2].time.reset();
  b.resolve();
  auto out = run_rule(b.repo, "step-actor-missing");
  REQUIRE(out.size() == 1);
  expect_diag(out[0], "step-actor-missing", sop.steps[0].loc,
              "step 1 has no `actor` (pelaksana): every step must have someone who answers for "
              "it");
  out = run_rule(b.repo, "step-output-missing");
  REQUIRE(out.size() == 1);
  expect_diag(out[0], "step-output-missing", sop.steps[1].loc,
              "step `periksa` has no `output`: every step must produce something");
  out = run_rule(b.repo, "step-time-missing");
  REQUIRE(out.size() == 1);
  expect_diag(out[0], "step-time-missing", sop.steps[2].loc,
              "step 3 has no `time` (mutu baku waktu): say how long the step takes");
}

TEST_CASE("step rules skip archived SOPs") {
  RepoBuilder b;
  b.position("analis", {"a"});
  auto& sop = b.sop("cuti", "analis", {"a"});
  sop.steps[0].actor.reset();
  sop.steps[0].output.reset();
  sop.steps[0].time.reset();
  sop.output.reset();
  archive(sop);
  b.resolve();
  for (const char* rule :
       {"sop-output-missing", "step-actor-missing", "step-output-missing", "step-time-missing"}) {
    CAPTURE(rule);
    CHECK(run_rule(b.repo, rule).empty());
  }
}
