#include "tatakerja/report/report.hpp"

#include <fmt/format.h>

#include <array>
#include <utility>

#include "common.hpp"
#include "formats.hpp"

namespace tatakerja::report {

namespace {

// "1 error", "0 errors", "3 infos".
std::string counted(std::size_t n, std::string_view noun) {
  return fmt::format("{} {}{}", n, noun, n == 1 ? "" : "s");
}

}  // namespace

std::optional<Format> parse_format(std::string_view name) {
  return util::parse_word(kFormats, name);
}

void write_report(Format format, const model::Repository& repo,
                  const diag::Diagnostics& diagnostics, const ReportOptions& options,
                  std::ostream& out) {
  switch (format) {
    case Format::Text:
      write_text(repo, diagnostics, options, out);
      return;
    case Format::Json:
      write_json(repo, diagnostics, options, out);
      return;
    case Format::Sarif:
      write_sarif(repo, diagnostics, check::rules(), out,
                  options.suppressed ? *options.suppressed : diag::Diagnostics{});
      return;
    case Format::Github:
      write_github(repo, diagnostics, options, out);
      return;
    case Format::Junit:
      write_junit(repo, diagnostics, options, out);
      return;
  }
}

// "2 errors, 1 warning in 3 files"; ", 1 info" only when there are infos.
std::string summary_line(const diag::Diagnostics& diagnostics, std::size_t files) {
  const Counts counts = count(diagnostics);
  std::string line = counted(counts.errors, "error") + ", " + counted(counts.warnings, "warning");
  if (counts.infos != 0) line += ", " + counted(counts.infos, "info");
  return line + " in " + counted(files, "file");
}

}  // namespace tatakerja::report
