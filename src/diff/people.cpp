// Employees: who moved position or unit, and who gained or lost duties
// (their Lembar Uraian Tugas before -> after).
#include <fmt/format.h>

#include <algorithm>

#include "common.hpp"

namespace tatakerja::diff {

namespace {

using model::Employee;
using model::Repository;

std::optional<std::string> position_of(const Repository& repo, const Employee& e) {
  if (e.position_ref < 0) return shown(e.position);
  return repo.positions[e.position_ref].doc.id.value;
}

std::optional<std::string> unit_of(const Repository& repo, const Employee& e) {
  if (e.position_ref < 0) return std::nullopt;
  return shown(repo.positions[e.position_ref].unit);
}

// One duty an employee carries, as its three texts: compared as they are,
// and written out ("POSITION/DUTY: text") only for an employee whose duties
// changed.
struct Carried {
  std::string_view position, duty, text;
  friend bool operator==(const Carried&, const Carried&) = default;
};

// The duties the employee carries: those listed, else all of the
// position's.
std::vector<Carried> carried(const Repository& repo, const Employee& e) {
  std::vector<Carried> out;
  if (e.position_ref < 0) return out;
  const auto& position = repo.positions[e.position_ref];
  auto add = [&](int d) {
    const auto& duty = position.duties[d];
    out.push_back({position.doc.id.value, duty.id.value, duty.text.value});
  };
  if (e.duties.present) {
    for (int d : e.duty_refs) {
      if (d >= 0) add(d);
    }
  } else {
    for (int d = 0; d < static_cast<int>(position.duties.size()); ++d) add(d);
  }
  return out;
}

std::vector<std::string> written(const std::vector<Carried>& duties) {
  std::vector<std::string> out;
  for (const auto& d : duties) out.push_back(fmt::format("{}/{}: {}", d.position, d.duty, d.text));
  return out;
}

std::vector<std::string> duties_of(const Repository& repo, const Employee& e) {
  return written(carried(repo, e));
}

std::vector<std::string> minus(const std::vector<std::string>& a,
                               const std::vector<std::string>& b) {
  std::vector<std::string> out;
  for (const auto& item : a) {
    if (std::find(b.begin(), b.end(), item) == b.end()) out.push_back(item);
  }
  return out;
}

EmployeeChange compare_employee(const Repository& a, const Employee& x, const Repository& b,
                                const Employee& y) {
  EmployeeChange change{Kind::Changed, y.doc.id.value, y.name.value};
  const auto pa = position_of(a, x), pb = position_of(b, y);
  if (pa != pb) change.position = Field{"position", pa, pb};
  const auto ua = unit_of(a, x), ub = unit_of(b, y);
  if (ua != ub) change.unit = Field{"unit", ua, ub};
  if (const auto ca = carried(a, x), cb = carried(b, y); ca != cb) {
    const auto da = written(ca), db = written(cb);
    change.duties_before = da;
    change.duties_after = db;
    change.gained = minus(db, da);
    change.lost = minus(da, db);
  }
  return change;
}

}  // namespace

std::vector<EmployeeChange> compare_employees(const Repository& a, const Repository& b) {
  std::vector<EmployeeChange> out;
  for (const auto& y : b.employees) {
    const auto it = a.employee_index.find(y.doc.id.value);
    if (it == a.employee_index.end()) {
      EmployeeChange change{Kind::Added, y.doc.id.value, y.name.value};
      change.position = Field{"position", std::nullopt, position_of(b, y)};
      change.unit = Field{"unit", std::nullopt, unit_of(b, y)};
      change.duties_after = change.gained = duties_of(b, y);
      out.push_back(std::move(change));
      continue;
    }
    auto change = compare_employee(a, a.employees[it->second], b, y);
    if (change.position || change.unit || !change.duties_after.empty() ||
        !change.duties_before.empty()) {
      out.push_back(std::move(change));
    }
  }
  for (const auto& x : a.employees) {
    if (b.employee_index.contains(x.doc.id.value)) continue;
    EmployeeChange change{Kind::Removed, x.doc.id.value, x.name.value};
    change.position = Field{"position", position_of(a, x), std::nullopt};
    change.unit = Field{"unit", unit_of(a, x), std::nullopt};
    change.duties_before = change.lost = duties_of(a, x);
    out.push_back(std::move(change));
  }
  return out;
}

}  // namespace tatakerja::diff
