// `tatakerja explain [RULE]`: the rule catalogue, or one rule's explanation
// (what it checks, why — citing the seed practice or the regulation — and a
// wrong and a fixed YAML example).
#pragma once

#include <optional>
#include <ostream>
#include <string>

#include "tatakerja/util/choice.hpp"

namespace tatakerja::app {

enum class ExplainFormat { Text, Json };
inline constexpr util::Spellings<ExplainFormat, 2> kExplainFormats{{
    {ExplainFormat::Text, "text"},
    {ExplainFormat::Json, "json"},
}};

struct ExplainOptions {
  std::optional<std::string> rule;  // none: the whole catalogue
  ExplainFormat format = ExplainFormat::Text;
};

// Writes to `out` and returns 0; an unknown rule or format throws
// util::Failure (exit 2), with a suggestion for a near miss.
int run_explain(const ExplainOptions& options, std::ostream& out);

}  // namespace tatakerja::app
