// The figures of workload.md: per duty, position, unit, organisation and
// employee. Pure functions of the resolved repository; no decimals here.
#include "tatakerja/workload/figures.hpp"

#include <algorithm>

namespace tatakerja::workload {

namespace {

// hours(d) = yearly volume × standard time, in load units, and required(d)
// = volume in its period × standard time / that period's WKE; zero when
// either is missing or could not be read (the duty is then listed as not
// counted, never dropped).
DutyFigures duty_figures(const model::Duty& duty, int index, const Settings& settings) {
  DutyFigures out;
  out.duty = index;
  const auto* volume = model::readable(duty.volume);
  const auto* time = model::readable(duty.standard_time);
  out.effective_time = effective_seconds(volume ? volume->period : model::Period::Plain, settings);
  out.counted = volume && time;
  if (!out.counted) return out;
  out.load = per_year(*volume, settings.periods) *
             Ratio(checked_mul(time->seconds, model::Volume::kScale));
  out.required = Ratio(checked_mul(volume->amount_micro, time->seconds), model::Volume::kScale) /
                 out.effective_time;
  return out;
}

bool lists(const model::Employee& employee, int d) {
  const auto& refs = employee.duty_refs;
  return d >= 0 && std::find(refs.begin(), refs.end(), d) != refs.end();
}

// The employees who carry duty `d`: those who list it or the duty it is a
// subtask of, and those who list no duties at all (they carry every duty of
// the position). A heading's are those who carry any of its subtasks.
std::vector<int> holders_of(const model::Repository& repo, const model::Position& position,
                            const std::vector<int>& employees, int d) {
  const auto& duty = position.duties[d];
  const auto leaves = model::leaf_duties(position, d);
  std::vector<int> holders;
  for (int e : employees) {
    const auto& employee = repo.employees[e];
    bool carries = !employee.duties.present || lists(employee, d);
    for (int leaf : leaves) carries = carries || lists(employee, leaf);
    if (carries || lists(employee, duty.parent)) holders.push_back(e);
  }
  return holders;
}

void merge_sops(std::vector<int>& into, const std::vector<int>& more) {
  into.insert(into.end(), more.begin(), more.end());
  std::sort(into.begin(), into.end());
  into.erase(std::unique(into.begin(), into.end()), into.end());
}

// A heading's figures: the sums of its subtasks' (already in `out`). An SOP
// for the heading carries out each subtask; the heading is carried out by
// its own SOPs and its subtasks'.
void sum_subtasks(const model::Position& position, PositionFigures& out, int d) {
  auto& heading = out.duties[d];
  heading.heading = true;
  const auto own = heading.sops;
  for (int leaf : model::leaf_duties(position, d)) {
    auto& sub = out.duties[leaf];
    heading.load = heading.load + sub.load;
    heading.required = heading.required + sub.required;
    merge_sops(sub.sops, own);
    merge_sops(heading.sops, sub.sops);
  }
}

// The SOPs (not archived) that carry out each duty: [position][duty].
using SopsByDuty = std::vector<std::vector<std::vector<int>>>;

SopsByDuty sops_by_duty(const model::Repository& repo) {
  SopsByDuty out(repo.positions.size());
  for (std::size_t p = 0; p < repo.positions.size(); ++p)
    out[p].resize(repo.positions[p].duties.size());
  for (int s = 0; s < static_cast<int>(repo.sops.size()); ++s) {
    const auto& sop = repo.sops[s];
    if (sop.effective_status() == model::SopStatus::Archived) continue;
    for (const auto& ref : sop.duty_refs) {
      if (ref.position < 0 || ref.position >= static_cast<int>(out.size())) continue;
      auto& list = out[ref.position];
      if (ref.duty < 0 || ref.duty >= static_cast<int>(list.size())) continue;
      if (list[ref.duty].empty() || list[ref.duty].back() != s) list[ref.duty].push_back(s);
    }
  }
  return out;
}

PositionFigures position_figures(const model::Repository& repo, int p,
                                 const std::vector<int>& employees,
                                 const std::vector<std::vector<int>>& sops,
                                 const Settings& settings) {
  const auto& position = repo.positions[p];
  PositionFigures out;
  out.position = p;
  out.unit = position.unit_ref;
  for (int d = 0; d < static_cast<int>(position.duties.size()); ++d) {
    auto duty = duty_figures(position.duties[d], d, settings);
    duty.parent = position.duties[d].parent;
    duty.holders = holders_of(repo, position, employees, d);
    duty.sops = sops[d];
    if (position.duties[d].has_subtasks()) duty.counted = true;  // its subtasks are
    out.figures.load = out.figures.load + duty.load;
    out.figures.required = out.figures.required + duty.required;
    out.duties.push_back(std::move(duty));
  }
  for (int d = 0; d < static_cast<int>(position.duties.size()); ++d) {
    if (position.duties[d].has_subtasks()) sum_subtasks(position, out, d);
  }
  // Bezetting: the Employee documents, else `staff`, else nobody.
  out.figures.staff = !employees.empty() ? static_cast<std::int64_t>(employees.size())
                      : model::readable(position.staff) ? position.staff->value
                                                        : 0;
  out.figures.needed = needed_for(out.figures, settings);
  out.figures.positions = 1;
  return out;
}

// Each employee's share of the duties they carry: a duty shared by several
// holders is split equally between them.
// A heading's share (the sums of the employee's shares of its subtasks)
// comes before them and is not counted again.
EmployeeFigures employee_figures(const PositionFigures& position, int e, int position_row) {
  EmployeeFigures out;
  out.employee = e;
  out.position = position_row;
  int heading = -1;  // index in out.duties of the current heading's share
  for (const auto& duty : position.duties) {
    const auto& holders = duty.holders;
    if (std::find(holders.begin(), holders.end(), e) == holders.end()) continue;
    const int count = static_cast<int>(holders.size());
    if (duty.heading) {
      heading = static_cast<int>(out.duties.size());
      out.duties.push_back(EmployeeShare{duty.duty, count, {}, {}, true});
      continue;
    }
    EmployeeShare share{duty.duty, count, duty.load / Ratio(count), duty.required / Ratio(count)};
    out.load = out.load + share.load;
    out.required = out.required + share.required;
    if (duty.parent >= 0 && heading >= 0 && out.duties[heading].duty == duty.parent) {
      out.duties[heading].load = out.duties[heading].load + share.load;
      out.duties[heading].required = out.duties[heading].required + share.required;
    }
    out.duties.push_back(share);
  }
  return out;
}

// Positions in report order: unit by unit (head first), then those with no
// unit (or a unit that does not resolve).
std::vector<int> position_order(const model::Repository& repo,
                                const std::vector<std::pair<int, int>>& units) {
  std::vector<std::vector<int>> in_unit(repo.units.size());
  for (int p = 0; p < static_cast<int>(repo.positions.size()); ++p) {
    const int u = repo.positions[p].unit_ref;
    if (u >= 0 && u < static_cast<int>(repo.units.size())) in_unit[u].push_back(p);
  }
  std::vector<int> order;
  std::vector<char> placed(repo.positions.size(), 0);
  auto place = [&](int p) {
    if (!placed[p]) order.push_back(p);
    placed[p] = 1;
  };
  for (const auto& [u, depth] : units) {
    const int head = repo.units[u].head_ref;
    if (head >= 0 && repo.positions[head].unit_ref == u) place(head);
    for (int p : in_unit[u]) place(p);
  }
  for (int p = 0; p < static_cast<int>(repo.positions.size()); ++p) place(p);
  return order;
}

}  // namespace

bool is_covered(const std::vector<DutyFigures>& duties, const DutyFigures& duty) {
  if (!duty.heading) return !duty.sops.empty();
  for (const auto& d : duties) {
    if (d.parent == duty.duty && d.sops.empty()) return false;
  }
  return true;
}

Settings settings_of(const model::Config& config, std::optional<std::int64_t> effective_hours) {
  Settings s;
  const auto& w = config.workload;
  s.effective_hours = effective_hours.value_or(w.effective_hours);
  s.rounding = w.rounding;
  s.minimum_needed = w.minimum_needed;
  s.periods = w.periods;
  s.effective_time = w.effective_time;
  s.grades = w.grades;
  return s;
}

Ratio effective_seconds(model::Period period, const Settings& s) {
  if (const auto& own = s.effective_time.of(period)) return Ratio(own->seconds);
  return Ratio(checked_mul(Wide{s.effective_hours} * 3600, model::Periods::kScale),
               s.periods.of(period));
}

Ratio per_year(const model::Volume& volume, const model::Periods& periods) {
  return Ratio(checked_mul(volume.amount_micro, periods.of(volume.period)),
               Wide{model::Volume::kScale} * model::Periods::kScale);
}

char grade_letter(Grade grade) {
  return static_cast<char>('A' + static_cast<int>(grade));
}

Figures& Figures::operator+=(const Figures& other) {
  load = load + other.load;
  required = required + other.required;
  staff += other.staff;
  needed = checked_add(needed, other.needed);
  positions += other.positions;
  return *this;
}

Ratio hours(const Ratio& load) {
  return load / Ratio(kLoadPerHour);
}

Wide needed_for(const Figures& f, const Settings& s) {
  const Wide needed = round_whole(f.required, s.rounding);
  if (f.load > Ratio(0) && needed < s.minimum_needed) return s.minimum_needed;
  return needed;
}

Wide balance(const Figures& f) {
  return Wide{f.staff} - f.needed;
}

std::optional<Ratio> effectiveness(const Ratio& load, std::int64_t staff, const Settings& s) {
  if (staff <= 0) return std::nullopt;
  return load / Ratio(checked_mul(checked_mul(kLoadPerHour, s.effective_hours), staff));
}

std::optional<Grade> grade_of(const std::optional<Ratio>& ej, const model::Grades& grades) {
  if (!ej) return std::nullopt;
  auto bound = [](std::int64_t thousandths) { return Ratio(thousandths, 1000); };
  if (*ej > bound(grades.a)) return Grade::A;
  if (*ej >= bound(grades.b)) return Grade::B;
  if (*ej >= bound(grades.c)) return Grade::C;
  if (*ej >= bound(grades.d)) return Grade::D;
  return Grade::E;
}

Analysis analyse(const model::Repository& repo, const Settings& settings) {
  Analysis out;
  out.settings = settings;
  std::vector<std::vector<int>> employees(repo.positions.size());
  for (int e = 0; e < static_cast<int>(repo.employees.size()); ++e) {
    const int p = repo.employees[e].position_ref;
    if (p >= 0 && p < static_cast<int>(repo.positions.size())) employees[p].push_back(e);
  }
  const auto units = unit_tree_order(repo);
  const auto sops = sops_by_duty(repo);
  for (int p : position_order(repo, units)) {
    out.positions.push_back(position_figures(repo, p, employees[p], sops[p], settings));
    const int row = static_cast<int>(out.positions.size()) - 1;
    for (int e : employees[p]) {
      out.employees.push_back(employee_figures(out.positions.back(), e, row));
    }
    out.total += out.positions.back().figures;
  }
  out.units = unit_figures(repo, units, out.positions);
  return out;
}

}  // namespace tatakerja::workload
