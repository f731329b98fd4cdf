// Internal: the parts of finalising diagnostics (run.cpp, suppress.cpp).
#pragma once

#include <map>
#include <string>
#include <string_view>

#include "tatakerja/diag/diagnostic.hpp"
#include "tatakerja/model/repository.hpp"

namespace tatakerja::check {

using Severities = std::map<std::string, diag::Severity>;

// The severity of `rule` in `severities`, else its default, else error (a
// rule id the catalogue does not know).
diag::Severity severity_of(const Severities& severities, std::string_view rule);

// Drops each diagnostic that its document's `suppress:` silences (moving it,
// with the reason, to `silenced` when given), and
// appends an unused-suppression for each suppression of an active rule that
// silenced nothing, or that names no rule. Severities of the diagnostics
// must be set already; those of the appended ones are set here.
void apply_suppressions(const model::Repository& repo, const Severities& severities,
                        diag::Diagnostics& diagnostics, diag::Diagnostics* silenced = nullptr);

}  // namespace tatakerja::check
