// Internal helpers shared by the report formats and the baseline: where a
// diagnostic points, its source line, counts, and stable fingerprints.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "tatakerja/diag/diagnostic.hpp"
#include "tatakerja/model/repository.hpp"
#include "tatakerja/report/report.hpp"

namespace tatakerja::report {

// The path a file is reported under (SourceFile::display); never with a
// leading "./". "?" for a file index the repository does not have.
std::string_view display_path(const model::Repository& repo, std::uint32_t file);
inline std::string_view display_path(const model::Repository& repo, const diag::Diagnostic& d) {
  return display_path(repo, d.loc.file);
}

// The lines of the repository's files, indexed on first use, so that a
// report of thousands of findings in one big file reads it once.
class SourceLines {
 public:
  explicit SourceLines(const model::Repository& repo)
      : repo_(repo), starts_(repo.files.size()), indexed_(repo.files.size(), false) {}

  // The line a diagnostic points at, without its line end (CR included);
  // nullopt for the whole file (line 0) or a line past the end.
  std::optional<std::string_view> at(const diag::Diagnostic& d);

 private:
  const model::Repository& repo_;
  std::vector<std::vector<std::size_t>> starts_;  // a file's line start offsets
  std::vector<bool> indexed_;
};

// A path as the text formats show it: as it is, or, when it holds a control
// character (a newline, a tab), a backslash or a byte that is not UTF-8, or
// starts with `"`, quoted as git quotes it: "bad\nname.yaml", with `\\` and
// `\"` inside. So no path passes for another, and none can break a
// `path:line:col:` line in two (a forged line in a CI log).
std::string quoted_path(std::string_view path);

// "path:line:col", "path:line" (column unknown) or "path" (the whole file),
// the path through quoted_path.
std::string location_text(const model::Repository& repo, const diag::Diagnostic& d);

// "path:line:col: severity: message [rule]", control characters escaped:
// the text format's first line without colour, reused by junit.
std::string plain_headline(const model::Repository& repo, const diag::Diagnostic& d);

struct Counts {
  std::size_t errors = 0;
  std::size_t warnings = 0;
  std::size_t infos = 0;
};
Counts count(const diag::Diagnostics& diagnostics);

// The number of files reported on: ReportOptions::files_checked, or the
// number of reported_files when that is not set.
std::size_t files_reported(const ReportOptions& options);

// 64-bit FNV-1a of `bytes`, as 16 lower-case hex digits.
std::string fnv1a_hex(std::string_view bytes);

// One fingerprint a diagnostic, in order: the hash of rule, "\0", display
// path, "\0" and the offending source line with surrounding blanks trimmed
// (the message for the whole file); the n-th repeat (n >= 2) of the same
// rule, file and text hashes that string followed by "#n". Line numbers are
// not part of it, so a finding keeps its fingerprint when lines move.
std::vector<std::string> fingerprints(const model::Repository& repo,
                                      const diag::Diagnostics& diagnostics);

}  // namespace tatakerja::report
