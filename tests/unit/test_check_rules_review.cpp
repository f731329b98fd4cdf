#include <doctest/doctest.h>
#include <fmt/format.h>

#include "repo_builder.hpp"
#include "tatakerja/util/text.hpp"

using namespace tatakerja;
using test::clean_repository;
using test::expect_diag;
using test::RepoBuilder;
using test::run_rule;

namespace {

using model::SopStatus;

model::Located<SopStatus> status(SopStatus value, model::Location loc = {}) {
  return {value, loc};
}

// One SOP `cuti` by `analis`.
struct One {
  RepoBuilder b;
  model::Sop* sop = nullptr;
  One() {
    b.position("analis", {"a", "b"});
    sop = &b.sop("cuti", "analis", {"a"});
  }
};

check::CheckOptions on(model::Date today) {
  check::CheckOptions options;
  options.today = today;
  return options;
}

}  // namespace

TEST_CASE("review rules: silent on a correct repository") {
  const auto b = clean_repository();
  for (const char* rule : {"sop-legal-basis", "sop-metadata", "sop-not-routine", "sop-status"}) {
    CAPTURE(rule);
    CHECK(run_rule(b.repo, rule).empty());
  }
  CHECK(run_rule(b.repo, "sop-review-due", on({2024, 6, 1})).empty());
}

TEST_CASE("sop-legal-basis: absent, or empty") {
  One o;
  o.sop->legal_basis = {};
  CHECK(run_rule(o.b.resolve(), "sop-legal-basis").size() == 1);
  expect_diag(run_rule(o.b.repo, "sop-legal-basis")[0], "sop-legal-basis", o.sop->doc.start,
              "no `legal_basis` (dasar hukum): name the regulations the SOP follows");
  o.sop->legal_basis.present = true;
  o.sop->legal_basis.items.clear();
  o.sop->legal_basis.loc = {o.sop->doc.start.file, 30, 1};
  const auto out = run_rule(o.b.repo, "sop-legal-basis");
  REQUIRE(out.size() == 1);
  expect_diag(out[0], "sop-legal-basis", {o.sop->doc.start.file, 30, 1},
              "`legal_basis` is empty: name the regulations the SOP follows (dasar hukum)");
}

TEST_CASE("sop-metadata: one report a missing key, at the document's start") {
  One o;
  o.sop->number.reset();
  o.sop->approved_by.reset();
  o.sop->created.reset();
  o.sop->effective.reset();
  const auto out = run_rule(o.b.resolve(), "sop-metadata");
  REQUIRE(out.size() == 4);
  expect_diag(out[0], "sop-metadata", o.sop->doc.start,
              "no `number` (nomor SOP): the SOP AP format records it");
  CHECK(out[1].message == "no `approved_by` (disahkan oleh): the SOP AP format records it");
  CHECK(out[2].message == "no `created` (tanggal pembuatan): the SOP AP format records it");
  CHECK(out[3].message == "no `effective` (tanggal efektif): the SOP AP format records it");
  for (const auto& d : out) CHECK(d.loc == o.sop->doc.start);
}

TEST_CASE("sop-metadata: with a written approved or active status, sop-status reports those") {
  for (auto value : {SopStatus::Approved, SopStatus::Active}) {
    One o;
    o.sop->status = status(value);
    o.sop->approved_by.reset();
    o.sop->effective.reset();
    CHECK(run_rule(o.b.resolve(), "sop-metadata").empty());
  }
  One draft;
  draft.sop->status = status(SopStatus::Draft);
  draft.sop->approved_by.reset();
  CHECK(run_rule(draft.b.resolve(), "sop-metadata").size() == 1);
}

TEST_CASE("sop-metadata: `effective` or `revised` before `created`, at that date") {
  One o;
  o.sop->effective->value = {2024, 1, 9};
  o.sop->revised = model::Located<model::Date>{{2023, 12, 31}, {o.sop->doc.start.file, 40, 10}};
  const auto out = run_rule(o.b.resolve(), "sop-metadata");
  REQUIRE(out.size() == 2);
  expect_diag(out[0], "sop-metadata", o.sop->effective->loc,
              "`effective` 2024-01-09 is before `created` 2024-01-10");
  expect_diag(out[1], "sop-metadata", {o.sop->doc.start.file, 40, 10},
              "`revised` 2023-12-31 is before `created` 2024-01-10");
}

TEST_CASE("sop-not-routine: every duty below twice a year") {
  One o;
  auto& duties = o.b.repo.positions[0].duties;
  duties[0].volume->value.amount_micro = model::Volume::kScale;  // once a year
  duties[0].volume->value.period = model::Period::Plain;
  const auto out = run_rule(o.b.resolve(), "sop-not-routine");
  REQUIRE(out.size() == 1);
  expect_diag(out[0], "sop-not-routine", o.sop->duties.loc,
              "every duty this SOP carries out is done fewer than 2 times a year: an SOP is for "
              "routine, repeated work");
  o.sop->duties.items.push_back(model::Text{"b", {}});  // b: 12 a year
  CHECK(run_rule(o.b.resolve(), "sop-not-routine").empty());
  duties[1].volume.reset();  // without a volume: not counted as rare
  CHECK(run_rule(o.b.resolve(), "sop-not-routine").empty());
  duties[1].volume = model::Located<model::Volume>{
      {2 * model::Volume::kScale - 1, model::Period::Plain, "1.999999"}, {}};
  CHECK(run_rule(o.b.resolve(), "sop-not-routine").size() == 1);
  duties[1].volume->value.amount_micro = 2 * model::Volume::kScale;
  CHECK(run_rule(o.b.resolve(), "sop-not-routine").empty());
  // 0,15 a month is 1,8 a year (periods from tatakerja.yaml): rare.
  duties[1].volume =
      model::Located<model::Volume>{{150'000, model::Period::Month, "0,15/bulan"}, {}};
  CHECK(run_rule(o.b.resolve(), "sop-not-routine").size() == 1);
  o.b.repo.config.workload.periods.month = 14 * model::Periods::kScale;  // 2,1 a year
  CHECK(run_rule(o.b.resolve(), "sop-not-routine").empty());
}

TEST_CASE("sop-review-due: more than six calendar months after `revised`, else `effective`") {
  One o;
  o.b.resolve();
  CHECK(run_rule(o.b.repo, "sop-review-due").empty());  // no date: nothing to compare with
  CHECK(run_rule(o.b.repo, "sop-review-due", on({2024, 8, 1})).empty());  // exactly six months
  auto out = run_rule(o.b.repo, "sop-review-due", on({2024, 8, 2}));
  REQUIRE(out.size() == 1);
  expect_diag(out[0], "sop-review-due", o.sop->effective->loc,
              "`effective` 2024-02-01 is more than six months ago: review the SOP (SOP AP is "
              "monitored and evaluated every six months)");
  o.sop->revised = model::Located<model::Date>{{2023, 8, 31}, {o.sop->doc.start.file, 50, 10}};
  CHECK(run_rule(o.b.repo, "sop-review-due", on({2024, 2, 29})).empty());  // clamped to 02-29
  out = run_rule(o.b.repo, "sop-review-due", on({2024, 3, 1}));
  REQUIRE(out.size() == 1);
  CHECK(out[0].loc == o.sop->revised->loc);
  CHECK(out[0].message.starts_with("`revised` 2023-08-31 is more than six months ago"));
}

TEST_CASE("sop-review-due: an SOP never revised nor dated effective falls back to `created`") {
  One o;
  o.sop->effective.reset();
  o.sop->created = model::Located<model::Date>{{2016, 3, 1}, {o.sop->doc.start.file, 40, 10}};
  o.b.resolve();
  const auto out = run_rule(o.b.repo, "sop-review-due", on({2024, 8, 2}));
  REQUIRE(out.size() == 1);
  expect_diag(out[0], "sop-review-due", o.sop->created->loc,
              "`created` 2016-03-01 is more than six months ago: review the SOP (SOP AP is "
              "monitored and evaluated every six months)");
}

TEST_CASE("sop-metadata: a `number` with an empty part between its `/`") {
  One o;
  o.b.resolve();
  for (const char* number : {"Kw.08.1/1.e/ /2016", "Kw.08.1//2016", "B-1/ \t/Kk.11/2018"}) {
    CAPTURE(number);
    o.sop->number = model::Text{number, {o.sop->doc.start.file, 30, 9}};
    const auto out = run_rule(o.b.repo, "sop-metadata");
    REQUIRE(out.size() == 1);
    expect_diag(out[0], "sop-metadata", o.sop->number->loc,
                fmt::format("`number` `{}` has an empty part between its `/` separators: fill "
                            "in the nomor SOP",
                            tatakerja::util::escape_control(number)));
  }
  for (const char* number : {"Kw.08.1/1.e/123/2016", "B-123/Kk.11.15/2018", "SOP-01", "/2016",
                             "Kw.08/2016/", "12 / 2016"}) {
    CAPTURE(number);
    o.sop->number = model::Text{number, {o.sop->doc.start.file, 30, 9}};
    CHECK(run_rule(o.b.repo, "sop-metadata").empty());
  }
}

TEST_CASE("sop-legal-basis-duplicate: the same entry twice, case, spacing and punctuation folded") {
  One o;
  o.sop->legal_basis.present = true;
  o.sop->legal_basis.items.clear();
  std::uint32_t line = 60;
  for (const char* entry : {"Undang-Undang Nomor 5 Tahun 2014", "PP Nomor 11 Tahun 2017",
                            "undang-undang  nomor 5 tahun 2014.", "PP Nomor 11 Tahun 2017"}) {
    o.sop->legal_basis.items.push_back(model::Text{entry, {o.sop->doc.start.file, line++, 5}});
  }
  o.b.resolve();
  const auto out = run_rule(o.b.repo, "sop-legal-basis-duplicate");
  REQUIRE(out.size() == 2);
  expect_diag(out[0], "sop-legal-basis-duplicate", o.sop->legal_basis.items[2].loc,
              "this `legal_basis` entry repeats entry 1 (case, spacing and punctuation folded): "
              "list each regulation once");
  CHECK(out[1].loc == o.sop->legal_basis.items[3].loc);
  CHECK(out[1].message.starts_with("this `legal_basis` entry repeats entry 2 "));
  o.sop->legal_basis.items.resize(2);
  CHECK(run_rule(o.b.repo, "sop-legal-basis-duplicate").empty());
}

TEST_CASE("sop-status: a written approved or active status needs approval and a date") {
  One o;
  o.sop->status = status(SopStatus::Active, {o.sop->doc.start.file, 60, 9});
  o.sop->approved_by.reset();
  o.sop->effective.reset();
  auto out = run_rule(o.b.resolve(), "sop-status");
  REQUIRE(out.size() == 1);
  expect_diag(out[0], "sop-status", {o.sop->doc.start.file, 60, 9},
              "status `active` needs `approved_by` and `effective`: an SOP is in force only once "
              "approved and dated");
  o.sop->status->value = SopStatus::Approved;
  o.sop->effective = model::Located<model::Date>{{2024, 2, 1}, {}};
  out = run_rule(o.b.repo, "sop-status");
  REQUIRE(out.size() == 1);
  CHECK(out[0].message ==
        "status `approved` needs `approved_by`: an SOP is in force only once "
        "approved and dated");
  o.sop->status->value = SopStatus::Review;
  CHECK(run_rule(o.b.repo, "sop-status").empty());
  o.sop->status.reset();  // not written: sop-metadata's
  CHECK(run_rule(o.b.repo, "sop-status").empty());
}

TEST_CASE("review rules skip archived SOPs") {
  One o;
  o.sop->status = status(SopStatus::Archived);
  o.sop->legal_basis = {};
  o.sop->number.reset();
  o.b.repo.positions[0].duties[0].volume->value.amount_micro = 0;
  o.b.resolve();
  for (const char* rule : {"sop-legal-basis", "sop-metadata", "sop-not-routine", "sop-status"}) {
    CAPTURE(rule);
    CHECK(run_rule(o.b.repo, rule).empty());
  }
  CHECK(run_rule(o.b.repo, "sop-review-due", on({2030, 1, 1})).empty());
}
