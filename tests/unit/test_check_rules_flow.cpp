#include <doctest/doctest.h>

#include <chrono>

#include "repo_builder.hpp"

using namespace tatakerja;
using test::clean_repository;
using test::expect_diag;
using test::RepoBuilder;
using test::run_rule;

namespace {

// An SOP of `count` process steps by `analis`.
struct Flow {
  RepoBuilder b;
  model::Sop* sop = nullptr;
  explicit Flow(int count) {
    b.position("analis", {"a"});
    sop = &b.sop("alur", "analis", {"a"}, count);
  }
  model::Step& step(int number) { return sop->steps[number - 1]; }
  void next(int number, const std::string& target) {
    step(number).next = model::Text{target, b.next(sop->doc, 11)};
  }
  void decide(int number, const std::string& no) { b.decision(step(number), *sop, no); }
  const model::Repository& resolve() { return b.resolve(); }
};

}  // namespace

TEST_CASE("flow rules: silent on a correct repository") {
  const auto b = clean_repository();
  for (const char* rule : {"flow-unreachable", "flow-no-end", "flow-decision"}) {
    CAPTURE(rule);
    CHECK(run_rule(b.repo, rule).empty());
  }
}

TEST_CASE("flow-unreachable: one report for each unreachable region's entry") {
  Flow f(6);
  f.next(1, "end");  // 2..6 cannot be reached...
  f.next(3, "5");    // 2 leads to 3, 3 to 5, 5 to 6: reported with 2
  f.next(4, "4");    // 4 leads only to itself: a region of its own
  const auto out = run_rule(f.resolve(), "flow-unreachable");
  REQUIRE(out.size() == 2);
  expect_diag(out[0], "flow-unreachable", f.step(2).loc,
              "step 2 cannot be reached from the start, nor can the 3 steps it leads to: lead a "
              "`next`, `yes` or `no` to it, or remove it");
  expect_diag(out[1], "flow-unreachable", f.step(4).loc,
              "step 4 cannot be reached from the start: lead a `next`, `yes` or `no` to it, or "
              "remove it");
}

TEST_CASE("flow-unreachable: a decision's `no` way reaches its target") {
  Flow f(4);
  f.decide(1, "4");
  f.next(2, "end");
  f.step(1).yes = model::Text{"2", f.step(1).loc};
  const auto out = run_rule(f.resolve(), "flow-unreachable");
  REQUIRE(out.size() == 1);
  CHECK(out[0].loc == f.step(3).loc);
  CHECK(out[0].message.starts_with("step 3 cannot be reached from the start: "));
}

TEST_CASE("flow rules do not judge a flow with an unknown target") {
  Flow f(3);
  f.next(1, "tidak-ada");  // unknown-reference, reported by the resolver
  f.next(3, "3");
  f.resolve();
  CHECK(run_rule(f.b.repo, "flow-unreachable").empty());
  CHECK(run_rule(f.b.repo, "flow-no-end").empty());
}

TEST_CASE("flow-no-end: once an SOP, at the loop, counting the stuck steps") {
  Flow f(5);
  f.next(4, "2");  // 1 → 2 → 3 → 4 → 2, no way out; 5 is unreachable (not this rule's)
  const auto out = run_rule(f.resolve(), "flow-no-end");
  REQUIRE(out.size() == 1);
  expect_diag(out[0], "flow-no-end", f.step(2).loc,
              "step 2 is in a loop with no way out: the procedure can never reach `end` from it "
              "(nor from 3 other steps)");
  // kind, id, number, title, owner, duties (2), dates (2), approval, legal
  // basis (2), output, steps: step 1 at line 15, four lines a step.
  CHECK(out[0].loc.line == 19);
  CHECK(out[0].loc.column == 5);
}

TEST_CASE("flow-no-end: the loop is found along the \"yes\" ways, from its first step") {
  Flow f(4);
  f.decide(1, "3");  // "Tidak" to 3, "Ya" on to 2
  f.next(2, "4");
  f.next(3, "4");
  f.next(4, "2");  // 2 → 4 → 2 and 3 → 4: everything is stuck
  const auto out = run_rule(f.resolve(), "flow-no-end");
  REQUIRE(out.size() == 1);
  CHECK(out[0].loc == f.step(2).loc);
  CHECK(out[0].message ==
        "step 2 is in a loop with no way out: the procedure can never reach "
        "`end` from it (nor from 3 other steps)");
}

TEST_CASE("flow-no-end: a decision with a way out ends; a self-loop does not") {
  Flow ends(3);
  ends.decide(2, "1");  // loops back on "Tidak", "Ya" goes on
  CHECK(run_rule(ends.resolve(), "flow-no-end").empty());
  Flow stuck(2);
  stuck.next(2, "2");
  const auto out = run_rule(stuck.resolve(), "flow-no-end");
  REQUIRE(out.size() == 1);
  CHECK(out[0].message ==
        "step 2 is in a loop with no way out: the procedure can never reach "
        "`end` from it (nor from 1 other step)");
}

TEST_CASE("flow-decision: no `no`, or both ways to one place") {
  Flow f(5);
  f.step(1).decision = model::Text{"Lengkap?", f.step(1).loc};  // no `no`
  f.decide(2, "3");                                             // "Ya" goes on to 3 as well
  f.decide(4, "end");
  f.step(4).yes = model::Text{"end", f.step(4).loc};
  f.step(4).explicit_id = model::Text{"setuju", f.step(4).loc};
  const auto out = run_rule(f.resolve(), "flow-decision");
  REQUIRE(out.size() == 3);
  expect_diag(out[0], "flow-decision", f.step(1).loc,
              "decision step 1 has no `no`: say where \"Tidak\" goes (a step id or `end`)");
  expect_diag(out[1], "flow-decision", f.step(2).no->loc,
              "both ways of decision step 2 go to step 3: a decision chooses between two ways");
  expect_diag(out[2], "flow-decision", f.step(4).no->loc,
              "both ways of decision step `setuju` go to `end`: a decision chooses between two "
              "ways");
}

TEST_CASE("flow-decision: an empty question is reported; `decision: true` needs none") {
  Flow f(4);
  f.decide(1, "end");
  f.step(1).decision->value = "";  // decision: ""
  f.decide(2, "end");
  f.step(2).decision->value = "";
  f.step(2).decision_is_activity = true;  // decision: true
  f.decide(3, "1");
  f.step(3).decision->value = " \n";
  const auto out = run_rule(f.resolve(), "flow-decision");
  REQUIRE(out.size() == 2);
  expect_diag(out[0], "flow-decision", f.step(1).decision->loc,
              "decision step 1 has an empty `decision`: write its question, or `true` when the "
              "activity itself is the check");
  expect_diag(out[1], "flow-decision", f.step(3).decision->loc,
              "decision step 3 has an empty `decision`: write its question, or `true` when the "
              "activity itself is the check");
}

TEST_CASE("flow rules: a 20,000-step SOP with loops is checked in linear time") {
  constexpr int kSteps = 20000;
  Flow f(kSteps);
  for (int i = 2; i <= kSteps; i += 2) f.decide(i, std::to_string(i - 1));  // loop back
  f.next(kSteps - 1, std::to_string(kSteps - 1));  // a stuck self-loop near the end
  f.resolve();
  const auto start = std::chrono::steady_clock::now();
  const auto unreachable = run_rule(f.b.repo, "flow-unreachable");
  const auto no_end = run_rule(f.b.repo, "flow-no-end");
  const auto decision = run_rule(f.b.repo, "flow-decision");
  const auto time = run_rule(f.b.repo, "sop-time-exceeds-standard");
  const auto elapsed = std::chrono::steady_clock::now() - start;
  CHECK(elapsed < std::chrono::milliseconds(500));
  CHECK(unreachable.size() == 1);  // step 20000, behind the self-loop
  REQUIRE(no_end.size() == 1);
  CHECK(no_end[0].loc == f.step(kSteps - 1).loc);
  CHECK(no_end[0].message.ends_with("(nor from 19998 other steps)"));
  CHECK(decision.empty());
  CHECK(time.size() == 1);
}
