// Running the checks of the catalogue, and finalising what every stage
// reported: severities, suppressions, order.
#include "tatakerja/check/run.hpp"

#include <algorithm>
#include <atomic>
#include <iterator>
#include <thread>

#include "finalise.hpp"
#include "tatakerja/util/parallel.hpp"
#include "tatakerja/yaml/extent.hpp"

namespace tatakerja::check {

void Reporter::report(model::Location loc, std::string message, std::string suggestion) {
  diag::Diagnostic d;
  d.loc = loc;
  d.message = std::move(message);
  d.suggestion = std::move(suggestion);
  report(std::move(d));
}

void Reporter::report(diag::Diagnostic d) {
  d.rule = std::string(rule_);
  out_.push_back(std::move(d));
}

diag::Severity severity_of(const Severities& severities, std::string_view rule) {
  if (auto it = severities.find(std::string(rule)); it != severities.end()) return it->second;
  if (const Rule* known = find_rule(rule)) return known->default_severity;
  return diag::Severity::Error;
}

// Rules are independent pure functions: they run on `options.jobs` threads,
// each into its own list, and the lists are joined in catalogue order, so
// the result is the same whatever the thread count.
void run_checks(const model::Repository& repo, const CheckOptions& options,
                const Severities& severities, diag::Diagnostics& out) {
  std::vector<const Rule*> active;
  for (const Rule& rule : rules()) {
    if (rule.check && severity_of(severities, rule.id) != diag::Severity::Off)
      active.push_back(&rule);
  }
  std::vector<diag::Diagnostics> found(active.size());
  std::atomic<std::size_t> next{0};
  auto work = [&] {
    for (std::size_t i = next++; i < active.size(); i = next++) {
      Reporter reporter(active[i]->id, found[i]);
      active[i]->check(repo, options, reporter);
    }
  };
  {
    std::vector<std::jthread> threads;
    for (unsigned t = 1; t < util::thread_count(options.jobs, active.size()); ++t)
      threads.emplace_back(work);
    work();
  }
  for (auto& list : found) std::move(list.begin(), list.end(), std::back_inserter(out));
}

Severities effective_severities(const model::Config& config, const Severities& overrides) {
  Severities severities;
  for (const Rule& rule : rules()) severities[std::string(rule.id)] = rule.default_severity;
  for (const auto& [id, severity] : config.rules) {
    if (find_rule(id)) severities[id] = severity.value;  // unknown ids are `config` errors
  }
  for (const auto& [id, severity] : overrides) {
    if (find_rule(id)) severities[id] = severity;
  }
  return severities;
}

// Every diagnostic about one value carries its end (rules.md, "Reporting"):
// read from the file's text where the emitter did not set it. Syntax and
// encoding errors point at a character, not a value.
void add_ends(const model::Repository& repo, diag::Diagnostics& diagnostics) {
  std::vector<std::vector<std::size_t>> starts(repo.files.size());
  for (auto& d : diagnostics) {
    if (d.end_line != 0 || d.loc.line == 0 || d.loc.file >= repo.files.size() ||
        d.rule == "yaml-syntax" || d.rule == "encoding")
      continue;
    const std::string_view text = repo.files[d.loc.file].content;
    if (starts[d.loc.file].empty()) starts[d.loc.file] = yaml::line_starts(text);
    if (const auto end = yaml::value_end(text, starts[d.loc.file], d.loc.line, d.loc.column)) {
      d.end_line = end->line;
      d.end_column = end->column;
    }
  }
}

diag::Diagnostics finalise(const model::Repository& repo, const Severities& severities,
                           diag::Diagnostics diagnostics, diag::Diagnostics* suppressed) {
  add_ends(repo, diagnostics);
  for (auto& d : diagnostics) d.severity = severity_of(severities, d.rule);
  std::erase_if(diagnostics,
                [](const diag::Diagnostic& d) { return d.severity == diag::Severity::Off; });
  apply_suppressions(repo, severities, diagnostics, suppressed);
  if (suppressed) std::stable_sort(suppressed->begin(), suppressed->end(), diag::report_order);
  std::stable_sort(diagnostics.begin(), diagnostics.end(), diag::report_order);
  return diagnostics;
}

}  // namespace tatakerja::check
