// The Lembar Uraian Tugas as data (employee_sheet.hpp): who the employee
// is, whom they answer to, the duties they carry with their share, the SOPs
// and steps in which they act, and their figures.
#include "tatakerja/render/employee_sheet.hpp"

#include <algorithm>

#include "tatakerja/render/book.hpp"

namespace tatakerja::render {

namespace {

// Position -> the one employee who holds it (`acting` false) or fills it
// as acting (true: their `acting` lists it); -1 for nobody, -2 for several.
std::vector<int> only_fillers(const model::Repository& repo, bool acting) {
  const int positions = static_cast<int>(repo.positions.size());
  std::vector<int> found(positions, -1);
  const auto fill = [&](int p, int e) {
    if (p < 0 || p >= positions) return;
    found[p] = found[p] == -1 ? e : -2;
  };
  for (int e = 0; e < static_cast<int>(repo.employees.size()); ++e) {
    const auto& employee = repo.employees[e];
    if (!acting) {
      fill(employee.position_ref, e);
      continue;
    }
    for (int p : employee.acting_refs) fill(p, e);
  }
  return found;
}

std::vector<std::vector<int>> figures_by_employee(const model::Repository& repo,
                                                  const workload::Analysis& analysis) {
  std::vector<std::vector<int>> out(repo.employees.size());
  for (int i = 0; i < static_cast<int>(analysis.employees.size()); ++i) {
    const int e = analysis.employees[i].employee;
    if (e >= 0 && e < static_cast<int>(out.size())) out[e].push_back(i);
  }
  return out;
}

// A step's actor is the position itself, or a Role it is a member of.
std::vector<std::vector<std::pair<int, int>>> acting(const model::Repository& repo) {
  const int positions = static_cast<int>(repo.positions.size());
  std::vector<std::vector<std::pair<int, int>>> acts(positions);
  const auto add = [&](int p, std::pair<int, int> at) {
    if (p < 0 || p >= positions) return;
    if (acts[p].empty() || acts[p].back() != at) acts[p].push_back(at);  // a member named twice
  };
  for (int s = 0; s < static_cast<int>(repo.sops.size()); ++s) {
    const auto& steps = repo.sops[s].steps;
    for (int i = 0; i < static_cast<int>(steps.size()); ++i) {
      const auto& a = steps[i].actor_ref;
      if (a.type == model::ActorRef::Type::Position) add(a.index, {s, i + 1});
      if (a.type != model::ActorRef::Type::Role || a.index < 0) continue;
      for (int p : repo.roles[a.index].member_refs) add(p, {s, i + 1});
    }
  }
  return acts;
}

// The holder of `position`; when nobody holds it, the one employee who
// acts in it (Plt: the post is vacant, not only its holder away).
SheetPerson person(const SheetIndex& index, int position) {
  if (position < 0) return {};
  const int holder = index.only_holder[position];
  if (holder != -1) return {position, std::max(holder, -1)};
  const int acting = index.only_acting[position];
  return acting >= 0 ? SheetPerson{position, acting, true} : SheetPerson{position, -1};
}

bool in_book(model::SopStatus status, bool include_drafts) {
  if (status == model::SopStatus::Archived) return false;
  return include_drafts ||
         (status != model::SopStatus::Draft && status != model::SopStatus::Review);
}

// The SOPs that carry out a duty the employee carries (1 in `carries`), or
// in which the position acts, unless the SOP is for a duty of the position
// that others carry (2): a colleague's SOP is not on this sheet. Only the
// SOPs in `candidates` (those of the position's duties) and those in
// which it acts can be on it; in repository order.
std::vector<SheetSop> sops_of(const SheetIndex& index, int position,
                              const std::vector<char>& carries, std::vector<int> candidates,
                              bool include_drafts) {
  const auto& acts = index.acts[position];
  for (const auto& at : acts) candidates.push_back(at.first);
  std::sort(candidates.begin(), candidates.end());
  candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
  std::vector<SheetSop> out;
  auto at = acts.begin();
  for (int s : candidates) {
    if (!in_book(index.repo.sops[s].effective_status(), include_drafts)) continue;
    SheetSop entry{s, {}};
    while (at != acts.end() && at->first < s) ++at;
    for (; at != acts.end() && at->first == s; ++at) entry.steps.push_back(at->second);
    if (carries[s] == 1 || (!entry.steps.empty() && carries[s] == 0)) {
      out.push_back(std::move(entry));
    }
  }
  return out;
}

SheetPerson head_for(const SheetIndex& index, const model::Position& position, int self) {
  const auto& repo = index.repo;
  const int unit_head = position.unit_ref >= 0 ? repo.units[position.unit_ref].head_ref : -1;
  const int head = unit_head >= 0 && unit_head != self ? unit_head : position.reports_to_ref;
  return person(index, head);
}

}  // namespace

SheetIndex::SheetIndex(const model::Repository& r, const workload::Analysis& a)
    : repo(r),
      analysis(a),
      only_holder(only_fillers(r, false)),
      only_acting(only_fillers(r, true)),
      figures_of(figures_by_employee(r, a)),
      acts(acting(r)) {}

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
  return employee_sheet(SheetIndex(repo, analysis), employee, include_drafts);
}

EmployeeSheet employee_sheet(const SheetIndex& index, int employee, bool include_drafts) {
  const auto& repo = index.repo;
  const auto& analysis = index.analysis;
  EmployeeSheet sheet;
  sheet.employee = employee;
  const int p = repo.employees[employee].position_ref;
  sheet.position = p;
  sheet.kop = kop_lines(repo, p >= 0 ? repo.positions[p].unit_ref : -1);
  if (p < 0) return sheet;
  const auto& position = repo.positions[p];
  sheet.unit_chain = unit_chain(repo, position.unit_ref);
  sheet.superior = person(index, position.reports_to_ref);
  sheet.head = head_for(index, position, p);

  std::vector<char> carries(repo.sops.size(), 0);
  std::vector<int> candidates;
  for (int i : index.figures_of[employee]) {
    const auto& e = analysis.employees[i];
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
        candidates.push_back(s);
      }
    }
    sheet.load = e.load;
    sheet.required = e.required;
  }
  sheet.sops = sops_of(index, p, carries, std::move(candidates), include_drafts);
  sheet.ej = workload::effectiveness(sheet.load, 1, analysis.settings);
  sheet.grade = workload::grade_of(sheet.ej, analysis.settings.grades);
  return sheet;
}

}  // namespace tatakerja::render
