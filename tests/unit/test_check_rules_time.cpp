#include <doctest/doctest.h>

#include "repo_builder.hpp"

using namespace tatakerja;
using test::clean_repository;
using test::expect_diag;
using test::RepoBuilder;
using test::run_rule;

namespace {

model::Located<model::Duration> minutes(std::int64_t count) {
  return {{count * 60}, {}};
}

// `analis` with duties a (1h) and b (30m); SOP `cuti` by analis carrying `a`
// with three steps of 30m: analis, kepala, analis.
struct Timed {
  RepoBuilder b;
  model::Sop* sop = nullptr;
  Timed() {
    auto& analis = b.position("analis", {"a", "b"});
    analis.duties[0].standard_time = minutes(60);
    analis.duties[1].standard_time = minutes(30);
    b.position("kepala", {"c"});
    sop = &b.sop("cuti", "analis", {"a"}, 1);
    b.step(*sop, "kepala");
    b.step(*sop, "analis");
  }
};

}  // namespace

TEST_CASE("sop-time-exceeds-standard: silent on a correct repository") {
  CHECK(run_rule(clean_repository().repo, "sop-time-exceeds-standard").empty());
}

TEST_CASE("sop-time-exceeds-standard: only the owner's steps count") {
  Timed t;
  CHECK(run_rule(t.b.resolve(), "sop-time-exceeds-standard").empty());  // 1h of 1h
  t.sop->steps[2].time = minutes(31);
  const auto out = run_rule(t.b.resolve(), "sop-time-exceeds-standard");
  REQUIRE(out.size() == 1);
  expect_diag(out[0], "sop-time-exceeds-standard", t.sop->duties.loc,
              "the steps of the owner `analis` take 1h 1m along the main path, longer than the "
              "1h `standard_time` of the duties carried out: shorten the steps or revise the "
              "standard time");
}

TEST_CASE("sop-time-exceeds-standard: the duties' standard times are summed") {
  Timed t;
  t.sop->steps[2].time = minutes(90);  // 2h in all
  t.sop->duties.items.push_back(model::Text{"b", t.b.next(t.sop->doc, 5)});
  const auto out = run_rule(t.b.resolve(), "sop-time-exceeds-standard");
  REQUIRE(out.size() == 1);
  CHECK(
      out[0].message.starts_with("the steps of the owner `analis` take 2h along the main path, "
                                 "longer than the 1h 30m `standard_time`"));
}

TEST_CASE("sop-time-exceeds-standard: the main path takes the \"yes\" way, once round a loop") {
  Timed t;
  t.b.decision(t.sop->steps[0], *t.sop, "3");   // "Tidak" skips step 2: not on the main path
  t.sop->steps[2].next = model::Text{"1", {}};  // loops back: counted once
  t.sop->steps[2].time = minutes(31);
  t.sop->steps[1].time = minutes(600);  // kepala's: never counted
  const auto out = run_rule(t.b.resolve(), "sop-time-exceeds-standard");
  REQUIRE(out.size() == 1);
  CHECK(out[0].message.starts_with("the steps of the owner `analis` take 1h 1m"));
}

TEST_CASE("sop-time-exceeds-standard: not judged without a standard time or a known owner") {
  Timed t;
  t.sop->steps[2].time = minutes(600);
  t.b.repo.positions[0].duties[0].standard_time.reset();
  CHECK(run_rule(t.b.resolve(), "sop-time-exceeds-standard").empty());

  Timed unknown_owner;
  unknown_owner.sop->steps[2].time = minutes(600);
  unknown_owner.sop->owner->value = "tidak-ada";
  CHECK(run_rule(unknown_owner.b.resolve(), "sop-time-exceeds-standard").empty());

  Timed unknown_duty;
  unknown_duty.sop->steps[2].time = minutes(600);
  unknown_duty.sop->duties.items.push_back(model::Text{"hilang", {}});
  CHECK(run_rule(unknown_duty.b.resolve(), "sop-time-exceeds-standard").empty());

  Timed archived;
  archived.sop->steps[2].time = minutes(600);
  archived.sop->status = model::Located<model::SopStatus>{model::SopStatus::Archived, {}};
  CHECK(run_rule(archived.b.resolve(), "sop-time-exceeds-standard").empty());
}
