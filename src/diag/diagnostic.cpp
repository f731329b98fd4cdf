#include "tatakerja/diag/diagnostic.hpp"

#include <algorithm>
#include <tuple>
#include <utility>

#include "tatakerja/diag/rules.hpp"

namespace tatakerja::diag {

const char* severity_name(Severity severity) {
  const auto word = util::word_of(kSeverities, severity);
  return word.empty() ? "?" : word.data();  // the table's words are literals
}

std::optional<Severity> parse_severity(std::string_view text) {
  return util::parse_word(kSeverities, text);
}

bool report_order(const Diagnostic& a, const Diagnostic& b) {
  return std::tie(a.loc.file, a.loc.line, a.loc.column, a.rule, a.message) <
         std::tie(b.loc.file, b.loc.line, b.loc.column, b.rule, b.message);
}

Diagnostic make(const RuleId& rule, model::Location loc, std::string message,
                std::string suggestion) {
  Diagnostic d;
  d.rule = std::string(rule.id);
  d.loc = loc;
  d.message = std::move(message);
  d.suggestion = std::move(suggestion);
  return d;
}

bool fails(const Diagnostics& diagnostics, bool strict) {
  return std::any_of(diagnostics.begin(), diagnostics.end(), [&](const Diagnostic& d) {
    return d.severity == Severity::Error || (strict && d.severity == Severity::Warning);
  });
}

}  // namespace tatakerja::diag
