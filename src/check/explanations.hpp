// Internal: the explanation of each rule (what `tatakerja explain RULE`
// prints), kept apart from the catalogue's table so that both stay short.
// Defined in explanations_*.cpp, one file a group of rules.md.
#pragma once

#include <string_view>

namespace tatakerja::check::explain {

struct Explanation {
  std::string_view summary;  // one line
  std::string_view what;     // what the rule checks
  std::string_view why;      // why, citing the source
  std::string_view wrong;    // YAML that triggers it
  std::string_view fixed;    // the same YAML, fixed
};

// explanations_files.cpp — files, schema, configuration, suppressions
extern const Explanation kYamlSyntax, kEncoding, kSchema, kDuplicateKey, kEmptyFile, kConfig,
    kUnusedSuppression;

// explanations_ids.cpp — ids and references
extern const Explanation kIdCaseCollision, kHierarchyCycle, kDuplicateId, kUnknownReference;

// explanations_duties.cpp — SOPs stay within their duties
extern const Explanation kSopWithoutDuty, kSopDutyNotOwned, kSopCountExceedsDuties, kSopDuplicate,
    kDutyWithoutSop;

// explanations_steps.cpp — clear steps and outputs
extern const Explanation kSopNoSteps, kSopOutputMissing, kStepActorMissing, kStepOutputMissing,
    kStepTimeMissing, kStepVagueWording, kStepActivityUnclear, kStepActivityNominal,
    kStepHiddenDecision;

// explanations_flow.cpp — the flow of the steps, and the times along it
extern const Explanation kFlowUnreachable, kFlowNoEnd, kFlowDecision, kSopTimeExceedsStandard,
    kSopTotalTime;

// explanations_review.cpp — plenary review, metadata and routine
extern const Explanation kSopLegalBasis, kSopMetadata, kSopNotRoutine, kSopReviewDue, kSopStatus,
    kSopLegalBasisDuplicate;

// explanations_related.cpp — keterkaitan (related SOPs)
extern const Explanation kSopRelatedSelf, kSopRelatedUnresolved;

// explanations_positions.cpp — positions, employees and workload
extern const Explanation kPositionWithoutDuties, kDutyWorkloadMissing, kDutyUnassigned,
    kEmployeeWithoutDuty, kStaffMismatch;

}  // namespace tatakerja::check::explain
