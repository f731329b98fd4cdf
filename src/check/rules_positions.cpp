// Positions, employees and workload (Permenpan-RB 1/2020): every position
// has duties, every duty can be counted, and the duties are shared out to
// all employees, none left over ("tugas dibagi habis").
#include <fmt/format.h>

#include <vector>

#include "checks.hpp"

namespace tatakerja::check {

namespace {

// The employees of each position (indices), in repository order.
std::vector<std::vector<int>> employees_by_position(const model::Repository& repo) {
  std::vector<std::vector<int>> holders(repo.positions.size());
  for (int e = 0; e < static_cast<int>(repo.employees.size()); ++e) {
    const int position = repo.employees[e].position_ref;
    if (position >= 0) holders[position].push_back(e);
  }
  return holders;
}

// Which duties of the position its employees name: an employee without
// explicit `duties` carries all of them.
std::vector<char> carried_duties(const model::Repository& repo, const model::Position& position,
                                 const std::vector<int>& holders) {
  std::vector<char> carried(position.duties.size(), 0);
  for (int e : holders) {
    const auto& employee = repo.employees[e];
    if (!employee.duties.present) return std::vector<char>(position.duties.size(), 1);
    for (int duty : employee.duty_refs) carried[duty] = 1;
  }
  return carried;
}

bool any_explicit_duties(const model::Repository& repo, const std::vector<int>& holders) {
  for (int e : holders) {
    if (repo.employees[e].duties.present) return true;
  }
  return false;
}

}  // namespace

void check_position_without_duties(const model::Repository& repo, const CheckOptions&,
                                   Reporter& reporter) {
  for (const auto& position : repo.positions) {
    if (!position.duties.empty()) continue;
    reporter.report(position.duties_loc,
                    position.has_duties_key
                        ? "`duties` is empty: every position is given its duties (uraian tugas)"
                        : "no `duties` (uraian tugas): every position is given its duties");
  }
}

void check_duty_workload_missing(const model::Repository& repo, const CheckOptions&,
                                 Reporter& reporter) {
  for (const auto& position : repo.positions) {
    for (const auto& duty : position.duties) {
      if (duty.has_subtasks()) continue;  // its figures are its subtasks'
      // A value that could not be read counts as absent (rules.md, "Reporting").
      const bool volume = model::readable(duty.volume), time = model::readable(duty.standard_time);
      if (volume && time) continue;
      const bool unreadable = (duty.volume && !volume) || (duty.standard_time && !time);
      const char* missing = !volume && !time ? "`volume` or `standard_time`"
                            : !volume        ? "`volume`"
                                             : "`standard_time`";
      reporter.report(duty.loc,
                      fmt::format("duty `{}` has no {}{}: the workload counts it as zero "
                                  "hours",
                                  shown(duty.id.value), unreadable ? "readable " : "", missing));
    }
  }
}

void check_duty_unassigned(const model::Repository& repo, const CheckOptions&, Reporter& reporter) {
  const auto holders = employees_by_position(repo);
  for (int p = 0; p < static_cast<int>(repo.positions.size()); ++p) {
    const auto& position = repo.positions[p];
    if (!any_explicit_duties(repo, holders[p])) continue;
    auto carried = carried_duties(repo, position, holders[p]);
    const auto repeated = repeated_duties(position);
    for (std::size_t d = 0; d < position.duties.size(); ++d) carried[d] = carried[d] || repeated[d];
    // One who lists a duty with subtasks carries them all; such a duty is
    // carried when all its subtasks are.
    carried = covered_duties(position, std::move(carried));
    for (int d : uncovered_duties(position, carried)) {
      const std::size_t count = holders[p].size();
      reporter.report(position.duties[d].loc,
                      fmt::format("duty `{}` is carried by no employee of `{}` ({} {}): duties are "
                                  "shared out to all, none left over (\"dibagi habis\")",
                                  shown(position.duties[d].id.value), shown(position.doc.id.value),
                                  count, count == 1 ? "employee" : "employees"));
    }
  }
}

void check_employee_without_duty(const model::Repository& repo, const CheckOptions&,
                                 Reporter& reporter) {
  for (const auto& employee : repo.employees) {
    if (employee.duties.present && employee.duties.items.empty()) {
      reporter.report(employee.duties.loc,
                      "`duties` is empty: every employee carries a duty of "
                      "their position");
    } else if (employee.position_ref >= 0 && repo.positions[employee.position_ref].duties.empty()) {
      reporter.report(employee.position->loc,
                      fmt::format("position `{}` has no duties, so this employee carries none: "
                                  "every employee is given a duty description",
                                  shown(employee.position->value)));
    }
  }
}

void check_staff_mismatch(const model::Repository& repo, const CheckOptions&, Reporter& reporter) {
  const auto holders = employees_by_position(repo);
  for (int p = 0; p < static_cast<int>(repo.positions.size()); ++p) {
    const auto& position = repo.positions[p];
    const auto count = static_cast<std::int64_t>(holders[p].size());
    if (!model::readable(position.staff) || count == 0 || count == position.staff->value) continue;
    reporter.report(position.staff->loc,
                    fmt::format("`staff` is {}, but {} Employee {} this position: the Employee "
                                "documents are the staff",
                                position.staff->value, count,
                                count == 1 ? "document holds" : "documents hold"));
  }
}

}  // namespace tatakerja::check
