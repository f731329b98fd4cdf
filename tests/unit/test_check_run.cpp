#include <doctest/doctest.h>

#include "finding.hpp"
#include "repo_builder.hpp"
#include "tatakerja/check/run.hpp"

using namespace tatakerja;
using diag::Severity;
using test::clean_repository;
using test::RepoBuilder;

namespace {

std::map<std::string, Severity> defaults() {
  return check::effective_severities({}, {});
}

diag::Diagnostics check_all(const model::Repository& repo,
                            const std::map<std::string, Severity>& severities) {
  check::CheckOptions options;
  options.today = model::Date{2024, 6, 1};
  diag::Diagnostics out;
  check::run_checks(repo, options, severities, out);
  return check::finalise(repo, severities, std::move(out));
}

model::Suppression suppression(model::DocumentInfo& doc, RepoBuilder& b, const std::string& rule) {
  return model::Suppression{model::Text{rule, b.next(doc, 5)}, std::nullopt};
}

}  // namespace

TEST_CASE("run_checks: every rule is silent on a correct repository") {
  const auto b = clean_repository();
  auto severities = defaults();
  severities["sop-review-due"] = Severity::Warning;
  const auto out = check_all(b.repo, severities);
  for (const auto& d : out) FAIL_CHECK(d.rule << ": " << d.message);
}

TEST_CASE("run_checks: rules that are off are not run") {
  auto b = clean_repository();
  b.repo.sops[0].steps[0].time.reset();
  auto severities = defaults();
  diag::Diagnostics out;
  check::run_checks(b.repo, {}, severities, out);
  REQUIRE(out.size() == 1);
  CHECK(out[0].rule == "step-time-missing");
  severities["step-time-missing"] = Severity::Off;
  out.clear();
  check::run_checks(b.repo, {}, severities, out);
  CHECK(out.empty());
}

TEST_CASE("Reporter: stamps its rule on everything reported") {
  diag::Diagnostics out;
  check::Reporter reporter("flow-decision", out);
  reporter.report({1, 2, 3}, "message", "suggestion");
  reporter.report(finding("other", {1, 4, 5}, "again"));
  REQUIRE(out.size() == 2);
  CHECK(out[0].rule == "flow-decision");
  CHECK(out[0].suggestion == "suggestion");
  CHECK(out[1].rule == "flow-decision");
  CHECK(out[1].message == "again");
}

TEST_CASE("effective_severities: default, then tatakerja.yaml, then the command line") {
  model::Config config;
  config.rules["sop-legal-basis"] = {Severity::Error, {}};
  config.rules["step-time-missing"] = {Severity::Off, {}};
  config.rules["no-such-rule"] = {Severity::Error, {}};  // a `config` error elsewhere
  const auto severities =
      check::effective_severities(config, {{"step-time-missing", Severity::Info}});
  CHECK(severities.at("schema") == Severity::Error);
  CHECK(severities.at("sop-review-due") == Severity::Off);
  CHECK(severities.at("sop-legal-basis") == Severity::Error);
  CHECK(severities.at("step-time-missing") == Severity::Info);
  CHECK_FALSE(severities.contains("no-such-rule"));
  CHECK(severities.size() == check::rules().size());
}

TEST_CASE("finalise: sets severities, drops what is off, sorts") {
  RepoBuilder b;
  auto severities = defaults();
  severities["sop-metadata"] = Severity::Off;
  severities["step-time-missing"] = Severity::Info;
  diag::Diagnostics in{finding("step-time-missing", {2, 5, 1}, "b"),
                       finding("sop-metadata", {1, 1, 1}, "off"), finding("schema", {2, 1, 3}, "a"),
                       finding("loader-only", {1, 9, 1}, "unknown rule ids stay errors")};
  const auto out = check::finalise(b.repo, severities, in);
  REQUIRE(out.size() == 3);
  CHECK(out[0].rule == "loader-only");
  CHECK(out[0].severity == Severity::Error);
  CHECK(out[1].rule == "schema");
  CHECK(out[1].severity == Severity::Error);
  CHECK(out[2].rule == "step-time-missing");
  CHECK(out[2].severity == Severity::Info);
}

TEST_CASE("finalise: a document's `suppress:` silences its rules on its own lines") {
  RepoBuilder b;
  b.position("analis", {"a"});
  auto& sop = b.sop("cuti", "analis", {"a"}, 2);
  auto& other = b.sop("lain", "analis", {"a"}, 1);
  sop.doc.suppress.push_back(suppression(sop.doc, b, "step-time-missing"));
  sop.doc.suppress.push_back(
      {model::Text{"sop-duplicate", b.next(sop.doc, 11)}, model::Text{"reason", {}}});
  const auto file = sop.doc.start.file;
  diag::Diagnostics in{finding("step-time-missing", sop.steps[0].loc, "silenced"),
                       finding("step-time-missing", sop.steps[1].loc, "silenced too"),
                       finding("step-time-missing", other.steps[0].loc, "other document"),
                       finding("step-time-missing", {file, sop.doc.end_line + 1, 1}, "after"),
                       finding("step-output-missing", sop.steps[0].loc, "another rule")};
  const auto out = check::finalise(b.repo, defaults(), in);
  REQUIRE(out.size() == 4);
  CHECK(out[0].message == "another rule");
  CHECK(out[1].rule == "unused-suppression");
  CHECK(out[1].loc == sop.doc.suppress[1].rule.loc);
  CHECK(out[1].severity == Severity::Warning);
  CHECK(out[1].message == "suppression of `sop-duplicate` silences nothing");
  CHECK(out[2].message == "after");
  CHECK(out[3].message == "other document");
}

TEST_CASE("finalise: suppressions of unknown rules, of rules off, of unused-suppression") {
  RepoBuilder b;
  auto& unit = b.unit("kantor");
  unit.doc.suppress.push_back(suppression(unit.doc, b, "step-time-mising"));
  unit.doc.suppress.push_back(suppression(unit.doc, b, "zzz"));
  unit.doc.suppress.push_back(suppression(unit.doc, b, "sop-review-due"));  // off: not reported
  unit.doc.suppress.push_back(suppression(unit.doc, b, "unused-suppression"));
  diag::Diagnostics in{finding("unused-suppression", {1, 3, 1}, "cannot be silenced")};
  auto out = check::finalise(b.repo, defaults(), in);
  REQUIRE(out.size() == 4);
  CHECK(out[0].message == "cannot be silenced");
  CHECK(out[1].message == "`step-time-mising` is not a rule; did you mean `step-time-missing`?");
  CHECK(out[1].suggestion == "step-time-missing");
  CHECK(out[1].loc == unit.doc.suppress[0].rule.loc);
  CHECK(out[2].message == "`zzz` is not a rule");
  CHECK(out[2].suggestion.empty());
  CHECK(out[3].message == "`unused-suppression` cannot be suppressed");
  auto severities = defaults();
  severities["unused-suppression"] = Severity::Off;
  out = check::finalise(b.repo, severities, {});
  CHECK(out.empty());
}

TEST_CASE("finalise: a suppression in one document does not reach the next in its file") {
  RepoBuilder b;
  auto& first = b.unit("satu");
  auto& second = b.unit("dua");
  second.doc.start = {first.doc.start.file, first.doc.end_line + 2, 1};  // after `---`
  second.doc.end_line = second.doc.start.line + 3;
  first.doc.suppress.push_back(suppression(first.doc, b, "id-case-collision"));
  diag::Diagnostics in{
      finding("id-case-collision", {first.doc.start.file, second.doc.start.line + 1, 5}, "x")};
  const auto out = check::finalise(b.repo, defaults(), in);
  REQUIRE(out.size() == 2);
  CHECK(out[0].rule == "unused-suppression");
  CHECK(out[1].message == "x");
}
