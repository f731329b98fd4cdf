// The workload analysis (Analisis Beban Kerja, workload.md) as a pure
// function of the resolved repository: hours per duty, then per position,
// unit, organisation and employee, all exact.
//
// Work is counted in "load units": a yearly volume in millionths
// (Volume::per_year_micro) times a standard time in seconds, so one hour of
// work a year is kLoadPerHour. Decimals are made only when a figure is shown
// (exact.hpp).
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
  model::Grades grades;  // PJ bounds in thousandths of EJ
};

// The settings of tatakerja.yaml `workload:`, with `--effective-hours` (when
// given) over them; the default 1250 is in model::WorkloadSettings.
Settings settings_of(const model::Config& config,
                     std::optional<std::int64_t> effective_hours = std::nullopt);

// Prestasi kerja jabatan: A sangat baik ... E kurang.
enum class Grade { A, B, C, D, E };
char grade_letter(Grade grade);

// The figures of a group of positions: one position, a unit, the whole
// organisation (or one employee, with staff 1).
struct Figures {
  Ratio load;              // Σ volume × standard time, in load units
  std::int64_t staff = 0;  // pegawai yang ada (bezetting)
  Wide needed = 0;         // Σ of each position's needed (never rounded again)
  std::size_t positions = 0;

  Figures& operator+=(const Figures& other);
};

Ratio hours(const Ratio& load);                         // jam per year
Ratio required(const Ratio& load, const Settings& s);   // kebutuhan pegawai, exact
Wide needed_for(const Ratio& load, const Settings& s);  // required, rounded as configured
Wide balance(const Figures& f);  // staff − needed: + kelebihan, − kekurangan
// EJ = load / (effective_hours × staff); none when staff is 0 (jabatan kosong).
std::optional<Ratio> effectiveness(const Ratio& load, std::int64_t staff, const Settings& s);
std::optional<Grade> grade_of(const std::optional<Ratio>& ej, const model::Grades& grades);

struct DutyFigures {
  int duty = -1;             // index within the position
  Wide load = 0;             // 0 when not counted
  bool counted = true;       // false: no volume or no standard_time (counted as zero)
  std::vector<int> sops;     // SOPs that carry it out, in repository order
  std::vector<int> holders;  // employees who carry it, in repository order
};

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

struct EmployeeShare {
  int duty = -1;    // index within the position
  int holders = 1;  // employees who share the duty
  Ratio load;       // the duty's load / holders
};

struct EmployeeFigures {
  int employee = -1;  // index into Repository::employees
  int position = -1;  // index into Analysis::positions
  Ratio load;
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

// The units in depth-first order (roots and sub-units in repository order;
// units caught in a parent cycle are taken as roots so none is lost), with
// their depth. Used by analyse().
std::vector<std::pair<int, int>> unit_tree_order(const model::Repository& repo);

}  // namespace tatakerja::workload
