// Findings new in B and gone from A, matched by file, rule and
// fingerprint as the baseline matches them (so a finding whose line only
// moved is neither).
#include <map>
#include <tuple>

#include "common.hpp"
#include "tatakerja/report/baseline.hpp"

namespace tatakerja::diff {

namespace {

using Key = std::tuple<std::string, std::string, std::string>;  // file, rule, fingerprint

std::string file_of(const model::Repository& repo, const diag::Diagnostic& d) {
  return d.loc.file < repo.files.size() ? repo.files[d.loc.file].display : std::string();
}

std::vector<Key> keys_of(const Side& side) {
  const auto prints = report::finding_fingerprints(side.repo, side.findings);
  std::vector<Key> keys;
  for (std::size_t i = 0; i < side.findings.size(); ++i) {
    const auto& d = side.findings[i];
    keys.emplace_back(file_of(side.repo, d), d.rule, prints[i]);
  }
  return keys;
}

// The findings of `from` whose key `other` does not hold (as a multiset).
std::vector<Finding> only_in(const Side& from, const std::vector<Key>& from_keys,
                             const std::vector<Key>& other_keys) {
  std::map<Key, int> open;
  for (const auto& k : other_keys) ++open[k];
  std::vector<Finding> out;
  for (std::size_t i = 0; i < from.findings.size(); ++i) {
    if (auto it = open.find(from_keys[i]); it != open.end() && it->second > 0) {
      --it->second;
      continue;
    }
    const auto& d = from.findings[i];
    out.push_back({std::get<0>(from_keys[i]), d.loc.line, d.rule, d.severity, d.message});
  }
  return out;
}

}  // namespace

void compare_findings(const Side& a, const Side& b, Changes& out) {
  const auto ka = keys_of(a), kb = keys_of(b);
  out.new_findings = only_in(b, kb, ka);
  out.gone_findings = only_in(a, ka, kb);
}

}  // namespace tatakerja::diff
