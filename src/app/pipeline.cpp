#include "tatakerja/app/pipeline.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>

#include "tatakerja/cache/entry.hpp"
#include "tatakerja/cache/hash.hpp"
#include "tatakerja/check/run.hpp"
#include "tatakerja/diag/rules.hpp"
#include "tatakerja/load/loader.hpp"
#include "tatakerja/load/values.hpp"
#include "tatakerja/report/report.hpp"
#include "tatakerja/resolve/resolve.hpp"
#include "tatakerja/util/error.hpp"
#include "tatakerja/util/keep.hpp"
#include "tatakerja/util/text.hpp"

namespace tatakerja::app {

namespace {

// `folder` with the home folder shown as `~`.
std::string shown_folder(const std::string& folder) {
  const char* home = std::getenv("HOME");
  const std::string_view h = home ? home : "";
  if (h.size() > 1 && folder.starts_with(h) && folder.size() > h.size() &&
      folder[h.size()] == '/') {
    return "~" + folder.substr(h.size());
  }
  return folder;
}

}  // namespace

void note_cache(const cache::Report& report, std::ostream& out) {
  if (!report.used) return;
  std::string line = fmt::format("tatakerja: cache: {} of {} file{} reused", report.reused,
                                 report.files, report.files == 1 ? "" : "s");
  if (report.unread) line += fmt::format(", {} unchanged and not read", report.unread);
  line += fmt::format(" ({})", shown_folder(report.folder));
  if (report.files == 0 && !report.problem.empty())
    line = "tatakerja: cache: " + report.problem;
  else if (!report.problem.empty())
    line += "; " + report.problem;
  out << line << '\n';
}

std::optional<std::filesystem::path> cache_folder(const GlobalOptions& global) {
  if (global.no_cache) return std::nullopt;
  if (global.cache_dir) {
    if (global.cache_dir->empty()) throw util::Failure("--cache-dir: the folder name is empty");
    return *global.cache_dir;
  }
  // XDG Base Directory: a relative XDG_CACHE_HOME is invalid and ignored.
  const char* xdg = std::getenv("XDG_CACHE_HOME");
  if (xdg && xdg[0] == '/') return std::filesystem::path(xdg) / "tatakerja";
  const char* home = std::getenv("HOME");
  if (home && home[0] == '/') return std::filesystem::path(home) / ".cache" / "tatakerja";
  return std::nullopt;
}

void use_global_options(PipelineOptions& pipeline, const GlobalOptions& global, std::ostream& err) {
  pipeline.jobs = global.jobs;
  pipeline.cache_dir = cache_folder(global);
  pipeline.note = global.verbose ? &err : nullptr;
  pipeline.rule_overrides = global.rules;
}

std::map<std::string, diag::Severity> parse_rule_overrides(const std::vector<std::string>& specs) {
  std::map<std::string, diag::Severity> overrides;
  for (const auto& spec : specs) {
    const auto eq = spec.find('=');
    if (eq == std::string::npos) {
      throw util::Failure(
          fmt::format("--rule {}: expected ID=SEVERITY, e.g. --rule step-time-missing=off", spec));
    }
    const std::string id = spec.substr(0, eq);
    if (!diag::find_rule_id(id))
      throw util::Failure(fmt::format("--rule {}: {}", spec, diag::not_a_rule(id)));
    auto severity = diag::parse_severity(std::string_view(spec).substr(eq + 1));
    if (!severity) {
      throw util::Failure(fmt::format("--rule {}: the severity must be {}", spec,
                                      util::listed_words(diag::kSeverities)));
    }
    overrides[id] = *severity;
  }
  return overrides;
}

Checked& keep_until_exit(Checked checked) {
  return util::kept_until_exit<Checked>(std::move(checked));
}

std::optional<model::Date> parse_date_option(const std::optional<std::string>& text) {
  if (!text) return std::nullopt;
  auto parsed = load::parse_date(*text);
  if (!parsed.ok()) throw util::Failure(fmt::format("--date {}: {}", *text, parsed.error()));
  return parsed.value();
}

model::Date today() {
  const auto now = std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now());
  const std::chrono::year_month_day ymd{now};
  return {static_cast<int>(ymd.year()), static_cast<int>(static_cast<unsigned>(ymd.month())),
          static_cast<int>(static_cast<unsigned>(ymd.day()))};
}

Checked check_repository(const PipelineOptions& options) {
  parse_rule_overrides(options.rule_overrides);  // a bad --rule fails before any reading
  auto loaded = load::load_repository(options.root, {options.jobs, options.cache_dir});
  if (options.note) note_cache(loaded.cache, *options.note);
  return check_loaded(std::move(loaded), options);
}

cache::Hash128 tree_identity(const load::Tree& tree) {
  std::string listing = "tatakerja tree\n";
  for (const auto& file : tree.files) {
    listing += file.path;
    listing += '\0';
    listing += file.object.empty() ? cache::hex(cache::hash128(file.content)) : file.object;
    listing += '\n';
  }
  listing += tree.config ? "config\n" + *tree.config : "no config";
  return cache::hash128(listing);
}

namespace {

// The memo's key: the tree, each rule's effective severity, and the date
// sop-review-due compares with (none when it is off).
cache::Hash128 memo_key(const FindingsMemo& memo,
                        const std::map<std::string, diag::Severity>& severities,
                        const std::optional<model::Date>& today) {
  std::string key = "tatakerja findings\n" + cache::hex(memo.tree) + "\n";
  for (const auto& [rule, severity] : severities) {
    key += fmt::format("{}={}\n", rule, static_cast<int>(severity));
  }
  key += today ? today->str() : "no date";
  return cache::hash128(key);
}

}  // namespace

Checked check_loaded(load::Loaded loaded, const PipelineOptions& options,
                     const FindingsMemo* memo) {
  const auto overrides = parse_rule_overrides(options.rule_overrides);
  Checked checked;
  checked.repo = std::move(loaded.repo);
  const load::ContentReader reader = std::move(loaded.read_source);
  auto diagnostics = std::move(loaded.diagnostics);
  // An invalid tatakerja.yaml (rule `config`, which includes an unknown id
  // in `rules:`): the loader stopped before reading any document.
  checked.config_ok = loaded.config_ok;
  auto severities = check::effective_severities(checked.repo.config, overrides);
  // An invalid tatakerja.yaml stops the run (exit 2) whatever `rules:` or
  // --rule say: its findings are always shown, as errors.
  severities[std::string(diag::rules::kConfig.id)] = diag::Severity::Error;
  std::optional<cache::Hash128> key;
  if (checked.config_ok) {
    resolve::resolve(checked.repo, diagnostics);
    check::CheckOptions check_options;
    check_options.today = options.date;
    check_options.jobs = options.jobs;
    auto review = severities.find(std::string(diag::rules::kSopReviewDue.id));
    const bool review_on = review != severities.end() && review->second != diag::Severity::Off;
    if (!check_options.today && review_on) check_options.today = today();
    if (memo && memo->session) {
      key = memo_key(*memo, severities, review_on ? check_options.today : std::nullopt);
      const auto kept = memo->session->recall(*key);
      auto findings =
          kept ? cache::decode_findings(*kept, checked.repo.files.size()) : std::nullopt;
      if (findings) {
        checked.diagnostics = std::move(findings->shown);
        checked.suppressed = std::move(findings->suppressed);
        load::read_contents(checked.repo, checked.diagnostics, reader);
        return checked;
      }
    }
    check::run_checks(checked.repo, check_options, severities, diagnostics);
  }
  // The text of the files that the cache let the loader skip, where a
  // finding will be shown: finalise reads each value's end from it, and the
  // reports their source lines.
  diag::Diagnostics shown;
  for (const auto& d : diagnostics) {
    const auto it = severities.find(d.rule);
    if (it == severities.end() || it->second != diag::Severity::Off) shown.push_back(d);
  }
  load::read_contents(checked.repo, shown, reader);
  checked.diagnostics =
      check::finalise(checked.repo, severities, std::move(diagnostics), &checked.suppressed);
  // And of files named only by what finalise itself reports
  // (unused-suppression), for their source lines.
  load::read_contents(checked.repo, checked.diagnostics, reader);
  if (key) {
    memo->session->remember(*key,
                            cache::encode_findings({checked.diagnostics, checked.suppressed}));
  }
  return checked;
}

namespace {

template <class Document>
bool holds(const std::vector<Document>& documents, const diag::Diagnostic& d) {
  return std::any_of(documents.begin(), documents.end(), [&](const Document& document) {
    const auto& doc = document.doc;
    return doc.start.file == d.loc.file && doc.start.line <= d.loc.line &&
           d.loc.line <= std::max(doc.end_line, doc.start.line);
  });
}

}  // namespace

std::optional<model::Kind> document_kind(const model::Repository& repo, const diag::Diagnostic& d) {
  if (d.loc.file == 0 || d.loc.line == 0) return std::nullopt;
  if (holds(repo.sops, d)) return model::Kind::Sop;
  if (holds(repo.positions, d)) return model::Kind::Position;
  if (holds(repo.units, d)) return model::Kind::Unit;
  if (holds(repo.employees, d)) return model::Kind::Employee;
  return std::nullopt;
}

void print_diagnostics(const Checked& checked, const diag::Diagnostics& shown, bool color,
                       std::ostream& err) {
  if (shown.empty()) return;
  report::ReportOptions options;
  options.color = color;
  options.files_checked = checked.repo.files.size();
  report::write_report(report::Format::Text, checked.repo, shown, options, err);
}

}  // namespace tatakerja::app
