#include <doctest/doctest.h>

#include <string>

#include "tatakerja/load/loader.hpp"

using tatakerja::load::read_config;

namespace {

std::string messages(const tatakerja::diag::Diagnostics& diagnostics) {
  std::string out;
  for (const auto& d : diagnostics) {
    out += std::to_string(d.loc.line) + ":" + std::to_string(d.loc.column) + " " + d.rule + " " +
           d.message + "\n";
  }
  return out;
}

}  // namespace

TEST_CASE("every key of tatakerja.yaml is read") {
  tatakerja::diag::Diagnostics out;
  auto c = read_config(R"(organization: Kantor Kementerian Agama Kabupaten Grobogan
language: en
workload:
  effective_hours: 1200
  hours_per_day: 7.5
  rounding: up
  periods: {day: 240, week: 48, month: 12, year: 1}
  grades: {A: 1.00, B: 0.81, C: 0.70, D: 0.50}
rules:
  sop-legal-basis: error
  step-vague-wording: off
vague_words: [secukupnya]
include: ["sop/**/*.yaml"]
exclude: ["build/**", "out/**"]
handbook:
  title: Buku SOP
  logo: logo.png
  rows_per_page: 10
)",
                       0, out);
  CHECK(messages(out) == "");
  CHECK(c.organization == "Kantor Kementerian Agama Kabupaten Grobogan");
  CHECK(c.language == tatakerja::model::Language::En);
  CHECK(c.workload.effective_hours == 1200);
  CHECK(c.workload.hours_per_day.seconds == 27000);
  CHECK(c.workload.rounding == tatakerja::model::Rounding::Up);
  CHECK(c.workload.periods.day == 240 * tatakerja::model::Periods::kScale);
  CHECK(c.workload.grades.b == 810);
  CHECK(c.rules.at("step-vague-wording").value == tatakerja::diag::Severity::Off);
  CHECK(c.vague_words.size() == 1);
  CHECK(c.include == std::vector<std::string>{"sop/**/*.yaml"});
  CHECK(c.exclude.size() == 2);
  CHECK(c.handbook.rows_per_page == 10);
}

TEST_CASE("defaults when only the organization is given") {
  tatakerja::diag::Diagnostics out;
  auto c = read_config("organization: Kantor\n", 0, out);
  CHECK(out.empty());
  CHECK(c.workload.effective_hours == 1250);
  CHECK(c.workload.hours_per_day.seconds == 5 * 3600);
  CHECK(c.include.size() == 2);
}

TEST_CASE("problems in tatakerja.yaml are config diagnostics") {
  tatakerja::diag::Diagnostics out;
  read_config(
      "organisation: Kantor\nlanguage: jv\nworkload: {effective_hours: 0, rounding: half}\n"
      "rules: {step-time-missing: loud}\n",
      0, out);
  CHECK(messages(out) ==
        "1:1 config unknown key `organisation` in tatakerja.yaml; did you mean `organization`?\n"
        "2:11 config `language` must be `id` or `en`\n"
        "3:29 config `effective_hours` must be greater than zero\n"
        "3:42 config `rounding` must be `nearest`, `up` or `down`\n"
        "4:28 config `loud` is not a severity: use error, warning, info or off\n");
}

TEST_CASE("an unknown rule id in `rules:` is a config diagnostic, found while reading") {
  tatakerja::diag::Diagnostics out;
  const auto config = read_config(
      "organization: Kantor\nrules:\n  step-time-mising: off\n  zzz: error\n"
      "  sop-legal-basis: error\n",
      0, out);
  CHECK(messages(out) ==
        "3:3 config `step-time-mising` is not a rule; did you mean `step-time-missing`? "
        "(`tatakerja explain` lists the rules)\n"
        "4:3 config `zzz` is not a rule (`tatakerja explain` lists the rules)\n");
  REQUIRE(out.size() == 2);
  CHECK(out[0].suggestion == "step-time-missing");
  CHECK(config.rules.size() == 1);
}

TEST_CASE("a tatakerja.yaml that is not a mapping") {
  tatakerja::diag::Diagnostics out;
  read_config("- organization\n", 0, out);
  CHECK(messages(out) ==
        "1:1 config tatakerja.yaml must hold one mapping with at least `organization`\n");
}

TEST_CASE("workload.method sets the effective hours and periods that are not written") {
  using tatakerja::model::Periods;
  constexpr auto k = Periods::kScale;
  tatakerja::diag::Diagnostics out;
  auto bkn = read_config("organization: Kantor\nworkload: {method: perka-bkn-19-2011}\n", 0, out);
  CHECK(messages(out) == "");
  CHECK(bkn.workload.method == tatakerja::model::Method::PerkaBkn2011);
  CHECK(bkn.workload.effective_hours == 1200);
  CHECK(bkn.workload.periods.day == 240 * k);
  CHECK(bkn.workload.periods.week == 48 * k);
  CHECK(bkn.workload.periods.month == 12 * k);
  // A key written in tatakerja.yaml wins over the method's, before or after it.
  auto mixed = read_config(
      "organization: Kantor\nworkload:\n  effective_hours: 1250\n  method: perka-bkn-19-2011\n"
      "  periods: {month: 12.5}\n",
      0, out);
  CHECK(messages(out) == "");
  CHECK(mixed.workload.effective_hours == 1250);
  CHECK(mixed.workload.periods.month == 12'500'000);
  CHECK(mixed.workload.periods.day == 240 * k);
  auto plain = read_config("organization: Kantor\nworkload: {periods: {day: 240}}\n", 0, out);
  CHECK(plain.workload.effective_hours == 1250);
  CHECK(plain.workload.periods.day == 240 * k);
  CHECK(plain.workload.periods.week == 50 * k);
}

TEST_CASE("workload.effective_time and minimum_needed") {
  tatakerja::diag::Diagnostics out;
  auto c = read_config(
      "organization: Kantor\nworkload:\n  minimum_needed: 1\n"
      "  effective_time: {day: 300 menit, week: 1500m, month: 6000 menit, year: 1200 jam}\n",
      0, out);
  CHECK(messages(out) == "");
  CHECK(c.workload.minimum_needed == 1);
  CHECK(c.workload.effective_time.day->seconds == 300 * 60);
  CHECK(c.workload.effective_time.week->seconds == 1500 * 60);
  CHECK(c.workload.effective_time.month->seconds == 6000 * 60);
  CHECK(c.workload.effective_time.year->seconds == 1200 * 3600);
  CHECK(c.workload.effective_time.of(tatakerja::model::Period::Plain)->seconds == 1200 * 3600);
  auto d = read_config("organization: Kantor\n", 0, out);
  CHECK(d.workload.minimum_needed == 0);
  CHECK_FALSE(d.workload.effective_time.month);
}

TEST_CASE("bad workload.method, effective_time, periods and minimum_needed") {
  tatakerja::diag::Diagnostics out;
  read_config(
      "organization: Kantor\nworkload:\n  method: bkn\n  effective_time: {month: 0m, fortnight: "
      "10h}\n"
      "  periods: {month: 0, day: 12.1234567, week: -1}\n  minimum_needed: 1.5\n",
      0, out);
  CHECK(messages(out) ==
        "3:11 config `method` must be `permenpan-rb-1-2020` or `perka-bkn-19-2011`\n"
        "4:27 config `month` must be longer than zero\n"
        "4:31 config unknown key `fortnight` in `effective_time`\n"
        "5:20 config `month` must be greater than zero\n"
        "5:28 config `12.1234567` has too many decimals (at most 6)\n"
        "5:46 config `-1` must not be negative\n"
        "6:19 config `1.5` is not a whole number; write a whole number in plain decimal, e.g. "
        "`12`\n");
}
