// The rule ids and their default severities: one typed constant a rule of
// rules.md, in its order. Every stage that reports a finding names its rule
// by one of these (a misspelt id does not compile); check/ adds what each
// rule checks and why (the catalogue, `tatakerja explain`).
#pragma once

#include <array>
#include <string>
#include <string_view>

#include "tatakerja/diag/diagnostic.hpp"

namespace tatakerja::diag {

struct RuleId {
  std::string_view id;
  Severity severity;  // by default, before `rules:` and --rule
};

namespace rules {

inline constexpr RuleId kYamlSyntax{"yaml-syntax", Severity::Error};
inline constexpr RuleId kEncoding{"encoding", Severity::Error};
inline constexpr RuleId kSchema{"schema", Severity::Error};
inline constexpr RuleId kDuplicateKey{"duplicate-key", Severity::Error};
inline constexpr RuleId kEmptyFile{"empty-file", Severity::Warning};
inline constexpr RuleId kIdCaseCollision{"id-case-collision", Severity::Warning};
inline constexpr RuleId kHierarchyCycle{"hierarchy-cycle", Severity::Error};
inline constexpr RuleId kDuplicateId{"duplicate-id", Severity::Error};
inline constexpr RuleId kUnknownReference{"unknown-reference", Severity::Error};
inline constexpr RuleId kConfig{"config", Severity::Error};
inline constexpr RuleId kSopWithoutDuty{"sop-without-duty", Severity::Error};
inline constexpr RuleId kSopDutyNotOwned{"sop-duty-not-owned", Severity::Error};
inline constexpr RuleId kSopCountExceedsDuties{"sop-count-exceeds-duties", Severity::Error};
inline constexpr RuleId kSopDuplicate{"sop-duplicate", Severity::Warning};
inline constexpr RuleId kDutyWithoutSop{"duty-without-sop", Severity::Warning};
inline constexpr RuleId kSopNoSteps{"sop-no-steps", Severity::Error};
inline constexpr RuleId kSopOutputMissing{"sop-output-missing", Severity::Error};
inline constexpr RuleId kStepActorMissing{"step-actor-missing", Severity::Error};
inline constexpr RuleId kStepOutputMissing{"step-output-missing", Severity::Error};
inline constexpr RuleId kStepTimeMissing{"step-time-missing", Severity::Warning};
inline constexpr RuleId kStepVagueWording{"step-vague-wording", Severity::Warning};
inline constexpr RuleId kStepActivityUnclear{"step-activity-unclear", Severity::Warning};
inline constexpr RuleId kStepActivityNominal{"step-activity-nominal", Severity::Info};
inline constexpr RuleId kStepHiddenDecision{"step-hidden-decision", Severity::Warning};
inline constexpr RuleId kFlowUnreachable{"flow-unreachable", Severity::Error};
inline constexpr RuleId kFlowNoEnd{"flow-no-end", Severity::Error};
inline constexpr RuleId kFlowDecision{"flow-decision", Severity::Error};
inline constexpr RuleId kSopTimeExceedsStandard{"sop-time-exceeds-standard", Severity::Warning};
inline constexpr RuleId kSopLegalBasis{"sop-legal-basis", Severity::Warning};
inline constexpr RuleId kSopMetadata{"sop-metadata", Severity::Warning};
inline constexpr RuleId kSopRelatedSelf{"sop-related-self", Severity::Warning};
inline constexpr RuleId kSopRelatedUnresolved{"sop-related-unresolved", Severity::Info};
inline constexpr RuleId kSopLegalBasisDuplicate{"sop-legal-basis-duplicate", Severity::Warning};
inline constexpr RuleId kSopTotalTime{"sop-total-time", Severity::Warning};
inline constexpr RuleId kSopNotRoutine{"sop-not-routine", Severity::Warning};
inline constexpr RuleId kSopReviewDue{"sop-review-due", Severity::Off};
inline constexpr RuleId kSopStatus{"sop-status", Severity::Error};
inline constexpr RuleId kPositionWithoutDuties{"position-without-duties", Severity::Error};
inline constexpr RuleId kDutyWorkloadMissing{"duty-workload-missing", Severity::Warning};
inline constexpr RuleId kDutyUnassigned{"duty-unassigned", Severity::Warning};
inline constexpr RuleId kEmployeeWithoutDuty{"employee-without-duty", Severity::Warning};
inline constexpr RuleId kStaffMismatch{"staff-mismatch", Severity::Warning};
inline constexpr RuleId kUnusedSuppression{"unused-suppression", Severity::Warning};

// Every rule, in the order of rules.md (unused-suppression last).
inline constexpr std::array kAll{
    kYamlSyntax,
    kEncoding,
    kSchema,
    kDuplicateKey,
    kEmptyFile,
    kIdCaseCollision,
    kHierarchyCycle,
    kDuplicateId,
    kUnknownReference,
    kConfig,
    kSopWithoutDuty,
    kSopDutyNotOwned,
    kSopCountExceedsDuties,
    kSopDuplicate,
    kDutyWithoutSop,
    kSopNoSteps,
    kSopOutputMissing,
    kStepActorMissing,
    kStepOutputMissing,
    kStepTimeMissing,
    kStepVagueWording,
    kStepActivityUnclear,
    kStepActivityNominal,
    kStepHiddenDecision,
    kFlowUnreachable,
    kFlowNoEnd,
    kFlowDecision,
    kSopTimeExceedsStandard,
    kSopLegalBasis,
    kSopMetadata,
    kSopRelatedSelf,
    kSopRelatedUnresolved,
    kSopLegalBasisDuplicate,
    kSopTotalTime,
    kSopNotRoutine,
    kSopReviewDue,
    kSopStatus,
    kPositionWithoutDuties,
    kDutyWorkloadMissing,
    kDutyUnassigned,
    kEmployeeWithoutDuty,
    kStaffMismatch,
    kUnusedSuppression,
};

}  // namespace rules

// The rule with this id, or nullptr.
const RuleId* find_rule_id(std::string_view id);

// The id nearest to a misspelt one, or "".
std::string rule_suggestion(std::string_view id);

// "`ID` is not a rule; did you mean `X`? (`tatakerja explain` lists the
// rules)", for `rules:` in tatakerja.yaml and --rule.
std::string not_a_rule(std::string_view id);

}  // namespace tatakerja::diag
