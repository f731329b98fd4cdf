// The json format: one versioned object, pretty-printed with 2 spaces, keys
// always in this order, a newline at the end:
//
//   {
//     "version": 1,
//     "diagnostics": [
//       {
//         "file": "sops/usul.yaml",   (display path)
//         "line": 12,                 (0: the file as a whole)
//         "column": 7,                (code points; 0: unknown)
//         "end_line": 12,             (only when known)
//         "end_column": 9,            (exclusive; only when known)
//         "severity": "error",        (error, warning or info)
//         "rule": "step-output-missing",
//         "message": "...",
//         "suggestion": "..."         (only when there is one)
//       }
//     ],
//     "summary": {"errors": 1, "warnings": 0, "infos": 0, "files": 3}
//   }
//
// Unknown values are left out rather than null, so a consumer tests for the
// key. No tool version: the same findings always give the same bytes.
#include "tatakerja/util/json.hpp"

#include "common.hpp"
#include "formats.hpp"

namespace tatakerja::report {

namespace {

constexpr std::int64_t kJsonVersion = 1;

void write_diagnostic(util::JsonWriter& w, const model::Repository& repo,
                      const diag::Diagnostic& d) {
  w.begin_object();
  w.key("file").string(display_path(repo, d));
  w.key("line").number(d.loc.line);
  w.key("column").number(d.loc.column);
  if (d.end_line != 0) w.key("end_line").number(d.end_line);
  if (d.end_column != 0) w.key("end_column").number(d.end_column);
  w.key("severity").string(diag::severity_name(d.severity));
  w.key("rule").string(d.rule);
  w.key("message").string(d.message);
  if (!d.suggestion.empty()) w.key("suggestion").string(d.suggestion);
  w.end_object();
}

void write_summary(util::JsonWriter& w, const diag::Diagnostics& diagnostics,
                   const ReportOptions& options) {
  const Counts counts = count(diagnostics);
  w.begin_object();
  w.key("errors").number(static_cast<std::int64_t>(counts.errors));
  w.key("warnings").number(static_cast<std::int64_t>(counts.warnings));
  w.key("infos").number(static_cast<std::int64_t>(counts.infos));
  w.key("files").number(static_cast<std::int64_t>(files_reported(options)));
  w.end_object();
}

}  // namespace

void write_json(const model::Repository& repo, const diag::Diagnostics& diagnostics,
                const ReportOptions& options, std::ostream& out) {
  util::JsonWriter w(out);
  w.begin_object();
  w.key("version").number(kJsonVersion);
  w.key("diagnostics").begin_array();
  for (const auto& d : diagnostics) write_diagnostic(w, repo, d);
  w.end_array();
  w.key("summary");
  write_summary(w, diagnostics, options);
  w.end_object();
  out << '\n';
}

}  // namespace tatakerja::report
