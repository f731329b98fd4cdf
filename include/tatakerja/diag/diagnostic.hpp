// Diagnostics are values: collected from every stage, finalised once
// (severity overrides, suppressions, sorting) and printed by a reporter.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "tatakerja/model/location.hpp"
#include "tatakerja/util/choice.hpp"

namespace tatakerja::diag {

enum class Severity { Off, Info, Warning, Error };
inline constexpr util::Spellings<Severity, 4> kSeverities{{
    {Severity::Error, "error"},
    {Severity::Warning, "warning"},
    {Severity::Info, "info"},
    {Severity::Off, "off"},
}};

const char* severity_name(Severity severity);  // "off", "info", "warning", "error"
std::optional<Severity> parse_severity(std::string_view text);

struct Diagnostic {
  std::string rule;                     // a rule id of diag/rules.hpp
  Severity severity = Severity::Error;  // set from the rule table when finalised
  model::Location loc;                  // line 0: the file as a whole
  std::uint32_t end_line = 0;           // 0 when unknown
  std::uint32_t end_column = 0;         // exclusive, 0 when unknown
  std::string message;
  std::string suggestion;  // "did you mean ..." target, or empty
  // Set on a finding that a document's `suppress:` silenced: the reason
  // given there (empty when none). Such findings are kept apart and shown
  // only where a format has room for them (SARIF's `suppressions`).
  std::optional<std::string> suppressed;
};

using Diagnostics = std::vector<Diagnostic>;

// Order of reports: file, line, column, then rule and message for ties.
bool report_order(const Diagnostic& a, const Diagnostic& b);

// True when a run with these findings fails (exit 1): an error, or with
// `strict` a warning too.
bool fails(const Diagnostics& diagnostics, bool strict = false);

struct RuleId;  // rules.hpp

// Convenience for emitters: builds a Diagnostic of `rule` at `loc`.
Diagnostic make(const RuleId& rule, model::Location loc, std::string message,
                std::string suggestion = {});

}  // namespace tatakerja::diag
