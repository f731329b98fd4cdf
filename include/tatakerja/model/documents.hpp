// The five document kinds of format.md, as typed values. Every value keeps
// where it was written; optional keys are std::optional so that "missing"
// and "empty" stay distinct. Fields named *_ref are filled by the resolver
// (resolve/resolve.hpp) with indices into the Repository; -1 means
// unresolved or absent.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "tatakerja/model/location.hpp"
#include "tatakerja/model/values.hpp"

namespace tatakerja::model {

enum class Kind { Unit, Position, Employee, Sop, Role };
const char* kind_name(Kind kind);  // "Unit", "Position", "Employee", "SOP", "Role"

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
  std::optional<Located<std::int64_t>> order;  // its place among its siblings (SOTK)
  TextList letterhead;                         // heading lines (kop) of its documents
  int parent_ref = -1;                         // Unit index
  int head_ref = -1;                           // Position index
};

struct Duty {
  Location loc;  // the duty's mapping
  Text id;
  Text text;
  std::optional<Text> output;
  std::optional<Text> unit_of_output;
  std::optional<Located<Volume>> volume;
  std::optional<Located<Duration>> standard_time;
  std::optional<Text> sop;         // `sop: none`: the duty needs no SOP of its own
  std::optional<Text> sop_reason;  // why (required with `sop: none`)
  TextList stages;                 // tahapan: the steps of the work, in order
  // Rincian tugas. Position::duties is flat: a duty with subtasks is followed
  // at once by its `subtasks` of them, each with `parent` set to its index.
  // All three are set by the loader.
  int parent = -1;     // index within Position::duties of the duty above; -1 at top level
  int subtasks = 0;    // how many subtasks follow it in Position::duties
  std::string number;  // "1", "2", "2.a": how every document numbers it

  // True for `sop: none` as read (the loader reports any other value).
  bool needs_no_sop() const { return sop && sop->valid && sop->value == "none"; }
  // A heading over its rincian tugas: its figures are theirs.
  bool has_subtasks() const { return subtasks > 0; }
  bool is_subtask() const { return parent >= 0; }
};

// The number of a duty at `top` (0-based) among the position's top-level
// duties and `sub` (0-based) among its subtasks, -1 for none: "1", "2.a";
// after `z`, `aa`, `ab` ... as spreadsheet columns go.
std::string duty_number(int top, int sub);

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
  TextList responsibilities, authority, materials, tools, relations, working_conditions, hazards;
  bool has_duties_key = false;
  Location duties_loc;  // the `duties` key, else the document start
  std::vector<Duty> duties;

  int unit_ref = -1;        // Unit index
  int reports_to_ref = -1;  // Position index
};

// The duties that `d` stands for: `d` itself, else (a duty with subtasks)
// its subtasks. Indices within position.duties.
std::vector<int> leaf_duties(const Position& position, int d);

// A lane that is not a position: a team ("Tim Perencanaan"), a service-desk
// role ("Front Office"), a system's operator. It holds no duties; the
// positions among its `members` do.
struct Role {
  DocumentInfo doc;
  Text name;
  TextList members;  // Position ids
  std::optional<Text> unit;

  int unit_ref = -1;             // Unit index
  std::vector<int> member_refs;  // Position indices of the members that resolved
};

struct Employee {
  DocumentInfo doc;
  Text name;
  std::optional<Text> position;
  TextList duties;         // present == false: all duties of the position
  TextList acting;         // positions this person fills as Plt/Plh (Position ids)
  std::string written_id;  // the id as written when it is a NIP with spaces ("19800515 201001
                           // 2 022"); doc.id is then its compact form. Empty otherwise.
  const std::string& printed_id() const { return written_id.empty() ? doc.id.value : written_id; }

  int position_ref = -1;
  std::vector<int> duty_refs;    // duty indices within the position, as resolved
  std::vector<int> acting_refs;  // Position indices of `acting`, -1 if unresolved
};

enum class SopStatus { Draft, Review, Approved, Active, Archived };
const char* status_name(SopStatus status);

// `approved_by` (or `prepared_by`): a plain text, or {position, name, nip,
// acting}.
struct Approver {
  Location loc;
  std::optional<Text> text;
  std::optional<Text> position;
  std::optional<Text> name;
  std::optional<Text> nip;
  std::optional<Text> acting;  // "Plt" or "Plh" (normalised), printed before the position
  int position_ref = -1;       // when `position` names a Position id
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

// A lane of the flowchart: a Position, an external actor or a Role.
struct ActorRef {
  enum class Type { Unresolved, Position, External, Role };
  Type type = Type::Unresolved;
  int index = -1;  // Position index, index into Sop::external_actors, or Role index
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
  std::optional<Text> decision;       // the question; empty text with decision_is_activity
  bool decision_is_activity = false;  // `decision: true`: the activity itself is the check
  std::optional<Text> yes, no, next;
  TextList labels;  // two labels for a decision's ways, when given

  ActorRef actor_ref;
  FlowTarget next_ref;  // where a process step (or a decision's "Ya") goes
  FlowTarget no_ref;    // a decision's "Tidak"

  bool is_decision() const { return decision.has_value(); }
  // The text of the step's diamond or rectangle: the question of a decision
  // that has one, else the activity (empty when neither).
  std::string_view drawn_text() const;
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
  std::optional<Located<Date>> approved_on;  // tanggal pengesahan
  std::optional<Approver> prepared_by;       // disusun oleh
  TextList legal_basis, qualifications, related, equipment, warnings, records, external_actors,
      lanes;
  std::optional<Text> output;
  std::optional<Located<Duration>> total_time;  // the total the document prints
  bool has_steps_key = false;
  Location steps_loc;  // the `steps` key, else the document start
  std::vector<Step> steps;

  int unit_ref = -1;
  int owner_ref = -1;
  std::vector<DutyRef> duty_refs;   // one per entry of `duties`, position -1 if unresolved
  std::vector<int> related_refs;    // one per `related` entry: SOP index, -1 when it names none
  std::vector<ActorRef> lane_refs;  // the lanes, in order (lanes:, else first appearance)

  SopStatus effective_status() const { return status ? status->value : SopStatus::Active; }
};

// The step whose output is the SOP's final output when the SOP has no
// `output` (format.md, "The final output"): where the main path ends — from
// the first step, following each step's next step and each decision's "Ya"
// way, the first step that leads to `end`. When the main path never gets
// there (a loop, an unresolved way), the last step. -1 without steps.
int final_step(const Sop& sop);

// The SOP's final output: its `output` when written and not blank, else the
// output of final_step(); nullptr when neither is there.
const Text* final_output(const Sop& sop);

}  // namespace tatakerja::model
