// Running the checks and finalising diagnostics.
#pragma once

#include <map>
#include <string>

#include "tatakerja/check/rule.hpp"

namespace tatakerja::check {

// Runs every rule whose effective severity is not off; appends to `out`.
void run_checks(const model::Repository& repo, const CheckOptions& options,
                const std::map<std::string, diag::Severity>& severities, diag::Diagnostics& out);

// The effective severity of each rule: default, then tatakerja.yaml
// `rules:`, then command-line overrides.
std::map<std::string, diag::Severity> effective_severities(
    const model::Config& config, const std::map<std::string, diag::Severity>& overrides);

// Sets each diagnostic's severity, drops those that are off or suppressed
// by their document's `suppress:` (the suppressed ones, with their reasons,
// go to `suppressed` when given, sorted), reports unused suppressions, and
// sorts.
diag::Diagnostics finalise(const model::Repository& repo,
                           const std::map<std::string, diag::Severity>& severities,
                           diag::Diagnostics diagnostics, diag::Diagnostics* suppressed = nullptr);

}  // namespace tatakerja::check
