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
  CHECK(c.workload.periods.day == 240);
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
  read_config("organisation: Kantor\nlanguage: jv\nworkload: {effective_hours: 0, rounding: half}\n"
              "rules: {step-time-missing: loud}\n",
              0, out);
  CHECK(messages(out) ==
        "1:1 config unknown key `organisation` in tatakerja.yaml; did you mean `organization`?\n"
        "2:11 config `language` must be `id` or `en`\n"
        "3:29 config `effective_hours` must be greater than zero\n"
        "3:42 config `rounding` must be `nearest`, `up` or `down`\n"
        "4:28 config `loud` is not a severity: use error, warning, info or off\n");
}

TEST_CASE("a tatakerja.yaml that is not a mapping") {
  tatakerja::diag::Diagnostics out;
  read_config("- organization\n", 0, out);
  CHECK(messages(out) == "1:1 config tatakerja.yaml must hold one mapping with at least `organization`\n");
}
