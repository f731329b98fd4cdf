#include <doctest/doctest.h>

#include "repo_builder.hpp"

using namespace tatakerja;
using test::clean_repository;
using test::expect_diag;
using test::RepoBuilder;
using test::run_rule;

namespace {

model::Located<model::Duration> minutes(std::int64_t count) {
  return {model::Duration{count * 60}, {}};
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

// sop-total-time: the SOP `cuti` of Timed has three steps of 30m.
namespace {

model::Located<model::Duration> written(std::int64_t seconds, std::string text,
                                        model::Location loc) {
  return {model::Duration{seconds, std::move(text)}, loc};
}

}  // namespace

TEST_CASE("sop-total-time: silent without total_time, or when it is the sum") {
  Timed t;
  CHECK(run_rule(t.b.resolve(), "sop-total-time").empty());
  t.sop->total_time = written(90 * 60, "1 jam 30 menit", t.b.next(t.sop->doc, 13));
  CHECK(run_rule(t.b.resolve(), "sop-total-time").empty());
  CHECK(run_rule(clean_repository().repo, "sop-total-time").empty());
}

TEST_CASE("sop-total-time: a total that differs from the steps' sum, at the total") {
  Timed t;
  const model::Location at = t.b.next(t.sop->doc, 13);
  t.sop->total_time = written(3600, "1 Jam", at);
  const auto out = run_rule(t.b.resolve(), "sop-total-time");
  REQUIRE(out.size() == 1);
  expect_diag(out[0], "sop-total-time", at,
              "`total_time` is `1 Jam` (1h), but the step times along the main path add up to "
              "1h 30m: correct the total or the step times");
}

TEST_CASE("sop-total-time: a range counts with its upper end, on both sides") {
  Timed t;
  t.sop->steps[1].time = written(45 * 60, "30-45 menit", {});  // 30 + 45 + 30 = 105 minutes
  t.sop->total_time = written(105 * 60, "1,5-1,75 jam", t.b.next(t.sop->doc, 13));
  CHECK(run_rule(t.b.resolve(), "sop-total-time").empty());
  t.sop->total_time = written(90 * 60, "1-1,5 jam", t.sop->total_time->loc);  // the lower end
  const auto out = run_rule(t.b.resolve(), "sop-total-time");
  REQUIRE(out.size() == 1);
  CHECK(out[0].message.ends_with("add up to 1h 45m: correct the total or the step times"));
}

TEST_CASE("sop-total-time: the main path takes the \"yes\" way, each step once") {
  Timed t;
  t.b.decision(t.sop->steps[0], *t.sop, "3");   // "Tidak" skips step 2: not summed
  t.sop->steps[1].next = model::Text{"1", {}};  // "Ya" goes on, then loops back: once
  t.sop->steps[1].time = written(600, "10 menit", {});
  t.sop->total_time = written(40 * 60, "40 menit", t.b.next(t.sop->doc, 13));
  // 1 (30m) -> 2 (10m) -> 1 again: the path never reaches `end`, so it is not judged.
  CHECK(run_rule(t.b.resolve(), "sop-total-time").empty());
  t.sop->steps[1].next.reset();  // 1 -> 2 -> 3 -> end: 30 + 10 + 30
  t.sop->total_time = written(70 * 60, "70 menit", t.sop->total_time->loc);
  CHECK(run_rule(t.b.resolve(), "sop-total-time").empty());
  t.sop->steps[1].next = model::Text{"end", {}};  // 1 -> 2 -> end: 40m, not 70m
  const auto out = run_rule(t.b.resolve(), "sop-total-time");
  REQUIRE(out.size() == 1);
  CHECK(out[0].message.ends_with("add up to 40m: correct the total or the step times"));
}

TEST_CASE("sop-total-time: not judged when a time on the path is missing or unreadable") {
  Timed missing;
  missing.sop->steps[1].time.reset();
  missing.sop->total_time = written(60, "1 menit", missing.b.next(missing.sop->doc, 13));
  CHECK(run_rule(missing.b.resolve(), "sop-total-time").empty());

  Timed unreadable;
  unreadable.sop->steps[1].time->valid = false;
  unreadable.sop->total_time = written(60, "1 menit", unreadable.b.next(unreadable.sop->doc, 13));
  CHECK(run_rule(unreadable.b.resolve(), "sop-total-time").empty());

  Timed bad_total;
  bad_total.sop->total_time = written(0, "", bad_total.b.next(bad_total.sop->doc, 13));
  bad_total.sop->total_time->valid = false;  // reported by `schema`, never compared as 0
  CHECK(run_rule(bad_total.b.resolve(), "sop-total-time").empty());

  Timed archived;
  archived.sop->total_time = written(60, "1 menit", archived.b.next(archived.sop->doc, 13));
  archived.sop->status = model::Located<model::SopStatus>{model::SopStatus::Archived, {}};
  CHECK(run_rule(archived.b.resolve(), "sop-total-time").empty());
}
