// The github format: one workflow command a finding, for annotations in a
// GitHub Actions log, then the summary line:
//
//   ::error file=sops/a.yaml,line=12,col=7,title=step-output-missing::sops/a.yaml:12: no output
//   ::warning file=units/b.yaml,title=empty-file::units/b.yaml: the file holds no document
//   tatakerja: 1 error, 1 warning in 3 files
//
// error -> ::error, warning -> ::warning, info (and off) -> ::notice. `line`
// is left out for the whole file and `col` when unknown; the end of a range
// is not given (GitHub's endColumn semantics differ between its tools).
// GitHub shows only 10 annotations of a kind per step, so the message also
// carries `path:line` for the log, the path quoted as in the text format.
// Control characters in user text are first escaped as \xNN
// (util::escape_control), then GitHub's own escaping applies: %, CR and LF
// in the message; also ':' and ',' in properties, where a newline in the
// `file` path is left to GitHub's %0A so that it names the real file.
#include <fmt/format.h>

#include "common.hpp"
#include "formats.hpp"
#include "tatakerja/util/text.hpp"

namespace tatakerja::report {

namespace {

std::string_view command_for(diag::Severity severity) {
  switch (severity) {
    case diag::Severity::Error:
      return "error";
    case diag::Severity::Warning:
      return "warning";
    case diag::Severity::Info:
    case diag::Severity::Off:
      break;
  }
  return "notice";
}

std::string escape_data(std::string_view text) {
  std::string out;
  for (char c : text) {
    switch (c) {
      case '%':
        out += "%25";
        break;
      case '\r':
        out += "%0D";
        break;
      case '\n':
        out += "%0A";
        break;
      default:
        out += c;
    }
  }
  return out;
}

std::string escape_property(std::string_view text) {
  std::string out;
  for (char c : escape_data(text)) {
    switch (c) {
      case ':':
        out += "%3A";
        break;
      case ',':
        out += "%2C";
        break;
      default:
        out += c;
    }
  }
  return out;
}

// The `file` property: CR and LF go as GitHub's %0D and %0A, which it
// decodes, so that the annotation lands on the real file; other control
// characters (ESC) are escaped as \xNN, never sent raw into the log.
std::string file_property(std::string_view path) {
  std::string kept;
  std::size_t start = 0;
  for (std::size_t i; (i = path.find_first_of("\r\n", start)) != path.npos; start = i + 1) {
    kept += util::escape_control(path.substr(start, i - start));
    kept += path[i];
  }
  kept += util::escape_control(path.substr(start));
  return escape_property(kept);
}

std::string properties(const model::Repository& repo, const diag::Diagnostic& d) {
  std::string out = "file=" + file_property(display_path(repo, d));
  if (d.loc.line != 0) out += fmt::format(",line={}", d.loc.line);
  if (d.loc.line != 0 && d.loc.column != 0) out += fmt::format(",col={}", d.loc.column);
  out += ",title=" + escape_property(util::escape_control(d.rule));
  return out;
}

std::string message(const model::Repository& repo, const diag::Diagnostic& d) {
  const std::string path = quoted_path(display_path(repo, d));
  const std::string where =
      d.loc.line == 0 ? std::string(path) : fmt::format("{}:{}", path, d.loc.line);
  return escape_data(util::escape_control(fmt::format("{}: {}", where, d.message)));
}

}  // namespace

void write_github(const model::Repository& repo, const diag::Diagnostics& diagnostics,
                  const ReportOptions& options, std::ostream& out) {
  for (const auto& d : diagnostics) {
    out << "::" << command_for(d.severity) << ' ' << properties(repo, d) << "::" << message(repo, d)
        << '\n';
  }
  out << "tatakerja: " << summary_line(diagnostics, files_reported(options)) << '\n';
}

}  // namespace tatakerja::report
