// The baseline file (rules.md, "Baseline"), written as YAML that people can
// read and review in a pull request:
//
//   # tatakerja baseline: ... (what it is and how it is used)
//   version: 1
//   findings:
//     - {file: "sops/a.yaml", rule: "sop-no-steps", fingerprint: "0123456789abcdef", message: "…"}
//
// (`findings: []` when there are none). Every string is double-quoted and
// escaped; entries are sorted by file, rule, fingerprint (then message).
// Fingerprints are described in common.hpp. Reading it back is strict: a
// file that is not a baseline is an error with its position, never
// silently an empty baseline.
#include "tatakerja/report/baseline.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <tuple>

#include "baseline_file.hpp"
#include "common.hpp"
#include "tatakerja/util/text.hpp"

namespace tatakerja::report {

namespace {

constexpr std::string_view kHeader =
    "# tatakerja baseline: the findings recorded by `tatakerja validate --write-baseline`.\n"
    "# `tatakerja validate --baseline FILE` reports only findings that are not listed\n"
    "# here, and notes the entries that no longer occur: remove them (or write the\n"
    "# file again) so that the baseline only ever shrinks.\n"
    "# A finding is matched by file, rule and fingerprint: a hash of the rule, the file\n"
    "# and the text of the offending line (not its number), so it survives lines moving.\n";

using Key = std::tuple<std::string_view, std::string_view, std::string_view>;

Key key_of(const BaselineEntry& e) {
  return {e.file, e.rule, e.fingerprint};
}

std::vector<BaselineEntry> entries_of(const model::Repository& repo,
                                      const diag::Diagnostics& diagnostics) {
  const auto prints = fingerprints(repo, diagnostics);
  std::vector<BaselineEntry> entries;
  entries.reserve(diagnostics.size());
  for (std::size_t i = 0; i < diagnostics.size(); ++i) {
    const auto& d = diagnostics[i];
    entries.push_back({std::string(display_path(repo, d)), d.rule, prints[i], d.message});
  }
  std::sort(entries.begin(), entries.end(), [](const auto& a, const auto& b) {
    return std::tie(a.file, a.rule, a.fingerprint, a.message) <
           std::tie(b.file, b.rule, b.fingerprint, b.message);
  });
  return entries;
}

}  // namespace

std::vector<std::string> finding_fingerprints(const model::Repository& repo,
                                              const diag::Diagnostics& diagnostics) {
  return fingerprints(repo, diagnostics);
}

std::string write_baseline(const model::Repository& repo, const diag::Diagnostics& diagnostics) {
  const auto entries = entries_of(repo, diagnostics);
  std::string out(kHeader);
  out += "version: 1\n";
  out += entries.empty() ? "findings: []\n" : "findings:\n";
  for (const auto& e : entries) {
    out += fmt::format("  - {{file: {}, rule: {}, fingerprint: {}, message: {}}}\n",
                       yaml_quote(e.file), yaml_quote(e.rule), yaml_quote(e.fingerprint),
                       yaml_quote(e.message));
  }
  return out;
}

BaselineResult apply_baseline(const model::Repository& repo, diag::Diagnostics diagnostics,
                              std::string_view baseline_text, std::string_view baseline_name) {
  const auto entries = read_baseline_entries(baseline_text, baseline_name);
  std::multimap<Key, std::size_t> open;  // entries not matched yet
  for (std::size_t i = 0; i < entries.size(); ++i) open.emplace(key_of(entries[i]), i);

  const auto prints = fingerprints(repo, diagnostics);
  BaselineResult result;
  for (std::size_t i = 0; i < diagnostics.size(); ++i) {
    auto& d = diagnostics[i];
    const auto it = open.find(Key{display_path(repo, d), d.rule, prints[i]});
    if (it == open.end()) {
      result.fresh.push_back(std::move(d));
    } else {
      open.erase(it);  // each entry matches one finding at most
    }
  }
  std::vector<std::size_t> unmatched;
  for (const auto& [key, index] : open) unmatched.push_back(index);
  std::sort(unmatched.begin(), unmatched.end());
  for (auto index : unmatched) result.stale.push_back(entries[index]);
  return result;
}

}  // namespace tatakerja::report
