// The rule catalogue: one row a rule of rules.md, in its order, plus
// unused-suppression. Adding a rule is adding a row and its check function.
#include <array>

#include "checks.hpp"
#include "explanations.hpp"

namespace tatakerja::check {

namespace {

using diag::Severity;
namespace x = explain;

constexpr Severity E = Severity::Error;
constexpr Severity W = Severity::Warning;
constexpr Severity I = Severity::Info;
constexpr Severity Off = Severity::Off;

Rule row(std::string_view id, Severity severity, const x::Explanation& text, CheckFn check) {
  return Rule{id, severity, text.summary, text.what, text.why, text.wrong, text.fixed, check};
}

// Built on first use, after every explanation is initialised.
const std::array<Rule, 43>& table() {
  static const std::array<Rule, 43> kRules{
      // Files and schema (reported while loading and resolving)
      row("yaml-syntax", E, x::kYamlSyntax, nullptr),
      row("encoding", E, x::kEncoding, nullptr),
      row("schema", E, x::kSchema, nullptr),
      row("duplicate-key", E, x::kDuplicateKey, nullptr),
      row("empty-file", W, x::kEmptyFile, nullptr),
      row("id-case-collision", W, x::kIdCaseCollision, check_id_case_collision),
      row("hierarchy-cycle", E, x::kHierarchyCycle, check_hierarchy_cycle),
      row("duplicate-id", E, x::kDuplicateId, nullptr),
      row("unknown-reference", E, x::kUnknownReference, nullptr),
      row("config", E, x::kConfig, nullptr),
      // SOPs stay within their duties
      row("sop-without-duty", E, x::kSopWithoutDuty, check_sop_without_duty),
      row("sop-duty-not-owned", E, x::kSopDutyNotOwned, check_sop_duty_not_owned),
      row("sop-count-exceeds-duties", E, x::kSopCountExceedsDuties, check_sop_count_exceeds_duties),
      row("sop-duplicate", W, x::kSopDuplicate, check_sop_duplicate),
      row("duty-without-sop", W, x::kDutyWithoutSop, check_duty_without_sop),
      // Clear steps and outputs
      row("sop-no-steps", E, x::kSopNoSteps, check_sop_no_steps),
      row("sop-output-missing", E, x::kSopOutputMissing, check_sop_output_missing),
      row("step-actor-missing", E, x::kStepActorMissing, check_step_actor_missing),
      row("step-output-missing", E, x::kStepOutputMissing, check_step_output_missing),
      row("step-time-missing", W, x::kStepTimeMissing, check_step_time_missing),
      row("step-vague-wording", W, x::kStepVagueWording, check_step_vague_wording),
      row("step-activity-unclear", W, x::kStepActivityUnclear, check_step_activity_unclear),
      row("step-activity-nominal", I, x::kStepActivityNominal, check_step_activity_nominal),
      row("step-hidden-decision", W, x::kStepHiddenDecision, check_step_hidden_decision),
      row("flow-unreachable", E, x::kFlowUnreachable, check_flow_unreachable),
      row("flow-no-end", E, x::kFlowNoEnd, check_flow_no_end),
      row("flow-decision", E, x::kFlowDecision, check_flow_decision),
      row("sop-time-exceeds-standard", W, x::kSopTimeExceedsStandard,
          check_sop_time_exceeds_standard),
      // Plenary review, metadata and routine
      row("sop-legal-basis", W, x::kSopLegalBasis, check_sop_legal_basis),
      row("sop-metadata", W, x::kSopMetadata, check_sop_metadata),
      row("sop-related-self", W, x::kSopRelatedSelf, check_sop_related_self),
      row("sop-related-unresolved", I, x::kSopRelatedUnresolved, check_sop_related_unresolved),
      row("sop-legal-basis-duplicate", W, x::kSopLegalBasisDuplicate,
          check_sop_legal_basis_duplicate),
      row("sop-total-time", W, x::kSopTotalTime, check_sop_total_time),
      row("sop-not-routine", W, x::kSopNotRoutine, check_sop_not_routine),
      row("sop-review-due", Off, x::kSopReviewDue, check_sop_review_due),
      row("sop-status", E, x::kSopStatus, check_sop_status),
      // Positions, employees and workload
      row("position-without-duties", E, x::kPositionWithoutDuties, check_position_without_duties),
      row("duty-workload-missing", W, x::kDutyWorkloadMissing, check_duty_workload_missing),
      row("duty-unassigned", W, x::kDutyUnassigned, check_duty_unassigned),
      row("employee-without-duty", W, x::kEmployeeWithoutDuty, check_employee_without_duty),
      row("staff-mismatch", W, x::kStaffMismatch, check_staff_mismatch),
      // Reported when diagnostics are finalised (run.cpp)
      row("unused-suppression", W, x::kUnusedSuppression, nullptr),
  };
  return kRules;
}

}  // namespace

std::span<const Rule> rules() {
  return table();
}

const Rule* find_rule(std::string_view id) {
  for (const Rule& rule : table()) {
    if (rule.id == id) return &rule;
  }
  return nullptr;
}

std::vector<std::string_view> rule_ids() {
  std::vector<std::string_view> ids;
  for (const Rule& rule : table()) ids.push_back(rule.id);
  return ids;
}

}  // namespace tatakerja::check
