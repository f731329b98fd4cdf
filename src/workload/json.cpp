// JSON: every figure of the view, with ids, and decimals to six places
// (hours, required, EJ) instead of the tables' two and three. Keys come in
// a fixed order, so the same repository always gives the same bytes.
#include "tatakerja/util/json.hpp"

#include <string>
#include <vector>

#include "sheet.hpp"

namespace tatakerja::workload {

namespace {

constexpr int kDecimals = 6;

// A small pretty-printing writer that takes numbers as exact decimal text
// (util::JsonWriter writes integers only).
class Writer {
 public:
  explicit Writer(std::ostream& out) : out_(out) {}

  void begin(std::string_view key, char bracket) {
    item(key);
    out_ << bracket;
    counts_.push_back(0);
  }
  void end(char bracket) {
    const bool empty = counts_.back() == 0;
    counts_.pop_back();
    if (!empty) newline();
    out_ << bracket;
  }
  void raw(std::string_view key, std::string_view json) {
    item(key);
    out_ << json;
  }
  void text(std::string_view key, std::string_view value) { raw(key, util::json_quote(value)); }
  void optional_text(std::string_view key, const std::optional<std::string>& value) {
    raw(key, value ? util::json_quote(*value) : "null");
  }

 private:
  void newline() { out_ << '\n' << std::string(2 * counts_.size(), ' '); }
  void item(std::string_view key) {
    if (counts_.empty()) return;
    if (counts_.back()++ > 0) out_ << ',';
    newline();
    if (!key.empty()) out_ << util::json_quote(key) << ": ";
  }

  std::ostream& out_;
  std::vector<int> counts_;
};

std::string number(const Ratio& value) {
  return decimal(value, kDecimals, true);
}

constexpr std::pair<const char*, model::Period> kPeriodNames[] = {
    {"day", model::Period::Day},
    {"week", model::Period::Week},
    {"month", model::Period::Month},
    {"year", model::Period::Year},
};

// A volume's period as JSON names it: null for a plain (yearly) number.
const char* period_name(model::Period period) {
  for (const auto& [name, p] : kPeriodNames) {
    if (p == period) return name;
  }
  return nullptr;
}

// hours, required, needed, staff, balance, ej, pj of a group (staff given:
// an employee counts as one).
void figures(Writer& w, const Figures& f, const Settings& s, bool with_needed = true) {
  const auto ej = effectiveness(f.load, f.staff, s);
  const auto grade = grade_of(ej, s.grades);
  w.raw("hours", number(hours(f.load)));
  w.raw("required", number(f.required));
  if (with_needed) {
    w.raw("needed", to_string(f.needed));
    w.raw("staff", to_string(f.staff));
    w.raw("balance", to_string(balance(f)));
  }
  w.raw("ej", ej ? number(*ej) : "null");
  w.optional_text("pj", grade ? std::optional<std::string>(std::string(1, grade_letter(*grade)))
                              : std::nullopt);
}

// A duty's number ("1", "1.a") and the id of the duty it is a subtask of
// (null at top level).
void number_and_parent(Writer& w, const model::Position& position, int d) {
  const auto& duty = position.duties[d];
  w.text("number", duty.number);
  w.optional_text("parent", duty.parent >= 0 ? std::optional(position.duties[duty.parent].id.value)
                                             : std::nullopt);
}

std::optional<std::string> unit_id(const model::Repository& repo, int u) {
  if (u < 0) return std::nullopt;
  return repo.units[u].doc.id.value;
}

void settings(Writer& w, const model::Repository& repo, const Analysis& a, View view) {
  const auto& g = a.settings.grades;
  w.text("organization", repo.config.organization);
  w.text("by", view_name(view));
  w.begin("settings", '{');
  w.text("method", method_name(repo.config.workload.method));
  w.raw("effective_hours", to_string(a.settings.effective_hours));
  w.raw("hours_per_day", number(Ratio(repo.config.workload.hours_per_day.seconds, 3600)));
  w.text("rounding", rounding_name(a.settings.rounding));
  w.raw("minimum_needed", to_string(a.settings.minimum_needed));
  w.begin("periods", '{');
  for (const auto& [name, period] : kPeriodNames) {
    w.raw(name, number(Ratio(a.settings.periods.of(period), model::Periods::kScale)));
  }
  w.end('}');
  w.begin("effective_time_minutes", '{');  // WKE of each period (waktu kerja efektif)
  for (const auto& [name, period] : kPeriodNames) {
    w.raw(name, number(effective_seconds(period, a.settings) / Ratio(60)));
  }
  w.end('}');
  w.begin("grades", '{');
  w.raw("A", number(Ratio(g.a, 1000)));
  w.raw("B", number(Ratio(g.b, 1000)));
  w.raw("C", number(Ratio(g.c, 1000)));
  w.raw("D", number(Ratio(g.d, 1000)));
  w.end('}');
  w.end('}');
}

void position_item(Writer& w, const model::Repository& repo, const Analysis& a,
                   const PositionFigures& p) {
  const auto& position = repo.positions[p.position];
  w.begin("", '{');
  w.text("id", position.doc.id.value);
  w.text("name", position.name.value);
  w.optional_text("unit", unit_id(repo, p.unit));
  figures(w, p.figures, a.settings);
  w.begin("duties", '[');
  for (const auto& d : p.duties) {
    w.begin("", '{');
    w.text("id", position.duties[d.duty].id.value);
    number_and_parent(w, position, d.duty);
    w.raw("counted", d.counted ? "true" : "false");
    w.raw("hours", number(hours(d.load)));
    w.raw("required", number(d.required));
    w.end('}');
  }
  w.end(']');
  w.end('}');
}

void unit_item(Writer& w, const model::Repository& repo, const Analysis& a, const UnitFigures& u) {
  w.begin("", '{');
  w.optional_text("id", unit_id(repo, u.unit));
  w.text("name", u.unit >= 0 ? repo.units[u.unit].name.value : "");
  w.optional_text("parent", u.unit >= 0 && u.depth > 0
                                ? unit_id(repo, repo.units[u.unit].parent_ref)
                                : std::nullopt);
  w.raw("depth", std::to_string(u.depth));
  w.begin("positions", '[');
  for (int i : u.positions) w.text("", repo.positions[a.positions[i].position].doc.id.value);
  w.end(']');
  w.begin("own", '{');
  figures(w, u.own, a.settings);
  w.end('}');
  w.begin("total", '{');
  figures(w, u.tree, a.settings);
  w.end('}');
  w.end('}');
}

void employee_item(Writer& w, const model::Repository& repo, const Analysis& a,
                   const EmployeeFigures& e) {
  const auto& p = a.positions[e.position];
  const auto& position = repo.positions[p.position];
  w.begin("", '{');
  w.text("id", repo.employees[e.employee].doc.id.value);
  w.text("name", repo.employees[e.employee].name.value);
  w.text("position", position.doc.id.value);
  w.optional_text("unit", unit_id(repo, p.unit));
  w.begin("duties", '[');
  for (const auto& share : e.duties) {
    w.begin("", '{');
    w.text("id", position.duties[share.duty].id.value);
    number_and_parent(w, position, share.duty);
    w.raw("holders", std::to_string(share.holders));
    w.raw("hours", number(hours(share.load)));
    w.raw("required", number(share.required));
    w.end('}');
  }
  w.end(']');
  figures(w, Figures{e.load, e.required, 1, 0, 0}, a.settings, false);
  w.end('}');
}

void duty_item(Writer& w, const model::Repository& repo, const Analysis& a,
               const PositionFigures& p, const DutyFigures& d) {
  const auto& duty = repo.positions[p.position].duties[d.duty];
  w.begin("", '{');
  w.text("position", repo.positions[p.position].doc.id.value);
  w.optional_text("unit", unit_id(repo, p.unit));
  w.text("id", duty.id.value);
  number_and_parent(w, repo.positions[p.position], d.duty);
  w.text("text", duty.text.value);
  w.optional_text("unit_of_output",
                  duty.unit_of_output ? std::optional(duty.unit_of_output->value) : std::nullopt);
  const auto* volume = model::readable(duty.volume);
  const auto* time = model::readable(duty.standard_time);
  w.raw("volume", volume ? number(per_year(*volume, a.settings.periods)) : "null");  // a year
  w.optional_text("volume_written", volume ? std::optional(volume->written) : std::nullopt);
  w.raw("volume_in_period",
        volume ? number(Ratio(volume->amount_micro, model::Volume::kScale)) : "null");
  const char* period = volume ? period_name(volume->period) : nullptr;
  w.optional_text("period", period ? std::optional<std::string>(period) : std::nullopt);
  w.raw("standard_time_seconds", time ? std::to_string(time->seconds) : "null");
  w.optional_text("standard_time_written", time ? std::optional(time->written) : std::nullopt);
  w.raw("counted", d.counted ? "true" : "false");
  w.raw("hours", number(hours(d.load)));
  w.raw("effective_time_minutes",  // none for a duty with subtasks: each has its own
        d.heading ? "null" : number(d.effective_time / Ratio(60)));
  w.raw("required", number(d.required));
  w.begin("sops", '[');
  for (int s : d.sops) w.text("", repo.sops[s].doc.id.value);
  w.end(']');
  w.begin("holders", '[');
  for (int e : d.holders) w.text("", repo.employees[e].doc.id.value);
  w.end(']');
  w.end('}');
}

// The employees' own total: their hours, and EJ over as many people.
void employee_total(Writer& w, const Analysis& a) {
  Figures f;
  for (const auto& e : a.employees) {
    f.load = f.load + e.load;
    f.required = f.required + e.required;
  }
  f.staff = static_cast<std::int64_t>(a.employees.size());
  w.begin("total", '{');
  w.raw("employees", std::to_string(f.staff));
  figures(w, f, a.settings, false);
  w.end('}');
}

}  // namespace

const char* method_name(model::Method m) {
  return m == model::Method::PerkaBkn2011 ? "perka-bkn-19-2011" : "permenpan-rb-1-2020";
}

const char* rounding_name(model::Rounding r) {
  return r == model::Rounding::Up ? "up" : r == model::Rounding::Down ? "down" : "nearest";
}

void write_json(const model::Repository& repo, const Analysis& a, View view, std::ostream& out) {
  Writer w(out);
  w.begin("", '{');
  settings(w, repo, a, view);
  if (view == View::Position) {
    w.begin("positions", '[');
    for (const auto& p : a.positions) position_item(w, repo, a, p);
    w.end(']');
  }
  if (view == View::Position || view == View::Unit) {
    w.begin("units", '[');
    for (const auto& u : a.units) unit_item(w, repo, a, u);
    w.end(']');
  }
  if (view == View::Employee) {
    w.begin("employees", '[');
    for (const auto& e : a.employees) employee_item(w, repo, a, e);
    w.end(']');
  }
  if (view == View::Duty) {
    w.begin("duties", '[');
    for (const auto& p : a.positions) {
      for (const auto& d : p.duties) duty_item(w, repo, a, p, d);
    }
    w.end(']');
  }
  if (view == View::Employee) {
    employee_total(w, a);
  } else {
    w.begin("total", '{');
    figures(w, a.total, a.settings);
    w.end('}');
  }
  w.end('}');
  out << '\n';
}

}  // namespace tatakerja::workload
