#include <fmt/format.h>

#include "reader.hpp"
#include "tatakerja/diag/rules.hpp"
#include "tatakerja/load/loader.hpp"
#include "tatakerja/load/values.hpp"
#include "tatakerja/util/text.hpp"

namespace tatakerja::load {

namespace {

using model::Config;
using yaml::Node;

template <class T>
void set_count(Reader& r, std::string_view key, const Node& v, T& target, bool positive = true) {
  if (auto n = r.count(key, v)) {
    if (positive && n->value == 0) {
      r.error(n->loc, fmt::format("`{}` must be greater than zero", key));
    } else {
      target = n->value;
    }
  }
}

void set_periods(Reader& r, std::string_view key, const Node& v, std::int64_t& target) {
  auto text = r.text(key, v);
  if (!text) return;
  auto parsed = parse_millionths(text->value);
  if (!parsed.ok()) {
    r.error(v.loc, parsed.error());
  } else if (parsed.value() == 0) {
    r.error(v.loc, fmt::format("`{}` must be greater than zero", key));
  } else {
    target = parsed.value();
  }
}

using P = model::Periods;
constexpr Field<P> kPeriodFields[] = {
    {"day", kDecimal, "Periods a year for volumes given per day",
     [](Reader& r, const Node&, const Node& v, P& p) { set_periods(r, "day", v, p.day); }},
    {"week", kDecimal, "Periods a year for volumes given per week",
     [](Reader& r, const Node&, const Node& v, P& p) { set_periods(r, "week", v, p.week); }},
    {"month", kDecimal, "Periods a year for volumes given per month",
     [](Reader& r, const Node&, const Node& v, P& p) { set_periods(r, "month", v, p.month); }},
    {"year", kDecimal, "Periods a year for volumes given per year",
     [](Reader& r, const Node&, const Node& v, P& p) { set_periods(r, "year", v, p.year); }},
};

FieldDocs period_docs() {
  static const auto docs = field_docs(kPeriodFields);
  return docs;
}

void set_effective_time(Reader& r, std::string_view key, const Node& v,
                        std::optional<model::Duration>& target) {
  auto time = r.duration(key, v);
  if (!time) return;
  if (time->value.seconds <= 0) {
    r.error(v.loc, fmt::format("`{}` must be longer than zero", key));
    return;
  }
  target = time->value;
}

using E = model::EffectiveTime;
constexpr Field<E> kEffectiveTimeFields[] = {
    {"day", kDuration, "Effective working time of a day (e.g. 300m)",
     [](Reader& r, const Node&, const Node& v, E& e) { set_effective_time(r, "day", v, e.day); }},
    {"week", kDuration, "Effective working time of a week (e.g. 1500m)",
     [](Reader& r, const Node&, const Node& v, E& e) { set_effective_time(r, "week", v, e.week); }},
    {"month", kDuration, "Effective working time of a month (e.g. 6000m)",
     [](Reader& r, const Node&, const Node& v, E& e) {
       set_effective_time(r, "month", v, e.month);
     }},
    {"year", kDuration, "Effective working time of a year (e.g. 1200h)",
     [](Reader& r, const Node&, const Node& v, E& e) { set_effective_time(r, "year", v, e.year); }},
};

FieldDocs effective_time_docs() {
  static const auto docs = field_docs(kEffectiveTimeFields);
  return docs;
}

constexpr std::string_view kMethods[] = {"permenpan-rb-1-2020", "perka-bkn-19-2011"};

void read_method(Reader& r, const Node& v, model::WorkloadSettings& w) {
  auto text = r.text("method", v);
  if (!text) return;
  for (std::size_t i = 0; i < std::size(kMethods); ++i) {
    if (text->value == kMethods[i]) {
      w.method = static_cast<model::Method>(i);
      return;
    }
  }
  r.unknown_choice(v.loc, text->value,
                   "`method` must be `permenpan-rb-1-2020` or `perka-bkn-19-2011`", kMethods);
}

const Node* value_of(const Node& mapping, std::string_view key) {
  if (!mapping.is_mapping()) return nullptr;
  for (const auto& [k, value] : mapping.entries) {
    if (k.is_scalar() && k.scalar == key) return &value;
  }
  return nullptr;
}

bool has_key(const Node& mapping, std::string_view key) {
  return value_of(mapping, key);
}

// The method's effective hours and periods, for each of those keys that
// `workload` (the mapping `v`) does not set itself: a key written in
// tatakerja.yaml always wins, wherever it stands.
void apply_method(const Node& v, model::WorkloadSettings& w) {
  const auto preset = model::preset_of(w.method);
  if (!has_key(v, "effective_hours")) w.effective_hours = preset.effective_hours;
  const Node* periods = value_of(v, "periods");
  auto keep = [&](std::string_view key) { return periods && has_key(*periods, key); };
  if (!keep("day")) w.periods.day = preset.periods.day;
  if (!keep("week")) w.periods.week = preset.periods.week;
  if (!keep("month")) w.periods.month = preset.periods.month;
  if (!keep("year")) w.periods.year = preset.periods.year;
}

void set_grade(Reader& r, const Node& v, std::int64_t& bound) {
  auto text = r.text("grades", v);
  if (!text) return;
  auto parsed = parse_thousandths(text->value);
  if (parsed.ok())
    bound = parsed.value();
  else
    r.error(v.loc, parsed.error());
}

using G = model::Grades;
constexpr Field<G> kGradeFields[] = {
    {"A", kDecimal, "Lowest effectiveness (EJ) of grade A",
     [](Reader& r, const Node&, const Node& v, G& g) { set_grade(r, v, g.a); }},
    {"B", kDecimal, "Lowest effectiveness (EJ) of grade B",
     [](Reader& r, const Node&, const Node& v, G& g) { set_grade(r, v, g.b); }},
    {"C", kDecimal, "Lowest effectiveness (EJ) of grade C",
     [](Reader& r, const Node&, const Node& v, G& g) { set_grade(r, v, g.c); }},
    {"D", kDecimal, "Lowest effectiveness (EJ) of grade D",
     [](Reader& r, const Node&, const Node& v, G& g) { set_grade(r, v, g.d); }},
};

FieldDocs grade_docs() {
  static const auto docs = field_docs(kGradeFields);
  return docs;
}

void read_hours_per_day(Reader& r, const Node& v, model::WorkloadSettings& w) {
  auto text = r.text("hours_per_day", v);
  if (!text) return;
  auto parsed = parse_duration(text->value + "h", model::Duration{3600});
  if (!parsed.ok() || parsed.value().seconds <= 0 || parsed.value().seconds > 24 * 3600) {
    r.error(v.loc, "`hours_per_day` must be a number of hours between 0 and 24, e.g. `5` or `7.5`");
    return;
  }
  w.hours_per_day = parsed.value();
}

constexpr std::string_view kRoundings[] = {"nearest", "up", "down"};
constexpr auto kLanguages = util::word_list(model::kLanguages);

void read_rounding(Reader& r, const Node& v, model::WorkloadSettings& w) {
  auto text = r.text("rounding", v);
  if (!text) return;
  if (text->value == "nearest")
    w.rounding = model::Rounding::Nearest;
  else if (text->value == "up")
    w.rounding = model::Rounding::Up;
  else if (text->value == "down")
    w.rounding = model::Rounding::Down;
  else
    r.unknown_choice(v.loc, text->value, "`rounding` must be `nearest`, `up` or `down`",
                     kRoundings);
}

using W = model::WorkloadSettings;
constexpr Field<W> kWorkloadFields[] = {
    {"method", one_of(kMethods),
     "Published set of effective time and periods (default permenpan-rb-1-2020)",
     [](Reader& r, const Node&, const Node& v, W& w) { read_method(r, v, w); }},
    {"effective_hours", kCount, "Effective working hours a year (Jam Kerja Efektif; default 1250)",
     [](Reader& r, const Node&, const Node& v, W& w) {
       set_count(r, "effective_hours", v, w.effective_hours);
     }},
    {"hours_per_day", kHours, "Hours in a day of a duration such as 1 hari (default 5)",
     [](Reader& r, const Node&, const Node& v, W& w) { read_hours_per_day(r, v, w); }},
    {"rounding", one_of(kRoundings), "How staff needed is rounded (default nearest)",
     [](Reader& r, const Node&, const Node& v, W& w) { read_rounding(r, v, w); }},
    {"minimum_needed", kCount, "Staff needed at least by a position with any workload (default 0)",
     [](Reader& r, const Node&, const Node& v, W& w) {
       set_count(r, "minimum_needed", v, w.minimum_needed, false);
     }},
    {"effective_time", nested(Shape::Mapping, effective_time_docs),
     "Effective working time of each period, where it is not effective_hours / periods",
     [](Reader& r, const Node&, const Node& v, W& w) {
       if (r.expect_mapping("effective_time", v, "a mapping"))
         read_fields(r, v, w.effective_time, kEffectiveTimeFields, "`effective_time`");
     }},
    {"periods", nested(Shape::Mapping, period_docs), "Periods a year, for volumes given per period",
     [](Reader& r, const Node&, const Node& v, W& w) {
       if (r.expect_mapping("periods", v, "a mapping"))
         read_fields(r, v, w.periods, kPeriodFields, "`periods`");
     }},
    {"grades", nested(Shape::Mapping, grade_docs), "Lower bounds of the grades (PJ) A to D",
     [](Reader& r, const Node&, const Node& v, W& w) {
       if (r.expect_mapping("grades", v, "a mapping"))
         read_fields(r, v, w.grades, kGradeFields, "`grades`");
     }},
};

FieldDocs workload_docs() {
  static const auto docs = field_docs(kWorkloadFields);
  return docs;
}

using H = model::HandbookSettings;

constexpr std::string_view kShapeTexts[] = {"none", "short", "full"};

void read_shape_text(Reader& r, const Node& v, H& h) {
  auto text = r.text("shape_text", v);
  if (!text) return;
  for (std::size_t i = 0; i < std::size(kShapeTexts); ++i) {
    if (text->value == kShapeTexts[i]) {
      h.shape_text = static_cast<model::ShapeText>(i);
      return;
    }
  }
  r.error(v.loc, "`shape_text` must be `none`, `short` or `full`");
}
constexpr Field<H> kHandbookFields[] = {
    {"title", kText, "Title of the handbook",
     [](Reader& r, const Node&, const Node& v, H& h) {
       if (auto t = r.text("title", v)) h.title = t->value;
     }},
    {"logo", kText, "Logo file (PNG or SVG), relative to the root",
     [](Reader& r, const Node&, const Node& v, H& h) {
       if (auto t = r.text("logo", v)) h.logo = std::move(*t);
     }},
    {"rows_per_page", kCount, "Procedure rows a printed page before an off-page connector",
     [](Reader& r, const Node&, const Node& v, H& h) {
       set_count(r, "rows_per_page", v, h.rows_per_page);
     }},
    {"letterhead", kTextList, "Heading lines (kop) above the unit chain of each document",
     [](Reader& r, const Node& k, const Node& v, H& h) {
       for (auto& line : r.text_list("letterhead", k, v).items) h.letterhead.push_back(line.value);
     }},
    {"shape_text", one_of(kShapeTexts),
     "Text inside flowchart symbols: none (default), short or full",
     [](Reader& r, const Node&, const Node& v, H& h) { read_shape_text(r, v, h); }},
};

FieldDocs handbook_docs() {
  static const auto docs = field_docs(kHandbookFields);
  return docs;
}

constexpr auto kSeverities = util::word_list(diag::kSeverities);

void read_rules(Reader& r, const Node& v, Config& c) {
  if (!r.expect_mapping("rules", v, "a mapping of rule ids to severities")) return;
  for (const auto& [key, value] : v.entries) {
    auto word = r.text(key.scalar, value);
    if (!word) continue;
    auto severity = diag::parse_severity(word->value);
    if (!severity) {
      r.unknown_choice(
          value.loc, word->value,
          fmt::format("`{}` is not a severity: use {}", util::escape_control(word->value),
                      util::listed_words(diag::kSeverities)),
          kSeverities);
      continue;
    }
    if (!diag::find_rule_id(key.scalar)) {
      r.error(key.loc, diag::not_a_rule(key.scalar), diag::rule_suggestion(key.scalar));
      continue;
    }
    c.rules[key.scalar] = model::Located<diag::Severity>{*severity, key.loc};
  }
}

std::vector<std::string> plain(const model::TextList& list) {
  std::vector<std::string> out;
  for (const auto& item : list.items) out.push_back(item.value);
  return out;
}

constexpr Field<Config> kConfigFields[] = {
    {"organization", required(kText), "Name of the organisation",
     [](Reader& r, const Node&, const Node& v, Config& c) {
       if (auto t = r.text("organization", v)) c.organization = t->value;
     }},
    {"language", one_of(kLanguages), "Language of rendered documents (default id)",
     [](Reader& r, const Node&, const Node& v, Config& c) {
       auto t = r.text("language", v);
       if (!t) return;
       if (auto language = util::parse_word(model::kLanguages, t->value))
         c.language = *language;
       else
         r.unknown_choice(v.loc, t->value,
                          "`language` must be " + util::listed_quoted(model::kLanguages),
                          kLanguages);
     }},
    {"workload", nested(Shape::Mapping, workload_docs), "Settings of the workload analysis (ABK)",
     [](Reader& r, const Node&, const Node& v, Config& c) {
       if (!r.expect_mapping("workload", v, "a mapping")) return;
       read_fields(r, v, c.workload, kWorkloadFields, "`workload`");
       apply_method(v, c.workload);
     }},
    {"rules", shape(Shape::Severities), "Severity per rule id: error, warning, info or off",
     [](Reader& r, const Node&, const Node& v, Config& c) { read_rules(r, v, c); }},
    {"vague_words", kTextList, "Words added to the built-in list of step-vague-wording",
     [](Reader& r, const Node& k, const Node& v, Config& c) {
       c.vague_words = r.text_list("vague_words", k, v).items;
     }},
    {"include", kTextList, "Globs of the document files (default **/*.yaml, **/*.yml)",
     [](Reader& r, const Node& k, const Node& v, Config& c) {
       c.include = plain(r.text_list("include", k, v));
     }},
    {"exclude", kTextList, "Globs of files that are not documents",
     [](Reader& r, const Node& k, const Node& v, Config& c) {
       c.exclude = plain(r.text_list("exclude", k, v));
     }},
    {"handbook", nested(Shape::Mapping, handbook_docs), "Settings of the rendered handbook",
     [](Reader& r, const Node&, const Node& v, Config& c) {
       if (r.expect_mapping("handbook", v, "a mapping"))
         read_fields(r, v, c.handbook, kHandbookFields, "`handbook`");
     }},
};

}  // namespace

FieldDocs config_fields() {
  static const auto docs = field_docs(kConfigFields);
  return docs;
}

model::Config read_config(std::string_view text, std::uint32_t file, diag::Diagnostics& out) {
  Config config;
  auto parsed = yaml::parse(text, file);
  for (auto& d : parsed.diagnostics) {
    d.rule = std::string(diag::rules::kConfig.id);
    out.push_back(std::move(d));
  }
  Reader reader(diag::rules::kConfig, config, out);
  if (parsed.documents.size() != 1 || !parsed.documents[0].root.is_mapping()) {
    if (parsed.diagnostics.empty()) {
      reader.error({file, 1, 1},
                   "tatakerja.yaml must hold one mapping with at least `organization`");
    }
    return config;
  }
  const Node& root = parsed.documents[0].root;
  read_fields(reader, root, config, kConfigFields, "tatakerja.yaml");
  if (config.organization.empty() && !reader.was_suggested("organization")) {
    reader.error(parsed.documents[0].start, "tatakerja.yaml has no `organization`");
  }
  return config;
}

}  // namespace tatakerja::load
