#include "tatakerja/app/validate.hpp"

#include <fmt/format.h>
#include <unistd.h>

#include <algorithm>
#include <fstream>
#include <set>
#include <sstream>

#include "tatakerja/app/pipeline.hpp"
#include "tatakerja/load/loader.hpp"
#include "tatakerja/load/values.hpp"
#include "tatakerja/report/baseline.hpp"
#include "tatakerja/report/report.hpp"
#include "tatakerja/sys/files.hpp"
#include "tatakerja/sys/terminal.hpp"
#include "tatakerja/util/error.hpp"
#include "tatakerja/util/text.hpp"

namespace tatakerja::app {

namespace fs = std::filesystem;

namespace {

struct Destination {
  report::Format format = report::Format::Text;
  std::optional<std::string> file;  // nullopt: stdout
};

// --format and --output pair up in order; a format without an output goes
// to stdout (at most one may).
std::vector<Destination> destinations(const ValidateOptions& options) {
  std::vector<Destination> out;
  const std::size_t n = std::max<std::size_t>({options.formats.size(), options.outputs.size(), 1});
  for (std::size_t i = 0; i < n; ++i) {
    Destination d;
    if (i < options.formats.size()) d.format = options.formats[i];
    if (i < options.outputs.size()) d.file = options.outputs[i];
    out.push_back(d);
  }
  if (std::count_if(out.begin(), out.end(), [](const auto& d) { return !d.file; }) > 1) {
    throw util::Failure(
        "several --format given but only one may go to standard output: give each "
        "an --output FILE");
  }
  return out;
}

// The root-relative prefixes to report on; empty: everything.
std::vector<std::string> report_scope(const fs::path& root, const ValidateOptions& options) {
  std::vector<std::string> scope;
  for (const auto& path : options.paths) {
    std::error_code ec;
    const fs::path absolute = fs::absolute(path, ec).lexically_normal();
    if (!fs::exists(absolute, ec))
      throw util::Failure(fmt::format("{}: no such file or folder", path));
    std::string rel = absolute.lexically_relative(root).generic_string();
    if (rel.empty() || rel.starts_with("..")) {
      throw util::Failure(fmt::format("{}: outside the repository at {}", path, root.string()));
    }
    if (rel.ends_with("/")) rel.pop_back();
    scope.push_back(rel == "." ? "" : rel);
  }
  if (options.changed_since) {
    if (options.changed_since->starts_with("-")) {
      throw util::Failure(
          fmt::format("--changed-since {}: not a revision", *options.changed_since));
    }
    auto changed = sys::changed_since(root, *options.changed_since);
    if (changed.empty()) changed.push_back("\n");  // nothing changed: report on nothing
    scope.insert(scope.end(), changed.begin(), changed.end());
  }
  return scope;
}

bool in_scope(const std::vector<std::string>& scope, const std::string& file) {
  if (scope.empty()) return true;
  return std::any_of(scope.begin(), scope.end(), [&](const std::string& p) {
    return p.empty() || file == p || (file.starts_with(p) && file[p.size()] == '/');
  });
}

std::string read_baseline(const std::string& name) {
  std::ifstream in(name, std::ios::binary);
  if (!in) throw util::Failure(fmt::format("--baseline {}: cannot be read", name));
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

}  // namespace

int run_validate(const GlobalOptions& global, const ValidateOptions& options, std::ostream& out,
                 std::ostream& err) {
  const auto dests = destinations(options);
  PipelineOptions pipeline;
  pipeline.date = parse_date_option(options.date);
  pipeline.root = load::find_root(
      global.root, options.paths.empty() ? fs::current_path() : fs::path(options.paths[0]));
  use_global_options(pipeline, global, err);
  pipeline.rule_overrides.insert(pipeline.rule_overrides.end(), options.rules.begin(),
                                 options.rules.end());  // validate's own --rule, after the global
  const auto scope = report_scope(pipeline.root, options);
  auto& checked = keep_until_exit(check_repository(pipeline));
  const auto& repo = checked.repo;

  report::ReportOptions report_options;
  for (std::uint32_t i = 0; i < repo.files.size(); ++i) {
    // An invalid tatakerja.yaml stops the run: say why, whatever the PATHs.
    const bool config_errors = i == 0 && !checked.config_ok;
    if (config_errors || in_scope(scope, repo.files[i].path)) {
      report_options.reported_files.push_back(i);
    }
  }
  const std::set<std::uint32_t> reported(report_options.reported_files.begin(),
                                         report_options.reported_files.end());
  report_options.files_checked = reported.size();
  diag::Diagnostics shown;
  for (auto& d : checked.diagnostics) {
    if (!reported.count(d.loc.file)) continue;
    if (d.severity == diag::Severity::Info && !global.verbose) continue;
    shown.push_back(std::move(d));
  }
  diag::Diagnostics suppressed;  // shown only where a format has room (SARIF)
  for (auto& d : checked.suppressed) {
    if (!reported.count(d.loc.file)) continue;
    if (d.severity == diag::Severity::Info && !global.verbose) continue;
    suppressed.push_back(std::move(d));
  }
  report_options.suppressed = &suppressed;

  // An invalid tatakerja.yaml: nothing was checked, so no baseline is
  // written; the config errors are reported below and the exit is 2.
  if (options.write_baseline && checked.config_ok) {
    sys::write_file_atomically(*options.write_baseline, report::write_baseline(repo, shown));
    if (!global.quiet) {
      err << fmt::format("tatakerja: wrote {} finding{} to the baseline {}\n", shown.size(),
                         shown.size() == 1 ? "" : "s", *options.write_baseline);
    }
    return 0;
  }
  if (options.baseline) {
    report::BaselineResult applied;
    try {
      applied = report::apply_baseline(repo, std::move(shown), read_baseline(*options.baseline),
                                       *options.baseline);
    } catch (const util::Failure&) {
      throw;
    } catch (const std::runtime_error& e) {
      // "NAME:LINE:COL: what is wrong": the user's file, not a bug.
      throw util::Failure(e.what());
    }
    shown = std::move(applied.fresh);
    // Entries are by display path; only those in the files reported on can
    // be known to no longer occur (the others were not looked at).
    const std::string& config_display = repo.files[0].display;
    const std::string prefix = config_display.substr(
        0, config_display.size() - std::string_view(load::kConfigName).size());
    const auto entry_in_scope = [&](const std::string& file) {
      if (scope.empty()) return true;
      return file.starts_with(prefix) && in_scope(scope, file.substr(prefix.size()));
    };
    for (const auto& entry : applied.stale) {
      if (global.quiet || !entry_in_scope(entry.file)) continue;
      const std::string message =
          entry.message.empty() ? "" : util::escape_control(entry.message) + " ";
      err << fmt::format("tatakerja: note: baseline entry no longer occurs: {}: {}[{}]\n",
                         util::escape_control(entry.file), message,
                         util::escape_control(entry.rule));
    }
  }

  for (const auto& dest : dests) {
    std::ostringstream text;
    auto options_for = report_options;
    options_for.color = !dest.file && sys::use_color(global.color, STDOUT_FILENO) &&
                        dest.format == report::Format::Text;
    report::write_report(dest.format, repo, shown, options_for, text);
    if (dest.file)
      sys::write_file_atomically(*dest.file, text.str());
    else
      out << text.str();
  }
  out.flush();
  if (!out) throw util::Failure("cannot write the report to standard output");
  if (!global.quiet) err << "tatakerja: " << report::summary_line(shown, reported.size()) << "\n";
  if (!checked.config_ok) return 2;
  return diag::fails(shown, options.strict) ? 1 : 0;
}

}  // namespace tatakerja::app
