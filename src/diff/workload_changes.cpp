// The ABK before -> after: each position's, each unit's (with its
// sub-units) and the office's figures, only those that changed.
#include <fmt/format.h>

#include <map>

#include "common.hpp"

namespace tatakerja::diff {

namespace {

using workload::Figures;
using workload::Ratio;

// One figure's value, exact (for its sign) and as shown.
struct Value {
  Ratio exact;
  std::string text;
};

using Values = std::map<std::string, Value>;

// The figures as the workload tables show them: hours with up to two
// decimals, required and EJ with three.
Values values_of(const Figures& f, const workload::Settings& s) {
  Values out;
  const auto hours = workload::hours(f.load);
  out["hours"] = {hours, workload::decimal(hours, 2, true)};
  out["required"] = {f.required, workload::decimal(f.required, 3)};
  out["needed"] = {Ratio(f.needed), workload::to_string(f.needed)};
  out["staff"] = {Ratio(f.staff), std::to_string(f.staff)};
  const auto balance = workload::balance(f);
  out["balance"] = {Ratio(balance), workload::to_string(balance)};
  const auto ej = workload::effectiveness(f.load, f.staff, s);
  if (ej) out["ej"] = {*ej, workload::decimal(*ej, 3)};
  if (const auto grade = workload::grade_of(ej, s.grades)) {
    out["pj"] = {Ratio(0), std::string(1, workload::grade_letter(*grade))};
  }
  return out;
}

constexpr const char* kOrder[] = {"hours", "required", "needed", "staff", "balance", "ej", "pj"};

std::string signed_delta(const Ratio& d, int decimals, bool trim) {
  const std::string text = workload::decimal(d, decimals, trim);
  return d > Ratio(0) ? "+" + text : text;
}

std::vector<Figure> changed_figures(const Values* before, const Values* after) {
  std::vector<Figure> out;
  for (const char* name : kOrder) {
    const Value* x = nullptr;
    const Value* y = nullptr;
    if (before && before->contains(name)) x = &before->at(name);
    if (after && after->contains(name)) y = &after->at(name);
    if (!x && !y) continue;
    if (x && y && x->text == y->text) continue;
    Figure f{name, x ? std::optional(x->text) : std::nullopt,
             y ? std::optional(y->text) : std::nullopt, ""};
    const std::string_view n = name;
    if (x && y && n != "pj") {
      const int decimals = n == "hours" ? 2 : (n == "required" || n == "ej") ? 3 : 0;
      f.delta = signed_delta(y->exact - x->exact, decimals, n == "hours");
    }
    out.push_back(std::move(f));
  }
  return out;
}

struct Row {
  std::string id, name;
  Values values;
};

// Rows by id, in report order.
std::vector<Row> position_rows(const Side& side) {
  std::vector<Row> out;
  for (const auto& p : side.analysis.positions) {
    const auto& position = side.repo.positions[p.position];
    out.push_back(
        {position.doc.id.value, position.name.value, values_of(p.figures, side.analysis.settings)});
  }
  return out;
}

std::vector<Row> unit_rows(const Side& side) {
  std::vector<Row> out;
  for (const auto& u : side.analysis.units) {
    if (u.unit < 0) continue;  // positions without a unit: shown by position
    const auto& unit = side.repo.units[u.unit];
    out.push_back({unit.doc.id.value, unit.name.value, values_of(u.tree, side.analysis.settings)});
  }
  return out;
}

void compare_rows(WorkloadChange::Level level, const std::vector<Row>& a, const std::vector<Row>& b,
                  std::vector<WorkloadChange>& out) {
  std::map<std::string, const Row*> in_a;
  for (const auto& row : a) in_a.emplace(row.id, &row);
  std::map<std::string, bool> seen;
  for (const auto& row : b) {
    seen[row.id] = true;
    const auto it = in_a.find(row.id);
    auto figures = changed_figures(it == in_a.end() ? nullptr : &it->second->values, &row.values);
    if (!figures.empty()) out.push_back({level, row.id, row.name, std::move(figures)});
  }
  for (const auto& row : a) {
    if (seen.contains(row.id)) continue;
    auto figures = changed_figures(&row.values, nullptr);
    if (!figures.empty()) out.push_back({level, row.id, row.name, std::move(figures)});
  }
}

}  // namespace

std::vector<WorkloadChange> compare_workload(const Side& a, const Side& b) {
  std::vector<WorkloadChange> out;
  compare_rows(WorkloadChange::Level::Position, position_rows(a), position_rows(b), out);
  compare_rows(WorkloadChange::Level::Unit, unit_rows(a), unit_rows(b), out);
  const auto before = values_of(a.analysis.total, a.analysis.settings);
  const auto after = values_of(b.analysis.total, b.analysis.settings);
  auto figures = changed_figures(&before, &after);
  if (!figures.empty()) out.push_back({WorkloadChange::Level::Office, "", "", std::move(figures)});
  return out;
}

}  // namespace tatakerja::diff
