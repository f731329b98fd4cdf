// The Lembar Uraian Tugas as data (employee_sheet.hpp): who the employee
// is, whom they answer to, the duties they carry with their share, the SOPs
// and steps in which they act, and their figures.
#include "tatakerja/render/employee_sheet.hpp"

#include "tatakerja/render/book.hpp"

#include <algorithm>

namespace tatakerja::render {

namespace {

// The employees who hold `position` (`acting` false) or fill it as acting
// (true): the one of them, -1 for nobody, -2 for several.
int only(const model::Repository& repo, int position, bool acting) {
  int found = -1;
  for (int e = 0; e < static_cast<int>(repo.employees.size()); ++e) {
    const auto& employee = repo.employees[e];
    const auto& acts = employee.acting_refs;
    const bool fills = acting ? std::find(acts.begin(), acts.end(), position) != acts.end()
                              : employee.position_ref == position;
    if (!fills) continue;
    if (found != -1) return -2;
    found = e;
  }
  return found;
}

// The holder of `position`; when nobody holds it, the one employee who
// acts in it (Plt: the post is vacant, not only its holder away).
SheetPerson person(const model::Repository& repo, int position) {
  if (position < 0) return {};
  const int holder = only(repo, position, false);
  if (holder != -1) return {position, std::max(holder, -1)};
  const int acting = only(repo, position, true);
  return acting >= 0 ? SheetPerson{position, acting, true} : SheetPerson{position, -1};
}

// Whether `position` is a step's actor: itself, or a Role it is a member of.
bool acts(const model::Repository& repo, const model::Step& step, int position) {
  const auto& a = step.actor_ref;
  if (a.type == model::ActorRef::Type::Position) return a.index == position;
  if (a.type != model::ActorRef::Type::Role || a.index < 0) return false;
  const auto& members = repo.roles[a.index].member_refs;
  return std::find(members.begin(), members.end(), position) != members.end();
}

// The SOPs that carry out a duty the employee carries (1 in `carries`), or
// in which the position acts, unless the SOP is for a duty of the position
// that others carry (2): a colleague's SOP is not on this sheet.
std::vector<SheetSop> sops_of(const model::Repository& repo, int position,
                              const std::vector<char>& carries, bool include_drafts) {
  std::vector<SheetSop> out;
  for (int s = 0; s < static_cast<int>(repo.sops.size()); ++s) {
    const auto& sop = repo.sops[s];
    const auto status = sop.effective_status();
    if (status == model::SopStatus::Archived) continue;
    if (!include_drafts &&
        (status == model::SopStatus::Draft || status == model::SopStatus::Review)) {
      continue;
    }
    SheetSop entry{s, {}};
    for (std::size_t i = 0; i < sop.steps.size(); ++i) {
      if (acts(repo, sop.steps[i], position)) entry.steps.push_back(static_cast<int>(i) + 1);
    }
    if (carries[s] == 1 || (!entry.steps.empty() && carries[s] == 0)) {
      out.push_back(std::move(entry));
    }
  }
  return out;
}

SheetPerson head_for(const model::Repository& repo, const model::Position& position, int self) {
  const int unit_head = position.unit_ref >= 0 ? repo.units[position.unit_ref].head_ref : -1;
  const int head = unit_head >= 0 && unit_head != self ? unit_head : position.reports_to_ref;
  return person(repo, head);
}

}  // namespace

std::vector<int> unit_chain(const model::Repository& repo, int unit) {
  std::vector<int> chain;
  for (int u = unit; u >= 0 && u < static_cast<int>(repo.units.size());
       u = repo.units[u].parent_ref) {
    if (std::find(chain.begin(), chain.end(), u) != chain.end()) break;  // a cycle
    chain.push_back(u);
  }
  std::reverse(chain.begin(), chain.end());
  return chain;
}

EmployeeSheet employee_sheet(const model::Repository& repo, const workload::Analysis& analysis,
                             int employee, bool include_drafts) {
  EmployeeSheet sheet;
  sheet.employee = employee;
  const int p = repo.employees[employee].position_ref;
  sheet.position = p;
  sheet.kop = kop_lines(repo, p >= 0 ? repo.positions[p].unit_ref : -1);
  if (p < 0) return sheet;
  const auto& position = repo.positions[p];
  sheet.unit_chain = unit_chain(repo, position.unit_ref);
  sheet.superior = person(repo, position.reports_to_ref);
  sheet.head = head_for(repo, position, p);

  std::vector<char> carries(repo.sops.size(), 0);
  for (const auto& e : analysis.employees) {
    if (e.employee != employee) continue;
    std::vector<char> carried(position.duties.size(), 0);
    for (const auto& share : e.duties) {
      const auto& duty = position.duties[share.duty];
      sheet.duties.push_back({share.duty, duty.number, share.heading, duty.is_subtask(),
                              share.holders, share.load, share.required});
      carried[share.duty] = 1;
    }
    for (const auto& d : analysis.positions[e.position].duties) {
      if (d.heading) continue;  // its SOPs are its subtasks'
      for (int s : d.sops) {
        if (carried[d.duty]) carries[s] = 1;
        if (!carried[d.duty] && carries[s] == 0) carries[s] = 2;
      }
    }
    sheet.load = e.load;
    sheet.required = e.required;
  }
  sheet.sops = sops_of(repo, p, carries, include_drafts);
  sheet.ej = workload::effectiveness(sheet.load, 1, analysis.settings);
  sheet.grade = workload::grade_of(sheet.ej, analysis.settings.grades);
  return sheet;
}

}  // namespace tatakerja::render
