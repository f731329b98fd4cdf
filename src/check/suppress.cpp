// A document's `suppress:` silences its rules for that document alone: a
// diagnostic in the document's file, on one of its lines. A suppression that
// silences nothing is reported (unused-suppression), so that none outlives
// its reason.
#include <fmt/format.h>

#include <algorithm>
#include <tuple>
#include <vector>

#include "finalise.hpp"
#include "tatakerja/check/rule.hpp"
#include "tatakerja/diag/rules.hpp"
#include "tatakerja/util/text.hpp"

namespace tatakerja::check {

namespace {

constexpr const diag::RuleId& kUnused = diag::rules::kUnusedSuppression;

// The lines of one document that carries suppressions.
struct Scope {
  std::uint32_t file = 0, first = 0, last = 0;
  const model::DocumentInfo* doc = nullptr;
  std::vector<char> used;  // one a suppression
};

template <class Document>
void add_scopes(const std::vector<Document>& documents, std::vector<Scope>& scopes) {
  for (const auto& document : documents) {
    const auto& doc = document.doc;
    if (doc.suppress.empty()) continue;
    scopes.push_back({doc.start.file, doc.start.line, std::max(doc.end_line, doc.start.line), &doc,
                      std::vector<char>(doc.suppress.size(), 0)});
  }
}

// Every document with suppressions, sorted by file and first line.
std::vector<Scope> scopes_of(const model::Repository& repo) {
  std::vector<Scope> scopes;
  add_scopes(repo.units, scopes);
  add_scopes(repo.positions, scopes);
  add_scopes(repo.employees, scopes);
  add_scopes(repo.sops, scopes);
  add_scopes(repo.roles, scopes);
  std::sort(scopes.begin(), scopes.end(), [](const Scope& a, const Scope& b) {
    return std::tie(a.file, a.first) < std::tie(b.file, b.first);
  });
  return scopes;
}

// The scope whose lines hold `loc`, or nullptr.
Scope* scope_at(std::vector<Scope>& scopes, model::Location loc) {
  auto after =
      std::upper_bound(scopes.begin(), scopes.end(), loc, [](model::Location l, const Scope& s) {
        return std::tie(l.file, l.line) < std::tie(s.file, s.first);
      });
  if (after == scopes.begin()) return nullptr;
  Scope& scope = *std::prev(after);
  return scope.file == loc.file && loc.line <= scope.last ? &scope : nullptr;
}

// The reason when `scope` suppresses `d` (marking the suppressions used):
// the first one given, else empty; nullopt when it does not.
std::optional<std::string> silences(Scope& scope, const diag::Diagnostic& d) {
  std::optional<std::string> reason;
  for (std::size_t k = 0; k < scope.doc->suppress.size(); ++k) {
    const auto& s = scope.doc->suppress[k];
    if (s.rule.value != d.rule) continue;
    scope.used[k] = 1;
    if (!reason || (reason->empty() && s.reason)) reason = s.reason ? s.reason->value : "";
  }
  return reason;
}

// The unused-suppression for a suppression that silenced nothing, or
// nullopt when there is nothing to say (its rule is off).
std::optional<diag::Diagnostic> unused(const model::Suppression& s, const Severities& severities) {
  const std::string& rule = s.rule.value;
  if (rule == kUnused.id) {
    return diag::make(kUnused, s.rule.loc, "`unused-suppression` cannot be suppressed");
  }
  if (!find_rule(rule)) {
    std::string guess = diag::rule_suggestion(rule);
    std::string message = fmt::format("`{}` is not a rule", util::escape_control(rule));
    message += util::did_you_mean(guess);
    return diag::make(kUnused, s.rule.loc, std::move(message), std::move(guess));
  }
  if (severity_of(severities, rule) == diag::Severity::Off) return std::nullopt;
  return diag::make(kUnused, s.rule.loc, fmt::format("suppression of `{}` silences nothing", rule));
}

}  // namespace

void apply_suppressions(const model::Repository& repo, const Severities& severities,
                        diag::Diagnostics& diagnostics, diag::Diagnostics* silenced) {
  auto scopes = scopes_of(repo);
  if (scopes.empty()) return;
  std::erase_if(diagnostics, [&](diag::Diagnostic& d) {
    if (d.rule == kUnused.id || d.loc.line == 0) return false;
    Scope* scope = scope_at(scopes, d.loc);
    if (!scope) return false;
    auto reason = silences(*scope, d);
    if (!reason) return false;
    if (silenced) {
      d.suppressed = std::move(*reason);
      silenced->push_back(std::move(d));
    }
    return true;
  });
  const auto severity = severity_of(severities, kUnused.id);
  if (severity == diag::Severity::Off) return;
  for (const auto& scope : scopes) {
    for (std::size_t k = 0; k < scope.used.size(); ++k) {
      if (scope.used[k]) continue;
      auto d = unused(scope.doc->suppress[k], severities);
      if (!d) continue;
      d->severity = severity;
      diagnostics.push_back(std::move(*d));
    }
  }
}

}  // namespace tatakerja::check
