// Internal: one writer a format (text.cpp, markdown.cpp, json.cpp), and the
// words they share.
#pragma once

#include <optional>
#include <ostream>
#include <string>

#include "tatakerja/diff/output.hpp"

namespace tatakerja::diff {

void write_text(const Changes& changes, const OutputOptions& options, std::ostream& out);
void write_markdown(const Changes& changes, const OutputOptions& options, std::ostream& out);
void write_json(const Changes& changes, const OutputOptions& options, std::ostream& out);

// The change model in the order every report shows it (text and
// Markdown): the summary, then each document, then the findings.
template <class Writer>
void write_in_order(const Changes& changes, const OutputOptions& options, Writer& w) {
  w.summary(changes, options);
  for (const auto& c : changes.sops) w.sop(c);
  for (const auto& c : changes.units) w.unit(c);
  for (const auto& c : changes.positions) w.position(c);
  w.workload(changes.workload);
  for (const auto& c : changes.employees) w.employee(c);
  w.findings(changes);
}

// A value as shown: "(none)" for an absent one.
inline std::string value_or_none(const std::optional<std::string>& value) {
  return value ? *value : "(none)";
}

// "Position", "Unit", "Office".
const char* level_name(WorkloadChange::Level level);

// A step's label: "3" or "2 -> 3" (its places before and after).
std::string step_places(const StepChange& step);

}  // namespace tatakerja::diff
