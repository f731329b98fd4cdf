// The four document kinds of format.md, as typed values. Every value keeps
// where it was written; optional keys are std::optional so that "missing"
// and "empty" stay distinct. Fields named *_ref are filled by the resolver
// (resolve/resolve.hpp) with indices into the Repository; -1 means
// unresolved or absent.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "tatakerja/model/location.hpp"
#include "tatakerja/model/values.hpp"

namespace tatakerja::model {

enum class Kind { Unit, Position, Employee, Sop };
const char* kind_name(Kind kind);  // "Unit", "Position", "Employee", "SOP"

// `suppress:` entry: a rule id, with an optional reason.
struct Suppression {
  Text rule;
  std::optional<Text> reason;
};

// What every document has: where it is, its kind and id, its suppressions.
struct DocumentInfo {
  Kind kind = Kind::Unit;
  Text id;                     // empty value when missing (reported by schema)
  Location start;              // the document's first token
  std::uint32_t end_line = 0;  // last line of the document (inclusive)
  std::vector<Suppression> suppress;
};

// A list of texts written under one key; `loc` is the key's place.
struct TextList {
  bool present = false;
  Location loc;
  std::vector<Text> items;
};

struct Unit {
  DocumentInfo doc;
  Text name;
  std::optional<Text> parent;
  std::optional<Text> head;
  int parent_ref = -1;  // Unit index
  int head_ref = -1;    // Position index
};

struct Duty {
  Location loc;  // the duty's mapping
  Text id;
  Text text;
  std::optional<Text> output;
  std::optional<Text> unit_of_output;
  std::optional<Located<Volume>> volume;
  std::optional<Located<Duration>> standard_time;
};

struct PositionQualifications {
  std::optional<Text> education;
  TextList training;
  std::optional<Text> experience;
};

struct Position {
  DocumentInfo doc;
  Text name;
  std::optional<Text> unit;
  std::optional<Text> type;
  std::optional<Located<std::int64_t>> grade;
  std::optional<Text> reports_to;
  std::optional<Text> summary;
  PositionQualifications qualifications;
  std::optional<Located<std::int64_t>> staff;
  TextList responsibilities, authority, materials, tools, relations,
      working_conditions, hazards;
  bool has_duties_key = false;
  Location duties_loc;  // the `duties` key, else the document start
  std::vector<Duty> duties;

  int unit_ref = -1;        // Unit index
  int reports_to_ref = -1;  // Position index
};

struct Employee {
  DocumentInfo doc;
  Text name;
  std::optional<Text> position;
  TextList duties;  // present == false: all duties of the position
  std::string written_id;  // the id as written when it is a NIP with spaces ("19800515 201001
                           // 2 022"); doc.id is then its compact form. Empty otherwise.
  const std::string& printed_id() const { return written_id.empty() ? doc.id.value : written_id; }

  int position_ref = -1;
  std::vector<int> duty_refs;  // duty indices within the position, as resolved
};

enum class SopStatus { Draft, Review, Approved, Active, Archived };
const char* status_name(SopStatus status);

// `approved_by`: a plain text, or {position, name, nip}.
struct Approver {
  Location loc;
  std::optional<Text> text;
  std::optional<Text> position;
  std::optional<Text> name;
  std::optional<Text> nip;
  int position_ref = -1;  // when `position` names a Position id
};

// A reference to a duty of a position.
struct DutyRef {
  int position = -1;
  int duty = -1;
  friend bool operator==(const DutyRef&, const DutyRef&) = default;
};

// Where a step's flow goes: another step (its index), the end, or nowhere
// known.
struct FlowTarget {
  static constexpr int kEnd = -2;
  static constexpr int kUnresolved = -1;
  int step = kUnresolved;
};

// A lane of the flowchart: a Position or an external actor.
struct ActorRef {
  enum class Type { Unresolved, Position, External };
  Type type = Type::Unresolved;
  int index = -1;  // Position index, or index into Sop::external_actors
};

struct Step {
  Location loc;  // the step's mapping
  std::optional<Text> explicit_id;
  std::string id;  // explicit_id, else the 1-based position in the list
  std::optional<Text> activity;
  std::optional<Text> actor;
  TextList requirements;
  std::optional<Located<Duration>> time;
  std::optional<Text> output;
  std::optional<Text> notes;
  std::optional<Text> decision;
  std::optional<Text> yes, no, next;
  TextList labels;  // two labels for a decision's ways, when given

  ActorRef actor_ref;
  FlowTarget next_ref;  // where a process step (or a decision's "Ya") goes
  FlowTarget no_ref;    // a decision's "Tidak"

  bool is_decision() const { return decision.has_value(); }
};

struct Sop {
  DocumentInfo doc;
  std::optional<Text> number;
  Text title;
  std::optional<Text> unit;
  std::optional<Text> owner;
  TextList duties;
  std::optional<Located<SopStatus>> status;  // absent: active
  std::optional<Located<Date>> created, revised, effective;
  std::optional<Approver> approved_by;
  TextList legal_basis, qualifications, related, equipment, warnings, records,
      external_actors, lanes;
  std::optional<Text> output;
  std::optional<Located<Duration>> total_time;  // the total the document prints
  bool has_steps_key = false;
  Location steps_loc;  // the `steps` key, else the document start
  std::vector<Step> steps;

  int unit_ref = -1;
  int owner_ref = -1;
  std::vector<DutyRef> duty_refs;  // one per entry of `duties`, position -1 if unresolved
  std::vector<int> related_refs;   // SOP indices
  std::vector<ActorRef> lane_refs; // the lanes, in order (lanes:, else first appearance)

  SopStatus effective_status() const {
    return status ? status->value : SopStatus::Active;
  }
};

}  // namespace tatakerja::model
