// Internal: the check functions of the catalogue (catalogue.cpp), one a rule,
// grouped by concern in rules_*.cpp, and the small helpers they share.
#pragma once

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "tatakerja/check/rule.hpp"

namespace tatakerja::check {

// rules_ids.cpp
void check_id_case_collision(const model::Repository&, const CheckOptions&, Reporter&);
void check_hierarchy_cycle(const model::Repository&, const CheckOptions&, Reporter&);

// rules_duties.cpp
void check_sop_without_duty(const model::Repository&, const CheckOptions&, Reporter&);
void check_sop_duty_not_owned(const model::Repository&, const CheckOptions&, Reporter&);
void check_sop_count_exceeds_duties(const model::Repository&, const CheckOptions&, Reporter&);
void check_sop_duplicate(const model::Repository&, const CheckOptions&, Reporter&);
void check_duty_without_sop(const model::Repository&, const CheckOptions&, Reporter&);

// rules_steps.cpp
void check_sop_no_steps(const model::Repository&, const CheckOptions&, Reporter&);
void check_sop_output_missing(const model::Repository&, const CheckOptions&, Reporter&);
void check_step_actor_missing(const model::Repository&, const CheckOptions&, Reporter&);
void check_step_output_missing(const model::Repository&, const CheckOptions&, Reporter&);
void check_step_time_missing(const model::Repository&, const CheckOptions&, Reporter&);

// rules_wording.cpp
void check_step_vague_wording(const model::Repository&, const CheckOptions&, Reporter&);
void check_step_activity_unclear(const model::Repository&, const CheckOptions&, Reporter&);
void check_step_activity_nominal(const model::Repository&, const CheckOptions&, Reporter&);

// rules_conditions.cpp
void check_step_hidden_decision(const model::Repository&, const CheckOptions&, Reporter&);

// rules_flow.cpp
void check_flow_unreachable(const model::Repository&, const CheckOptions&, Reporter&);
void check_flow_no_end(const model::Repository&, const CheckOptions&, Reporter&);
void check_flow_decision(const model::Repository&, const CheckOptions&, Reporter&);

// rules_time.cpp
void check_sop_time_exceeds_standard(const model::Repository&, const CheckOptions&, Reporter&);
void check_sop_total_time(const model::Repository&, const CheckOptions&, Reporter&);

// rules_review.cpp
void check_sop_legal_basis(const model::Repository&, const CheckOptions&, Reporter&);
void check_sop_metadata(const model::Repository&, const CheckOptions&, Reporter&);
void check_sop_legal_basis_duplicate(const model::Repository&, const CheckOptions&, Reporter&);
void check_sop_not_routine(const model::Repository&, const CheckOptions&, Reporter&);
void check_sop_review_due(const model::Repository&, const CheckOptions&, Reporter&);
void check_sop_status(const model::Repository&, const CheckOptions&, Reporter&);

// rules_related.cpp
void check_sop_related_self(const model::Repository&, const CheckOptions&, Reporter&);
void check_sop_related_unresolved(const model::Repository&, const CheckOptions&, Reporter&);

// rules_positions.cpp
void check_position_without_duties(const model::Repository&, const CheckOptions&, Reporter&);
void check_duty_workload_missing(const model::Repository&, const CheckOptions&, Reporter&);
void check_duty_unassigned(const model::Repository&, const CheckOptions&, Reporter&);
void check_employee_without_duty(const model::Repository&, const CheckOptions&, Reporter&);
void check_staff_mismatch(const model::Repository&, const CheckOptions&, Reporter&);

// common.cpp — shared helpers.

// Archived SOPs are checked only for syntax, schema and references, and
// count for no other rule.
inline bool is_checked(const model::Sop& sop) {
  return sop.effective_status() != model::SopStatus::Archived;
}

// True when the text is missing or holds only spaces.
bool is_blank(const std::optional<model::Text>& text);

// How a step is named in messages: "step 3" (implicit id) or "step `periksa`".
std::string step_name(const model::Step& step);

// `POSITION/DUTY` as written in references.
std::string duty_name(const model::Repository& repo, model::DutyRef ref);

// False for a document that repeats the id of an earlier one of its kind
// (reported as duplicate-id; references resolve to the first).
bool is_first_of_id(const std::unordered_map<std::string, int>& index,
                    const model::DocumentInfo& doc, int position_in_kind);

// Which duties repeat the id of an earlier duty of the position (reported
// as duplicate-id; other rules skip them).
std::vector<bool> repeated_duties(const model::Position& position);

// A hashable key for a duty reference.
// Rincian tugas (format.md): `named[d]` says that duty d is taken care of
// by itself (an SOP names it, an employee lists it). A duty named covers its
// subtasks; a duty with subtasks is covered when all of them are.
std::vector<char> covered_duties(const model::Position& position, std::vector<char> named);

// The duties to name as not covered: a duty with subtasks when none of them
// is (once, for them all), else each subtask that is not; never a duty
// whose subtasks are partly covered.
std::vector<int> uncovered_duties(const model::Position& position,
                                  const std::vector<char>& covered);

// The duties a position's SOPs can be written for one each: those without
// subtasks (a subtask, or a duty that has none).
std::size_t leaf_duty_count(const model::Position& position);

inline std::uint64_t duty_key(model::DutyRef ref) {
  return static_cast<std::uint64_t>(static_cast<std::uint32_t>(ref.position)) << 32 |
         static_cast<std::uint32_t>(ref.duty);
}

// A duration for people: "2h 30m", "45m", "0m" (seconds only when there are some).
std::string format_duration(model::Duration duration);

// The id of a document, made safe for a terminal.
std::string shown(const std::string& id);

}  // namespace tatakerja::check
