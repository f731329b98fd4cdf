#include "tatakerja/app/workload.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>
#include <unistd.h>

#include <algorithm>
#include <sstream>

#include "tatakerja/app/phase.hpp"
#include "tatakerja/app/pipeline.hpp"
#include "tatakerja/load/loader.hpp"
#include "tatakerja/load/values.hpp"
#include "tatakerja/report/report.hpp"
#include "tatakerja/sys/files.hpp"
#include "tatakerja/sys/terminal.hpp"
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

workload::Format checked_format(workload::Format format, const std::optional<std::string>& output) {
  if (format == workload::Format::Xlsx && !output) {
    throw util::Failure(
        "--format xlsx writes an Excel workbook, which is no text for standard output: give "
        "--output FILE (e.g. --output abk.xlsx)");
  }
  return format;
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

}  // namespace

int run_workload(const GlobalOptions& global, const WorkloadOptions& options, std::ostream& out,
                 std::ostream& err) {
  const auto view = options.by;
  const auto format = checked_format(options.format, options.output);
  const auto effective_hours = parse_effective_hours(options.effective_hours);
  auto opened = open_repository(global, phases::kWorkload, err, std::filesystem::current_path());
  if (opened.status) return *opened.status;
  const auto& checked = *opened.checked;
  const auto& shown = opened.shown;

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
