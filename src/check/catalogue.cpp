// The rule catalogue: one row a rule of rules.md, in its order, plus
// unused-suppression. Adding a rule is adding its id to diag/rules.hpp, then
// a row here and its check function.
#include <array>

#include "checks.hpp"
#include "explanations.hpp"
#include "tatakerja/diag/rules.hpp"

namespace tatakerja::check {

namespace {

namespace x = explain;

namespace rules = diag::rules;

Rule row(const diag::RuleId& id, CheckFn check) {
  const x::Explanation text = x::explanation_of(id.id);
  return Rule{id.id, id.severity, text.summary, text.what, text.why, text.wrong, text.fixed, check};
}

// Built on first use.
const std::array<Rule, rules::kAll.size()>& table() {
  static const std::array<Rule, rules::kAll.size()> kRules{
      // Files and schema (reported while loading and resolving)
      row(rules::kYamlSyntax, nullptr),
      row(rules::kEncoding, nullptr),
      row(rules::kSchema, nullptr),
      row(rules::kDuplicateKey, nullptr),
      row(rules::kEmptyFile, nullptr),
      row(rules::kIdCaseCollision, check_id_case_collision),
      row(rules::kHierarchyCycle, check_hierarchy_cycle),
      row(rules::kDuplicateId, nullptr),
      row(rules::kUnknownReference, nullptr),
      row(rules::kConfig, nullptr),
      // SOPs stay within their duties
      row(rules::kSopWithoutDuty, check_sop_without_duty),
      row(rules::kSopDutyNotOwned, check_sop_duty_not_owned),
      row(rules::kSopCountExceedsDuties, check_sop_count_exceeds_duties),
      row(rules::kSopDuplicate, check_sop_duplicate),
      row(rules::kDutyWithoutSop, check_duty_without_sop),
      // Clear steps and outputs
      row(rules::kSopNoSteps, check_sop_no_steps),
      row(rules::kSopOutputMissing, check_sop_output_missing),
      row(rules::kStepActorMissing, check_step_actor_missing),
      row(rules::kStepOutputMissing, check_step_output_missing),
      row(rules::kStepTimeMissing, check_step_time_missing),
      row(rules::kStepVagueWording, check_step_vague_wording),
      row(rules::kStepActivityUnclear, check_step_activity_unclear),
      row(rules::kStepActivityNominal, check_step_activity_nominal),
      row(rules::kStepHiddenDecision, check_step_hidden_decision),
      row(rules::kFlowUnreachable, check_flow_unreachable),
      row(rules::kFlowNoEnd, check_flow_no_end),
      row(rules::kFlowDecision, check_flow_decision),
      row(rules::kSopTimeExceedsStandard, check_sop_time_exceeds_standard),
      // Plenary review, metadata and routine
      row(rules::kSopLegalBasis, check_sop_legal_basis),
      row(rules::kSopMetadata, check_sop_metadata),
      row(rules::kSopRelatedSelf, check_sop_related_self),
      row(rules::kSopRelatedUnresolved, check_sop_related_unresolved),
      row(rules::kSopLegalBasisDuplicate, check_sop_legal_basis_duplicate),
      row(rules::kSopTotalTime, check_sop_total_time),
      row(rules::kSopNotRoutine, check_sop_not_routine),
      row(rules::kSopReviewDue, check_sop_review_due),
      row(rules::kSopStatus, check_sop_status),
      // Positions, employees and workload
      row(rules::kPositionWithoutDuties, check_position_without_duties),
      row(rules::kDutyWorkloadMissing, check_duty_workload_missing),
      row(rules::kDutyUnassigned, check_duty_unassigned),
      row(rules::kEmployeeWithoutDuty, check_employee_without_duty),
      row(rules::kStaffMismatch, check_staff_mismatch),
      // Reported when diagnostics are finalised (run.cpp)
      row(rules::kUnusedSuppression, nullptr),
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

}  // namespace tatakerja::check
