#include "tatakerja/app/explain.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <string_view>

#include "tatakerja/check/rule.hpp"
#include "tatakerja/diag/rules.hpp"
#include "tatakerja/util/error.hpp"
#include "tatakerja/util/json.hpp"
#include "tatakerja/util/text.hpp"
#include "tatakerja/util/text_table.hpp"

namespace tatakerja::app {

namespace {

// `text` with every line indented by `pad` (empty lines stay empty).
std::string indented(std::string_view text, std::string_view pad) {
  std::string out;
  while (!text.empty()) {
    const auto end = text.find('\n');
    const auto line = text.substr(0, end);
    if (!line.empty()) out.append(pad).append(line);
    out += '\n';
    if (end == std::string_view::npos) break;
    text.remove_prefix(end + 1);
  }
  return out;
}

// `text` folded into lines of at most `width` columns, indented.
std::string folded(std::string_view text, std::size_t width, std::string_view pad) {
  std::string out;
  for (const auto& line : util::wrap(text, width)) out.append(pad).append(line).append("\n");
  return out;
}

const check::Rule& find_or_fail(const std::string& id) {
  if (const auto* rule = check::find_rule(id)) return *rule;
  std::string message = fmt::format("`{}` is not a rule", util::escape_control(id));
  const std::string guess = diag::rule_suggestion(id);
  message += guess.empty() ? "; `tatakerja explain` lists them all" : util::did_you_mean(guess);
  throw util::Failure(message);
}

void catalogue_text(std::ostream& out) {
  util::TextTable table({false, false, false});
  table.add_row({"RULE", "SEVERITY", "SUMMARY"});
  for (const auto& rule : check::rules()) {
    table.add_row({std::string(rule.id), std::string(diag::severity_name(rule.default_severity)),
                   std::string(rule.summary)});
  }
  out << table.text();
}

void rule_text(const check::Rule& rule, std::ostream& out) {
  out << fmt::format("{} ({} by default): {}\n\n", rule.id,
                     diag::severity_name(rule.default_severity), rule.summary);
  out << "What it checks\n" << folded(rule.what, 74, "  ") << "\n";
  out << "Why\n" << folded(rule.why, 74, "  ");
  if (!rule.wrong.empty()) out << "\nWrong\n" << indented(rule.wrong, "    ");
  if (!rule.fixed.empty()) out << "\nFixed\n" << indented(rule.fixed, "    ");
}

void rule_json(const check::Rule& rule, util::JsonWriter& w) {
  w.begin_object()
      .key("id")
      .string(rule.id)
      .key("severity")
      .string(diag::severity_name(rule.default_severity))
      .key("summary")
      .string(rule.summary)
      .key("what")
      .string(rule.what)
      .key("why")
      .string(rule.why)
      .key("wrong")
      .string(rule.wrong)
      .key("fixed")
      .string(rule.fixed)
      .end_object();
}

}  // namespace

int run_explain(const ExplainOptions& options, std::ostream& out) {
  const check::Rule* rule = options.rule ? &find_or_fail(*options.rule) : nullptr;
  if (options.format == ExplainFormat::Json) {
    util::JsonWriter w(out);
    if (rule) {
      rule_json(*rule, w);
    } else {
      w.begin_array();
      for (const auto& r : check::rules()) rule_json(r, w);
      w.end_array();
    }
    out << '\n';
  } else if (rule) {
    rule_text(*rule, out);
  } else {
    catalogue_text(out);
  }
  return 0;
}

}  // namespace tatakerja::app
