// The JSON format (versioned: kJsonVersion): every change under the id of
// what changed, every ABK figure as an exact decimal number.
#include "tatakerja/util/json.hpp"

#include "writers.hpp"

namespace tatakerja::diff {

namespace {

using util::JsonWriter;

void optional_string(JsonWriter& w, std::string_view key, const std::optional<std::string>& v) {
  w.key(key);
  if (v) {
    w.string(*v);
  } else {
    w.null();
  }
}

void fields(JsonWriter& w, const std::vector<Field>& list) {
  w.key("fields").begin_array();
  for (const auto& f : list) {
    w.begin_object().key("field").string(f.name);
    optional_string(w, "before", f.before);
    optional_string(w, "after", f.after);
    w.end_object();
  }
  w.end_array();
}

void strings(JsonWriter& w, std::string_view key, const std::vector<std::string>& list) {
  w.key(key).begin_array();
  for (const auto& s : list) w.string(s);
  w.end_array();
}

void count(JsonWriter& w, std::string_view key, const Count& c) {
  w.key(key).begin_object().key("changed").number(static_cast<std::int64_t>(c.changed));
  w.key("added").number(static_cast<std::int64_t>(c.added));
  w.key("removed").number(static_cast<std::int64_t>(c.removed)).end_object();
}

void summary(JsonWriter& w, const Changes& changes) {
  const auto s = summarise(changes);
  w.key("summary").begin_object();
  count(w, "sops", s.sops);
  count(w, "units", s.units);
  count(w, "positions", s.positions);
  count(w, "duties", s.duties);
  count(w, "employees", s.employees);
  w.key("workload_rows").number(static_cast<std::int64_t>(s.workload_rows));
  w.key("new_findings").number(static_cast<std::int64_t>(s.new_findings));
  w.key("new_errors").number(static_cast<std::int64_t>(s.new_errors));
  w.key("gone_findings").number(static_cast<std::int64_t>(s.gone_findings));
  w.end_object();
}

void step(JsonWriter& w, const StepChange& s) {
  w.begin_object().key("change").string(s.moved ? "moved" : kind_name(s.kind));
  w.key("id_before").string(s.id_before).key("id_after").string(s.id_after);
  w.key("number_before").number(s.number_before).key("number_after").number(s.number_after);
  w.key("moved").boolean(s.moved).key("text").string(s.text);
  fields(w, s.fields);
  w.end_object();
}

void sop(JsonWriter& w, const SopChange& c) {
  w.begin_object().key("change").string(kind_name(c.kind));
  w.key("id").string(c.kind == Kind::Removed ? c.id_before : c.id_after);
  w.key("id_before").string(c.id_before).key("id_after").string(c.id_after);
  w.key("title").string(c.title).key("renamed").boolean(c.renamed);
  w.key("adopted").boolean(c.adopted);
  std::vector<Field> all = c.identity;
  all.insert(all.end(), c.fields.begin(), c.fields.end());
  fields(w, all);
  w.key("main_path_time").begin_object();
  optional_string(w, "before", c.time_before);
  optional_string(w, "after", c.time_after);
  w.end_object();
  w.key("steps").begin_array();
  for (const auto& s : c.steps) step(w, s);
  w.end_array().end_object();
}

void duty(JsonWriter& w, const DutyChange& d) {
  w.begin_object().key("change").string(d.moved ? "moved" : kind_name(d.kind));
  w.key("id").string(d.kind == Kind::Removed ? d.id_before : d.id_after);
  w.key("id_before").string(d.id_before).key("id_after").string(d.id_after);
  w.key("position_before").string(d.position_before);
  w.key("position_after").string(d.position_after);
  w.key("moved").boolean(d.moved).key("text").string(d.text);
  fields(w, d.fields);
  w.end_object();
}

void position(JsonWriter& w, const PositionChange& c) {
  w.begin_object().key("change").string(kind_name(c.kind));
  w.key("id").string(c.id).key("name").string(c.name);
  fields(w, c.fields);
  w.key("duties").begin_array();
  for (const auto& d : c.duties) duty(w, d);
  w.end_array().end_object();
}

void figure_value(JsonWriter& w, std::string_view key, const std::optional<std::string>& v,
                  bool text) {
  w.key(key);
  if (!v) {
    w.null();
  } else if (text) {
    w.string(*v);
  } else {
    w.number_text(*v);
  }
}

void workload_row(JsonWriter& w, const WorkloadChange& row) {
  w.begin_object().key("level").string(level_name(row.level));
  w.key("id").string(row.id).key("name").string(row.name);
  w.key("figures").begin_array();
  for (const auto& f : row.figures) {
    const bool text = f.name == "pj";
    w.begin_object().key("figure").string(f.name);
    figure_value(w, "before", f.before, text);
    figure_value(w, "after", f.after, text);
    w.key("change");
    if (f.delta.empty()) {
      w.null();
    } else {
      w.number_text(f.delta.starts_with("+") ? f.delta.substr(1) : f.delta);
    }
    w.end_object();
  }
  w.end_array().end_object();
}

void optional_field(JsonWriter& w, std::string_view key, const std::optional<Field>& f) {
  w.key(key);
  if (!f) {
    w.null();
    return;
  }
  w.begin_object();
  optional_string(w, "before", f->before);
  optional_string(w, "after", f->after);
  w.end_object();
}

void employee(JsonWriter& w, const EmployeeChange& c) {
  w.begin_object().key("change").string(kind_name(c.kind));
  w.key("id").string(c.id).key("name").string(c.name);
  optional_field(w, "position", c.position);
  optional_field(w, "unit", c.unit);
  strings(w, "duties_before", c.duties_before);
  strings(w, "duties_after", c.duties_after);
  strings(w, "gained", c.gained);
  strings(w, "lost", c.lost);
  w.end_object();
}

void findings(JsonWriter& w, std::string_view key, const std::vector<Finding>& list) {
  w.key(key).begin_array();
  for (const auto& f : list) {
    w.begin_object().key("file").string(f.file).key("line").number(f.line);
    w.key("rule").string(f.rule).key("severity").string(diag::severity_name(f.severity));
    w.key("message").string(f.message).end_object();
  }
  w.end_array();
}

}  // namespace

void write_json(const Changes& changes, const OutputOptions& options, std::ostream& out) {
  JsonWriter w(out);
  w.begin_object().key("version").number(kJsonVersion);
  w.key("before").string(options.before).key("after").string(options.after);
  summary(w, changes);
  w.key("sops").begin_array();
  for (const auto& c : changes.sops) sop(w, c);
  w.end_array().key("units").begin_array();
  for (const auto& c : changes.units) {
    w.begin_object().key("change").string(kind_name(c.kind)).key("id").string(c.id);
    w.key("name").string(c.name);
    fields(w, c.fields);
    w.end_object();
  }
  w.end_array().key("positions").begin_array();
  for (const auto& c : changes.positions) position(w, c);
  w.end_array().key("workload").begin_array();
  for (const auto& c : changes.workload) workload_row(w, c);
  w.end_array().key("employees").begin_array();
  for (const auto& c : changes.employees) employee(w, c);
  w.end_array();
  w.key("findings").begin_object();
  findings(w, "new", changes.new_findings);
  findings(w, "gone", changes.gone_findings);
  w.end_object().end_object();
  out << '\n';
}

}  // namespace tatakerja::diff
