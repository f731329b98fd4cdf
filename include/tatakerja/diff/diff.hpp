// What a change means (issue 17, `tatakerja diff`): two resolved
// repositories, A (before) and B (after), compared as documents, not as
// text. A pure function: no files, no git, no clock. Documents are matched
// by id first, then by number or title (SOPs) or text (steps, duties), so
// a rename or a move is one change, never a removal and an addition; only
// values are compared, never where they were written, so a change of
// comments or key order is no change at all.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "tatakerja/diag/diagnostic.hpp"
#include "tatakerja/model/repository.hpp"
#include "tatakerja/workload/figures.hpp"

namespace tatakerja::diff {

// One side of the comparison: its repository (resolved), its workload
// analysis and its final findings.
struct Side {
  const model::Repository& repo;
  const workload::Analysis& analysis;
  const diag::Diagnostics& findings;
};

enum class Kind { Added, Removed, Changed };
const char* kind_name(Kind kind);  // "added", "removed", "changed"

// One value before -> after, as shown; nullopt: absent on that side.
struct Field {
  std::string name{};  // the YAML key ("title", "time", "requirements"), or "lane", "moved"
  std::optional<std::string> before{}, after{};
};

struct StepChange {
  Kind kind = Kind::Changed;
  std::string id_before{}, id_after{};      // empty on the side it is not on
  int number_before = 0, number_after = 0;  // 1-based places in the list; 0: not there
  std::string text{};                       // what it does (B's, else A's)
  bool moved = false;                       // its place among the steps of both sides changed
  std::vector<Field> fields{};  // changed values: activity, actor, decision, ways, Mutu Baku
};

struct SopChange {
  Kind kind = Kind::Changed;
  std::string id_before{}, id_after{};
  std::string title{};            // B's, else A's
  bool renamed = false;           // matched by number or title with another id, or re-titled
  bool adopted = false;           // status review -> active (or approved): an adoption
  std::vector<Field> identity{};  // id, number, title, unit, owner, status, dates, approver
  std::vector<Field> fields{};    // duties, lanes, output, total_time printed
  std::optional<std::string> time_before{}, time_after{};  // along the main path, when it changed
  std::vector<StepChange> steps{};
};

struct DutyChange {
  Kind kind = Kind::Changed;
  std::string id_before{}, id_after{};
  std::string position_before{}, position_after{};  // Position ids: differ when it moved
  std::string text{};                               // B's, else A's
  bool moved = false;                               // to another position
  std::vector<Field> fields{};                      // text, volume, standard_time, output, hours
};

struct PositionChange {
  Kind kind = Kind::Changed;
  std::string id{};  // B's, else A's
  std::string name{};
  std::vector<Field> fields{};       // name, unit, staff, reports_to ...
  std::vector<DutyChange> duties{};  // in B's order, then those removed
};

struct UnitChange {
  Kind kind = Kind::Changed;
  std::string id{};
  std::string name{};
  std::vector<Field> fields{};
};

// A figure of the ABK that changed; `delta` is after − before with its
// sign ("+12.5", "-1"), empty when either side has none.
struct Figure {
  std::string name{};  // "hours", "required", "needed", "staff", "balance", "ej", "pj"
  std::optional<std::string> before{}, after{};
  std::string delta{};
};

struct WorkloadChange {
  enum class Level { Position, Unit, Office } level = Level::Position;
  std::string id{};  // Position or Unit id; empty for the office
  std::string name{};
  std::vector<Figure> figures{};  // only those that changed
};

struct EmployeeChange {
  Kind kind = Kind::Changed;
  std::string id{};
  std::string name{};
  std::optional<Field> position{};                           // when it moved
  std::optional<Field> unit{};                               // when it moved
  std::vector<std::string> duties_before{}, duties_after{};  // its duty sheet, when it changed
  std::vector<std::string> gained{}, lost{};                 // duties, as "POSITION/DUTY: text"
};

struct Finding {
  std::string file{};  // as displayed
  std::uint32_t line = 0;
  std::string rule{};
  diag::Severity severity = diag::Severity::Error;
  std::string message{};
};

struct Changes {
  std::vector<SopChange> sops{};
  std::vector<UnitChange> units{};
  std::vector<PositionChange> positions{};
  std::vector<WorkloadChange> workload{};  // positions, units, then the office
  std::vector<EmployeeChange> employees{};
  std::vector<Finding> new_findings{};   // in B, not in A (matched as the baseline matches)
  std::vector<Finding> gone_findings{};  // in A, not in B
  bool empty() const;
  std::size_t new_errors() const;
};

Changes compare(const Side& a, const Side& b);

// How alike two texts are, 0..1: the share of their words in common
// (Dice's coefficient over lower-cased words).
double similarity(std::string_view a, std::string_view b);

}  // namespace tatakerja::diff
