// The ABK before -> after: each position's, each unit's (with its
// sub-units) and the office's figures, only those that changed.
#include <fmt/format.h>

#include <array>
#include <unordered_map>
#include <unordered_set>

#include "common.hpp"

namespace tatakerja::diff {

namespace {

using workload::Figures;
using workload::Ratio;

// The figures in the order they are reported.
enum Name { kHours, kRequired, kNeeded, kStaff, kBalance, kEj, kPj, kNames };
constexpr const char* kName[kNames] = {"hours",   "required", "needed", "staff",
                                       "balance", "ej",       "pj"};

// One figure's exact value (for its sign), or PJ's letter. Its text, as
// the workload tables show it, is made only when two values differ:
// 3,344 positions a side are compared, and few change.
struct Value {
  bool present = false;
  Ratio exact;
  char letter = 0;
};

using Values = std::array<Value, kNames>;

Values values_of(const Figures& f, const workload::Settings& s) {
  Values out;
  out[kHours] = {true, workload::hours(f.load)};
  out[kRequired] = {true, f.required};
  out[kNeeded] = {true, Ratio(f.needed)};
  out[kStaff] = {true, Ratio(f.staff)};
  out[kBalance] = {true, Ratio(workload::balance(f))};
  const auto ej = workload::effectiveness(f.load, f.staff, s);
  if (ej) out[kEj] = {true, *ej};
  if (const auto grade = workload::grade_of(ej, s.grades)) {
    out[kPj] = {true, Ratio(0), workload::grade_letter(*grade)};
  }
  return out;
}

// Hours with up to two decimals, required and EJ with three, the counts
// whole.
int decimals_of(Name name) {
  return name == kHours ? 2 : (name == kRequired || name == kEj) ? 3 : 0;
}

std::string text_of(Name name, const Value& v) {
  switch (name) {
    case kPj:
      return std::string(1, v.letter);
    case kNeeded:
    case kStaff:
    case kBalance:
      return workload::to_string(v.exact.num());
    default:
      return workload::decimal(v.exact, decimals_of(name), name == kHours);
  }
}

std::string signed_delta(const Ratio& d, int decimals, bool trim) {
  const std::string text = workload::decimal(d, decimals, trim);
  return d > Ratio(0) ? "+" + text : text;
}

std::vector<Figure> changed_figures(const Values* before, const Values* after) {
  std::vector<Figure> out;
  for (int n = 0; n < kNames; ++n) {
    const auto name = static_cast<Name>(n);
    const Value* x = before && (*before)[n].present ? &(*before)[n] : nullptr;
    const Value* y = after && (*after)[n].present ? &(*after)[n] : nullptr;
    if (!x && !y) continue;
    if (x && y && x->exact == y->exact && x->letter == y->letter) continue;
    auto tx = x ? std::optional(text_of(name, *x)) : std::nullopt;
    auto ty = y ? std::optional(text_of(name, *y)) : std::nullopt;
    if (tx == ty) continue;  // a change too small to show
    Figure f{kName[n], std::move(tx), std::move(ty), ""};
    if (x && y && name != kPj) {
      f.delta = signed_delta(y->exact - x->exact, decimals_of(name), name == kHours);
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
  std::unordered_map<std::string_view, const Row*> in_a;
  for (const auto& row : a) in_a.emplace(row.id, &row);
  std::unordered_set<std::string_view> in_b;
  for (const auto& row : b) {
    in_b.insert(row.id);
    const auto it = in_a.find(row.id);
    auto figures = changed_figures(it == in_a.end() ? nullptr : &it->second->values, &row.values);
    if (!figures.empty()) out.push_back({level, row.id, row.name, std::move(figures)});
  }
  for (const auto& row : a) {
    if (in_b.contains(row.id)) continue;
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
