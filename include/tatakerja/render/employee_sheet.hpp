// The Lembar Uraian Tugas (handbook.md, "Contents" 7): one sheet an
// employee, the duties they carry and where they act, as a pure function of
// the resolved repository and its workload analysis. The book's writers
// print it; nothing here knows a format.
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "tatakerja/model/repository.hpp"
#include "tatakerja/workload/figures.hpp"

namespace tatakerja::render {

// A duty the employee carries, in the position's order: a duty with
// subtasks (heading) first, then the subtasks the employee carries.
struct SheetDuty {
  int duty = -1;         // index within the position's duties
  std::string number;    // "1", "1.a"
  bool heading = false;  // a duty with subtasks: its figures are theirs
  bool subtask = false;
  int holders = 1;           // employees who share it
  workload::Ratio load;      // this employee's share, in load units
  workload::Ratio required;  // this employee's share of the duty's required
};

// An SOP in force (approved or active; draft and review too when asked)
// that carries out one of the employee's duties, or in which they act and
// that is not for a duty of their position that only others carry; `steps` are the 1-based numbers
// of the procedure rows whose actor is the employee's position, or a Role the position is a member
// of.
struct SheetSop {
  int sop = -1;
  std::vector<int> steps;
};

// Someone named on the sheet: a position, and the employee who holds it
// when exactly one does; when nobody holds it, the one employee who fills
// it as acting (their `acting` lists it: `acting` is then true, and the
// sheet prints "Plt." before the position); else -1.
struct SheetPerson {
  int position = -1;
  int employee = -1;
  bool acting = false;
};

struct EmployeeSheet {
  int employee = -1;
  int position = -1;              // -1: the employee has no (known) position
  std::vector<int> unit_chain;    // Unit indices, the top-level unit first
  std::vector<std::string> kop;   // the letterhead lines above the sheet (kop_lines())
  SheetPerson superior;           // atasan langsung: the position's reports_to
  SheetPerson head;               // signs beside the employee: see employee_sheet()
  std::vector<SheetDuty> duties;  // the duties carried, in the position's order
  std::vector<SheetSop> sops;     // repository order
  workload::Ratio load;           // the employee's hours, in load units
  workload::Ratio required;
  std::optional<workload::Ratio> ej;  // effectiveness with staff 1
  std::optional<workload::Grade> grade;
};

// What every sheet of a book looks up, found once (a sheet would
// otherwise walk every SOP's steps and every employee): who holds each
// position, each employee's figures, and the steps in which each position
// acts.
struct SheetIndex {
  SheetIndex(const model::Repository& repo, const workload::Analysis& analysis);

  const model::Repository& repo;
  const workload::Analysis& analysis;
  std::vector<int> only_holder;  // Position -> the one employee who holds it, -1 nobody, -2 several
  std::vector<int> only_acting;  // Position -> the one employee acting in it, likewise
  std::vector<std::vector<int>> figures_of;  // Employee -> indices into analysis.employees
  // Position -> (SOP, 1-based step) where it acts, itself or through a Role
  // it is a member of, in repository order.
  std::vector<std::vector<std::pair<int, int>>> acts;
};

// The sheet of repo.employees[employee]. The head who signs is the head
// of the position's unit; when that is the employee's own position (or the
// unit has none), the position it reports_to (handbook.md). Draft and
// review SOPs are listed only with `include_drafts`, as in the book.
EmployeeSheet employee_sheet(const model::Repository& repo, const workload::Analysis& analysis,
                             int employee, bool include_drafts = false);
// The same, with the lookups of a book's sheets made once.
EmployeeSheet employee_sheet(const SheetIndex& index, int employee, bool include_drafts = false);

// The unit chain of `unit`: the top-level unit first, `unit` last (empty
// for -1); a parent cycle is cut where it repeats.
std::vector<int> unit_chain(const model::Repository& repo, int unit);

}  // namespace tatakerja::render
