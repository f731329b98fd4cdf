// The baseline (rules.md, "Baseline"): today's findings, recorded so that
// only new ones are reported. A finding is matched by file, rule and a
// fingerprint of the offending source line's text (not its number), so it
// survives lines being added above it.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "tatakerja/diag/diagnostic.hpp"
#include "tatakerja/model/repository.hpp"

namespace tatakerja::report {

struct BaselineEntry {
  std::string file;  // as displayed
  std::string rule;
  std::string fingerprint;  // hex
  std::string message;      // for people reading the file
};

// The fingerprint of each diagnostic, in order, as the baseline matches
// findings (with its file and rule): for diff's new and gone findings.
std::vector<std::string> finding_fingerprints(const model::Repository& repo,
                                              const diag::Diagnostics& diagnostics);

// The baseline file's text (YAML, stable order).
std::string write_baseline(const model::Repository& repo, const diag::Diagnostics& diagnostics);

struct BaselineResult {
  diag::Diagnostics fresh;           // findings not in the baseline
  std::vector<BaselineEntry> stale;  // baseline entries that no longer occur
};

// Throws std::runtime_error ("NAME:LINE:COL: what is wrong") when the
// baseline text is not a baseline file.
BaselineResult apply_baseline(const model::Repository& repo, diag::Diagnostics diagnostics,
                              std::string_view baseline_text, std::string_view baseline_name);

}  // namespace tatakerja::report
