#include "tatakerja/app/workload.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>
#include <unistd.h>

#include <algorithm>
#include <sstream>

#include "tatakerja/sys/files.hpp"
#include "tatakerja/app/pipeline.hpp"
#include "tatakerja/sys/terminal.hpp"
#include "tatakerja/load/loader.hpp"
#include "tatakerja/load/values.hpp"
#include "tatakerja/report/report.hpp"
#include "tatakerja/util/error.hpp"
#include "tatakerja/util/text.hpp"
#include "tatakerja/workload/figures.hpp"
#include "tatakerja/workload/output.hpp"

namespace tatakerja::app {

namespace {

std::optional<std::int64_t> parse_effective_hours(const std::optional<std::string>& text) {
  if (!text) return std::nullopt;
  auto parsed = load::parse_count(*text);
  if (!parsed.ok() || parsed.value() == 0) {
    throw util::Failure(
        fmt::format("--effective-hours {}: expected a whole number of hours a year "
                    "greater than zero, e.g. 1250",
                    util::escape_control(*text)));
  }
  return parsed.value();
}

workload::View parse_view(const std::string& name) {
  auto view = workload::parse_view(name);
  if (!view) {
    throw util::Failure(fmt::format("--by {}: expected position, unit, employee or duty",
                                    util::escape_control(name)));
  }
  return *view;
}

workload::Format parse_format(const std::string& name, const std::optional<std::string>& output) {
  auto format = workload::parse_format(name);
  if (!format) {
    throw util::Failure(fmt::format("--format {}: expected table, csv, json, markdown or xlsx",
                                    util::escape_control(name)));
  }
  if (*format == workload::Format::Xlsx && !output) {
    throw util::Failure(
        "--format xlsx writes an Excel workbook, which is no text for standard output: give "
        "--output FILE (e.g. --output abk.xlsx)");
  }
  return *format;
}

// The analysis in its format, to `out` or to the file `output`.
void write_analysis(const model::Repository& repo, const workload::Analysis& analysis,
                    workload::View view, workload::Format format,
                    const std::optional<std::string>& output, std::ostream& out) {
  if (format == workload::Format::Xlsx) {
    workload::write_xlsx(repo, analysis, view, *output);
    return;
  }
  std::ostringstream text;
  workload::write_workload(repo, analysis, view, format, text);
  if (output) {
    sys::write_file_atomically(*output, text.str());
    return;
  }
  out << text.str();
  out.flush();
}

// Duties counted as zero hours are named, whatever the rule's severity.
void note_uncounted(const model::Repository& repo, const workload::Analysis& analysis,
                    std::ostream& err) {
  std::vector<std::string> names;
  for (const auto& p : analysis.positions) {
    for (const auto& d : p.duties) {
      if (d.counted) continue;
      const auto& position = repo.positions[p.position];
      names.push_back(
          util::escape_control(position.doc.id.value + "/" + position.duties[d.duty].id.value));
    }
  }
  if (names.empty()) return;
  err << fmt::format(
      "tatakerja: note: {} {} no `volume` or `standard_time` and {} as zero "
      "hours: {}\n",
      names.size(), names.size() == 1 ? "duty has" : "duties have",
      names.size() == 1 ? "counts" : "count", fmt::join(names, ", "));
}

// The document kinds the workload analysis reads (workload.md): an error in
// one of them, in tatakerja.yaml or in a document that could not be read
// withholds the ABK. Errors elsewhere (an SOP's wording) are shown and do not.
constexpr model::Kind kReadByWorkload[] = {model::Kind::Unit, model::Kind::Position,
                                           model::Kind::Employee, model::Kind::Role};

bool stops_workload(const model::Repository& repo, const diag::Diagnostic& d) {
  if (d.severity != diag::Severity::Error) return false;
  const auto kind = document_kind(repo, d);
  return !kind || std::find(std::begin(kReadByWorkload), std::end(kReadByWorkload), *kind) !=
                      std::end(kReadByWorkload);
}

}  // namespace

int run_workload(const GlobalOptions& global, const WorkloadOptions& options, std::ostream& out,
                 std::ostream& err) {
  const auto view = parse_view(options.by);
  const auto format = parse_format(options.format, options.output);
  const auto effective_hours = parse_effective_hours(options.effective_hours);
  PipelineOptions pipeline;
  pipeline.root = load::find_root(global.root, std::filesystem::current_path());
  use_global_options(pipeline, global, err);
  auto& checked = keep_until_exit(check_repository(pipeline));

  diag::Diagnostics shown;
  for (auto& d : checked.diagnostics) {
    if (d.severity == diag::Severity::Info && !global.verbose) continue;
    shown.push_back(std::move(d));
  }
  print_diagnostics(checked, shown, sys::use_color(global.color, STDERR_FILENO), err);
  if (!checked.config_ok) {
    err << "tatakerja: " << report::summary_line(shown, checked.repo.files.size())
        << ": tatakerja.yaml is invalid, so there is no workload analysis\n";
    return 2;
  }
  const auto stopping = std::count_if(shown.begin(), shown.end(), [&](const diag::Diagnostic& d) {
    return stops_workload(checked.repo, d);
  });
  if (stopping > 0) {
    err << "tatakerja: " << report::summary_line(shown, checked.repo.files.size())
        << ": no workload analysis while what it reads (tatakerja.yaml, units, positions, "
           "duties, employees) has errors; fix them and run again\n";
    return 1;
  }

  const auto& repo = checked.repo;
  const auto analysis =
      workload::analyse(repo, workload::settings_of(repo.config, effective_hours));
  write_analysis(repo, analysis, view, format, options.output, out);
  if (!global.quiet) {
    note_uncounted(repo, analysis, err);
    if (!shown.empty()) {
      err << "tatakerja: " << report::summary_line(shown, repo.files.size())
          << (diag::fails(shown) ? ": the errors are in SOPs, which the workload analysis does "
                                   "not read"
                                 : "")
          << "\n";
    }
  }
  return 0;
}

}  // namespace tatakerja::app
