// The workload analysis (Analisis Beban Kerja, workload.md) as a pure
// function of the resolved repository: hours per duty, then per position,
// unit, organisation and employee, all exact.
//
// Work is counted in "load units": a yearly volume in millionths (the
// volume as written, times its period's count a year) times a standard time
// in seconds, so one hour of work a year is kLoadPerHour. The staff a duty
// needs is its volume in its own period times the standard time, over that
// period's effective time (WKE). Decimals are made only when a figure is
// shown (exact.hpp).
#pragma once

#include <cstdint>
#include <optional>
#include <utility>
#include <vector>

#include "tatakerja/model/repository.hpp"
#include "tatakerja/workload/exact.hpp"

namespace tatakerja::workload {

inline constexpr Wide kLoadPerHour = Wide{3600} * 1'000'000;

struct Settings {
  std::int64_t effective_hours = 1250;  // Jam Kerja Efektif
  model::Rounding rounding = model::Rounding::Nearest;
  std::int64_t minimum_needed = 0;      // for a position with any workload
  model::Periods periods;               // a year's days, weeks, months, in millionths
  model::EffectiveTime effective_time;  // a period's own WKE, where set
  model::Grades grades;                 // PJ bounds in thousandths of EJ
};

// The settings of tatakerja.yaml `workload:` (its method applied by the
// loader), with `--effective-hours` (when given) over them; the default 1250
// is in model::WorkloadSettings.
Settings settings_of(const model::Config& config,
                     std::optional<std::int64_t> effective_hours = std::nullopt);

// The effective working time (WKE) of a period, in seconds: its own
// `effective_time`, else effective_hours / the period's count a year (a
// plain volume's is the year's, effective_hours).
Ratio effective_seconds(model::Period period, const Settings& s);

// A volume made yearly (in outputs a year, not millionths): its amount
// times its period's count a year.
Ratio per_year(const model::Volume& volume, const model::Periods& periods);

// Prestasi kerja jabatan: A sangat baik ... E kurang.
enum class Grade { A, B, C, D, E };
char grade_letter(Grade grade);

// The figures of a group of positions: one position, a unit, the whole
// organisation (or one employee, with staff 1).
struct Figures {
  Ratio load;              // Σ volume × standard time, in load units
  Ratio required;          // Σ of each duty's required (kebutuhan pegawai), exact
  std::int64_t staff = 0;  // pegawai yang ada (bezetting)
  Wide needed = 0;         // Σ of each position's needed (never rounded again)
  std::size_t positions = 0;

  Figures& operator+=(const Figures& other);
};

Ratio hours(const Ratio& load);  // jam per year
// A position's required, rounded as configured; at least minimum_needed
// when it has any workload.
Wide needed_for(const Figures& f, const Settings& s);
Wide balance(const Figures& f);  // staff − needed: + kelebihan, − kekurangan
// EJ = load / (effective_hours × staff); none when staff is 0 (jabatan kosong).
std::optional<Ratio> effectiveness(const Ratio& load, std::int64_t staff, const Settings& s);
std::optional<Grade> grade_of(const std::optional<Ratio>& ej, const model::Grades& grades);

// One a duty of the position, in its order: a duty with subtasks (a
// heading) comes first, with the sums of the subtasks that follow it; the
// position's figures count each subtask once and never the heading.
struct DutyFigures {
  int duty = -1;         // index within the position
  int parent = -1;       // a subtask's duty (index within the position); -1 at top level
  bool heading = false;  // has subtasks: load and required are theirs, summed
  Ratio load;            // 0 when not counted
  Ratio required;  // volume in its period × standard time / effective_time; 0 when not counted
  Ratio effective_time;  // WKE of the volume's period, in seconds (the year's with no volume)
  bool counted = true;   // false: no volume or no standard_time (counted as zero); a heading is
  // SOPs (not archived) that carry it out, in repository order: those that
  // name it, a subtask's also those that name its duty, a heading's also
  // its subtasks'.
  std::vector<int> sops;
  std::vector<int> holders;  // employees who carry it (a heading: any of its subtasks), in order
};

// Whether an SOP carries out `duty`, one of `duties` (a position's): for a
// duty with subtasks, whether one carries out each of them.
bool is_covered(const std::vector<DutyFigures>& duties, const DutyFigures& duty);

struct PositionFigures {
  int position = -1;  // index into Repository::positions
  int unit = -1;      // its Unit index, -1 for none
  Figures figures;
  std::vector<DutyFigures> duties;  // in the order written
};

struct UnitFigures {
  int unit = -1;               // Unit index; -1: the positions that have no unit
  int depth = 0;               // 0 for a root
  std::vector<int> positions;  // own positions: indices into Analysis::positions
  std::vector<int> children;   // sub-units: indices into Analysis::units
  Figures own;                 // over its own positions
  Figures tree;                // with its sub-units, at every depth
};

// A heading's share is the sum of the employee's shares of its subtasks,
// and comes before them; the employee's figures count only the subtasks.
struct EmployeeShare {
  int duty = -1;         // index within the position
  int holders = 1;       // employees who share the duty
  Ratio load;            // the duty's load / holders
  Ratio required;        // the duty's required / holders
  bool heading = false;  // a duty with subtasks
};

struct EmployeeFigures {
  int employee = -1;  // index into Repository::employees
  int position = -1;  // index into Analysis::positions
  Ratio load;
  Ratio required;
  std::vector<EmployeeShare> duties;
};

struct Analysis {
  Settings settings;
  // Report order: units depth-first (sub-units in repository order), in each
  // unit its head first and then the others in repository order; positions
  // without a unit last.
  std::vector<PositionFigures> positions;
  std::vector<UnitFigures> units;          // depth-first; the no-unit group last, when any
  std::vector<EmployeeFigures> employees;  // by position in report order
  Figures total;                           // the whole organisation
};

Analysis analyse(const model::Repository& repo, const Settings& settings);

// The figures of each unit over `positions` (in report order), in the
// order of `tree`, then a group (unit -1) for positions without a unit when
// there are any. Used by analyse().
std::vector<UnitFigures> unit_figures(const model::Repository& repo,
                                      const std::vector<std::pair<int, int>>& tree,
                                      const std::vector<PositionFigures>& positions);

// The units in depth-first order, siblings (roots too) in the official
// structure's order: by `order`, then those without one, each group by name,
// then id (format.md). Units caught in a parent cycle are taken as roots so
// none is lost. With their depth. Used by analyse() and the book.
std::vector<std::pair<int, int>> unit_tree_order(const model::Repository& repo);

// For each row of `tree` (unit_tree_order()), the row of the unit the walk
// took it under, -1 for a root: in one pass, keeping the open ancestors.
std::vector<int> tree_parents(const std::vector<std::pair<int, int>>& tree);

}  // namespace tatakerja::workload
