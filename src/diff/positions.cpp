// Units, positions and their duties. Duties are matched across every
// position at once, so a duty handed to another position is one move.
#include <fmt/format.h>

#include <map>

#include "common.hpp"

namespace tatakerja::diff {

namespace {

using model::Duty;
using model::Position;

struct DutyAt {
  int position = -1;
  int duty = -1;
};

std::vector<DutyAt> all_duties(const model::Repository& repo) {
  std::vector<DutyAt> out;
  for (int p = 0; p < static_cast<int>(repo.positions.size()); ++p) {
    for (int d = 0; d < static_cast<int>(repo.positions[p].duties.size()); ++d)
      out.push_back({p, d});
  }
  return out;
}

// The hours a year of each counted duty, by position and duty index: kept
// exact, and shown (with up to two decimals) only for a duty that changed.
using DutyHours = std::vector<std::vector<std::optional<workload::Ratio>>>;

DutyHours duty_hours(const Side& side) {
  DutyHours out(side.repo.positions.size());
  for (const auto& p : side.analysis.positions) {
    auto& hours = out[p.position];
    hours.resize(side.repo.positions[p.position].duties.size());
    for (const auto& d : p.duties) {
      if (d.counted) hours[d.duty] = workload::hours(d.load);
    }
  }
  return out;
}

const std::optional<workload::Ratio>& exact_hours(const DutyHours& hours, DutyAt at) {
  static const std::optional<workload::Ratio> kNone;
  const auto& of_position = hours[at.position];
  return static_cast<std::size_t>(at.duty) < of_position.size() ? of_position[at.duty] : kNone;
}

std::optional<std::string> hours_of(const DutyHours& hours, DutyAt at) {
  const auto& exact = exact_hours(hours, at);
  if (!exact) return std::nullopt;
  return workload::decimal(*exact, 2, true);
}

class DutyComparison {
 public:
  DutyComparison(const Side& a, const Side& b)
      : a_(a),
        b_(b),
        da_(all_duties(a.repo)),
        db_(all_duties(b.repo)),
        hours_a_(duty_hours(a)),
        hours_b_(duty_hours(b)),
        same_source_(a.repo, b.repo) {}

  // Each position's duty changes, by Position id.
  std::map<std::string, std::vector<DutyChange>> run() {
    const auto b_of_a = match(
        static_cast<int>(da_.size()), static_cast<int>(db_.size()),
        {key(true, true), key(true, false), key(false, false)},
        [&](int i, int j) { return score(i, j); }, 0.6);
    std::vector<int> a_of_b(db_.size(), -1);
    for (std::size_t i = 0; i < da_.size(); ++i) {
      if (b_of_a[i] >= 0) a_of_b[b_of_a[i]] = static_cast<int>(i);
    }
    std::map<std::string, std::vector<DutyChange>> out;
    for (std::size_t j = 0; j < db_.size(); ++j) {
      const auto& y = duty(true, static_cast<int>(j));
      if (a_of_b[j] >= 0 && unchanged(a_of_b[j], static_cast<int>(j))) continue;
      DutyChange change{Kind::Added, "", y.id.value, "", position_id(true, db_[j]), y.text.value};
      if (a_of_b[j] >= 0) change = changed(a_of_b[j], static_cast<int>(j));
      if (change.kind == Kind::Added) {
        add_field(change.fields, "hours", std::nullopt, hours_of(hours_b_, db_[j]));
      }
      if (change.kind == Kind::Changed && !change.moved && change.fields.empty()) continue;
      out[change.position_after].push_back(std::move(change));
    }
    for (std::size_t i = 0; i < da_.size(); ++i) {
      if (b_of_a[i] >= 0) continue;
      const auto& x = duty(false, static_cast<int>(i));
      DutyChange change{Kind::Removed, x.id.value, "", position_id(false, da_[i]), "",
                        x.text.value};
      add_field(change.fields, "hours", hours_of(hours_a_, da_[i]), std::nullopt);
      out[change.position_before].push_back(std::move(change));
    }
    return out;
  }

 private:
  const Duty& duty(bool in_b, int k) const {
    const auto at = (in_b ? db_ : da_)[k];
    return (in_b ? b_ : a_).repo.positions[at.position].duties[at.duty];
  }

  std::string position_id(bool in_b, DutyAt at) const {
    return (in_b ? b_ : a_).repo.positions[at.position].doc.id.value;
  }

  // By id or text, within the same position or anywhere.
  KeyOf key(bool by_id, bool same_position) const {
    return [this, by_id, same_position](bool in_b, int k) -> std::optional<std::string> {
      const auto& d = duty(in_b, k);
      std::string key = by_id ? d.id.value : normal(d.text.value);
      if (key.empty()) return std::nullopt;
      if (same_position) key = position_id(in_b, (in_b ? db_ : da_)[k]) + '\0' + key;
      return key;
    };
  }

  // Similar text, within the same position or with the same id.
  double score(int i, int j) const {
    const auto& x = duty(false, i);
    const auto& y = duty(true, j);
    const bool near = position_id(false, da_[i]) == position_id(true, db_[j]) ||
                      (!x.id.value.empty() && x.id.value == y.id.value);
    return near ? similarity(x.text.value, y.text.value) : 0.0;
  }

  // The same duty of the same bytes on both sides, with the same hours: it
  // has nothing to show (most duties, in most changes).
  bool unchanged(int i, int j) const {
    return same_source_(duty(false, i).loc, duty(true, j).loc) &&
           exact_hours(hours_a_, da_[i]) == exact_hours(hours_b_, db_[j]);
  }

  DutyChange changed(int i, int j) const {
    const auto& x = duty(false, i);
    const auto& y = duty(true, j);
    DutyChange change{Kind::Changed,
                      x.id.value,
                      y.id.value,
                      position_id(false, da_[i]),
                      position_id(true, db_[j]),
                      y.text.value};
    change.moved = change.position_before != change.position_after;
    auto& f = change.fields;
    add_field(f, "id", x.id.value, y.id.value);
    add_field(f, "text", x.text.value, y.text.value);
    add_field(f, "volume", shown(x.volume), shown(y.volume));
    add_field(f, "standard_time", shown(x.standard_time), shown(y.standard_time));
    add_field(f, "output", shown(x.output), shown(y.output));
    add_field(f, "unit_of_output", shown(x.unit_of_output), shown(y.unit_of_output));
    add_field(f, "sop", shown(x.sop), shown(y.sop));
    add_field(f, "stages", shown(x.stages), shown(y.stages));
    add_field(f, "hours", hours_of(hours_a_, da_[i]), hours_of(hours_b_, db_[j]));
    return change;
  }

  const Side& a_;
  const Side& b_;
  std::vector<DutyAt> da_, db_;
  DutyHours hours_a_, hours_b_;
  SameSource same_source_;
};

// "Dibagi habis": the duties of a position that no employee carries (a
// heading counts through its subtasks), by position index; nullopt when
// every duty is someone's.
std::map<int, std::string> unassigned_duties(const Side& side) {
  std::map<int, std::string> out;
  for (const auto& p : side.analysis.positions) {
    std::string ids;
    for (const auto& d : p.duties) {
      if (d.heading || !d.holders.empty()) continue;
      ids += (ids.empty() ? "" : ", ") + side.repo.positions[p.position].duties[d.duty].id.value;
    }
    if (!ids.empty()) out[p.position] = std::move(ids);
  }
  return out;
}

std::optional<std::string> unassigned_of(const std::map<int, std::string>& all, int position) {
  const auto it = all.find(position);
  if (it == all.end()) return std::nullopt;
  return it->second;
}

void position_fields(const Position& x, const Position& y, std::vector<Field>& f) {
  add_field(f, "name", x.name.value, y.name.value);
  add_field(f, "unit", shown(x.unit), shown(y.unit));
  add_field(f, "type", shown(x.type), shown(y.type));
  add_field(f, "grade", shown(x.grade), shown(y.grade));
  add_field(f, "reports_to", shown(x.reports_to), shown(y.reports_to));
  add_field(f, "staff", shown(x.staff), shown(y.staff));
  add_field(f, "summary", shown(x.summary), shown(y.summary));
  add_field(f, "responsibilities", shown(x.responsibilities), shown(y.responsibilities));
  add_field(f, "authority", shown(x.authority), shown(y.authority));
}

}  // namespace

std::vector<UnitChange> compare_units(const model::Repository& a, const model::Repository& b) {
  std::vector<UnitChange> out;
  for (const auto& y : b.units) {
    const auto it = a.unit_index.find(y.doc.id.value);
    if (it == a.unit_index.end()) {
      out.push_back({Kind::Added, y.doc.id.value, y.name.value});
      continue;
    }
    const auto& x = a.units[it->second];
    UnitChange change{Kind::Changed, y.doc.id.value, y.name.value};
    add_field(change.fields, "name", x.name.value, y.name.value);
    add_field(change.fields, "parent", shown(x.parent), shown(y.parent));
    add_field(change.fields, "head", shown(x.head), shown(y.head));
    add_field(change.fields, "order", shown(x.order), shown(y.order));
    if (!change.fields.empty()) out.push_back(std::move(change));
  }
  for (const auto& x : a.units) {
    if (!b.unit_index.contains(x.doc.id.value))
      out.push_back({Kind::Removed, x.doc.id.value, x.name.value});
  }
  return out;
}

std::vector<PositionChange> compare_positions(const Side& a, const Side& b) {
  auto duties = DutyComparison(a, b).run();
  auto take = [&](const std::string& id) {
    const auto it = duties.find(id);
    if (it == duties.end()) return std::vector<DutyChange>{};
    auto out = std::move(it->second);
    duties.erase(it);
    return out;
  };
  const auto unassigned_a = unassigned_duties(a), unassigned_b = unassigned_duties(b);
  const SameSource same_source(a.repo, b.repo);
  std::vector<PositionChange> out;
  for (int j = 0; j < static_cast<int>(b.repo.positions.size()); ++j) {
    const auto& y = b.repo.positions[j];
    const auto& id = y.doc.id.value;
    const auto it = a.repo.position_index.find(id);
    PositionChange change{it == a.repo.position_index.end() ? Kind::Added : Kind::Changed, id,
                          y.name.value};
    if (change.kind == Kind::Changed) {
      const auto& x = a.repo.positions[it->second];
      if (!same_source(x.doc.start, y.doc.start)) position_fields(x, y, change.fields);
      add_field(change.fields, "unassigned_duties", unassigned_of(unassigned_a, it->second),
                unassigned_of(unassigned_b, j));
    }
    change.duties = take(id);
    if (change.kind == Kind::Added || !change.fields.empty() || !change.duties.empty()) {
      out.push_back(std::move(change));
    }
  }
  for (const auto& x : a.repo.positions) {
    if (b.repo.position_index.contains(x.doc.id.value)) continue;
    out.push_back({Kind::Removed, x.doc.id.value, x.name.value, {}, take(x.doc.id.value)});
  }
  return out;
}

}  // namespace tatakerja::diff
