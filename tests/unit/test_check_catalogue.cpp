#include <doctest/doctest.h>

#include <set>
#include <string>
#include <utility>

#include "tatakerja/check/rule.hpp"
#include "tatakerja/diag/rules.hpp"

using tatakerja::check::find_rule;
using tatakerja::check::rules;
using tatakerja::diag::Severity;

namespace {

// Every id of rules.md, with its default severity (the ids are fixed: users
// write them in config files and CI scripts).
const std::pair<const char*, Severity> kRulesMd[] = {
    {"yaml-syntax", Severity::Error},
    {"encoding", Severity::Error},
    {"schema", Severity::Error},
    {"duplicate-key", Severity::Error},
    {"empty-file", Severity::Warning},
    {"id-case-collision", Severity::Warning},
    {"hierarchy-cycle", Severity::Error},
    {"duplicate-id", Severity::Error},
    {"unknown-reference", Severity::Error},
    {"config", Severity::Error},
    {"sop-without-duty", Severity::Error},
    {"sop-duty-not-owned", Severity::Error},
    {"sop-count-exceeds-duties", Severity::Error},
    {"sop-duplicate", Severity::Warning},
    {"duty-without-sop", Severity::Warning},
    {"sop-no-steps", Severity::Error},
    {"sop-output-missing", Severity::Error},
    {"step-actor-missing", Severity::Error},
    {"step-output-missing", Severity::Error},
    {"step-time-missing", Severity::Warning},
    {"step-vague-wording", Severity::Warning},
    {"step-activity-unclear", Severity::Warning},
    {"step-activity-nominal", Severity::Info},
    {"step-hidden-decision", Severity::Warning},
    {"flow-unreachable", Severity::Error},
    {"flow-no-end", Severity::Error},
    {"flow-decision", Severity::Error},
    {"sop-time-exceeds-standard", Severity::Warning},
    {"sop-legal-basis", Severity::Warning},
    {"sop-metadata", Severity::Warning},
    {"sop-related-self", Severity::Warning},
    {"sop-related-unresolved", Severity::Info},
    {"sop-legal-basis-duplicate", Severity::Warning},
    {"sop-total-time", Severity::Warning},
    {"sop-not-routine", Severity::Warning},
    {"sop-review-due", Severity::Off},
    {"sop-status", Severity::Error},
    {"position-without-duties", Severity::Error},
    {"duty-workload-missing", Severity::Warning},
    {"duty-unassigned", Severity::Warning},
    {"employee-without-duty", Severity::Warning},
    {"staff-mismatch", Severity::Warning},
};

const std::set<std::string> kReportedByLoader = {
    "yaml-syntax",  "encoding",          "schema", "duplicate-key",     "empty-file",
    "duplicate-id", "unknown-reference", "config", "unused-suppression"};

}  // namespace

TEST_CASE("check catalogue: every rule of rules.md, with its default severity") {
  for (const auto& [rule_id, severity] : kRulesMd) {
    const char* id = rule_id;  // clang 14 cannot capture a structured binding (CAPTURE)
    CAPTURE(id);
    const auto* rule = find_rule(id);
    REQUIRE(rule != nullptr);
    CHECK(rule->default_severity == severity);
  }
  const auto* unused = find_rule("unused-suppression");
  REQUIRE(unused != nullptr);
  CHECK(unused->default_severity == Severity::Warning);
  CHECK(rules().size() == std::size(kRulesMd) + 1);
}

TEST_CASE("check catalogue: ids are unique and unknown ids are not found") {
  std::set<std::string_view> ids;
  for (const auto& rule : rules()) CHECK(ids.insert(rule.id).second);
  CHECK(find_rule("no-such-rule") == nullptr);
  CHECK(find_rule("") == nullptr);
  CHECK(find_rule("Schema") == nullptr);
}

TEST_CASE("check catalogue: loader rules have no check function, the others have one") {
  for (const auto& rule : rules()) {
    CAPTURE(rule.id);
    CHECK((rule.check == nullptr) == kReportedByLoader.contains(std::string(rule.id)));
  }
}

TEST_CASE("check catalogue: every rule is explained, with a wrong and a fixed example") {
  for (const auto& rule : rules()) {
    CAPTURE(rule.id);
    CHECK_FALSE(rule.summary.empty());
    CHECK_FALSE(rule.what.empty());
    CHECK_FALSE(rule.why.empty());
    CHECK_FALSE(rule.wrong.empty());
    CHECK_FALSE(rule.fixed.empty());
    CHECK(rule.fixed != rule.wrong);
    CHECK(rule.summary.back() != '.');
    CHECK(rule.summary.find('\n') == std::string_view::npos);
    CHECK(rule.fixed.back() == '\n');
  }
}

TEST_CASE("check catalogue: each why cites its source") {
  for (const auto& rule : rules()) {
    CAPTURE(rule.id);
    const bool cites = rule.why.find("Permenpan-RB") != std::string_view::npos ||
                       rule.why.find("plenary review") != std::string_view::npos ||
                       rule.why.find("\"SOP dibuat") != std::string_view::npos ||
                       rule.why.find("dibagi habis") != std::string_view::npos ||
                       rule.why.find("format.md") != std::string_view::npos ||
                       rule.why.find("every employee is given") != std::string_view::npos ||
                       rule.why.find("Every employee is given") != std::string_view::npos;
    if (!kReportedByLoader.contains(std::string(rule.id))) CHECK(cites);
  }
}

TEST_CASE("check catalogue: one row a typed rule id of diag/rules.hpp, in its order") {
  namespace ids = tatakerja::diag::rules;
  REQUIRE(rules().size() == ids::kAll.size());
  for (std::size_t i = 0; i < ids::kAll.size(); ++i) {
    CAPTURE(i);
    CHECK(rules()[i].id == ids::kAll[i].id);
    CHECK(rules()[i].default_severity == ids::kAll[i].severity);
    CHECK(tatakerja::diag::find_rule_id(ids::kAll[i].id) == &ids::kAll[i]);
  }
  CHECK(tatakerja::diag::find_rule_id("Schema") == nullptr);
}
