// Test helper for the report tests: a small repository built by hand (no
// loader), with findings of every shape a reporter must handle.
#pragma once

#include <string>

#include "tatakerja/diag/diagnostic.hpp"
#include "tatakerja/model/repository.hpp"

namespace test {

// Files: 0 tatakerja.yaml, 1 sops/usul.yaml (a control character on line 3,
// multi-byte text on line 7, a tab on line 8), 2 "units/bagian umum.yaml"
// (no findings), 3 units/ékonomi.yaml (empty).
inline tatakerja::model::Repository report_repo() {
  tatakerja::model::Repository repo;
  repo.root = "/srv/kantor";
  repo.files.push_back({"tatakerja.yaml", "tatakerja.yaml", "organization: Uji\n"});
  repo.files.push_back({"sops/usul.yaml", "sops/usul.yaml",
                        "kind: sop\n"
                        "id: usul\n"
                        "title: \"Usul \x1b[31mmerah\"\n"
                        "steps:\n"
                        "  - activity: Memeriksa berkas\n"
                        "    actor: kepala-bagian\n"
                        "  - activity: \xC3\x89valuasi \xE2\x80\x94 akhir\n"  // Évaluasi — akhir
                        "\tcatatan: x\n"});
  repo.files.push_back(
      {"units/bagian umum.yaml", "units/bagian umum.yaml", "kind: unit\nid: umum\n"});
  repo.files.push_back({"units/\xC3\xA9konomi.yaml", "units/\xC3\xA9konomi.yaml", ""});
  return repo;
}

inline tatakerja::diag::Diagnostic finding(std::string rule, tatakerja::diag::Severity severity,
                                           std::uint32_t file, std::uint32_t line,
                                           std::uint32_t column, std::string message) {
  tatakerja::diag::Diagnostic d;
  d.rule = std::move(rule);
  d.severity = severity;
  d.loc = {file, line, column};
  d.message = std::move(message);
  return d;
}

// The findings on report_repo(), in report order:
// 0 schema error at the control character (1:3:14)
// 1 step-output-missing error over `activity` (1:5:5, end 5:13)
// 2 vague-word warning on `akhir`, after multi-byte text, with an ANSI
//   escape in the message and a suggestion (1:7:26, end 7:31)
// 3 step-time-missing info after a tab (1:8:2)
// 4 empty-file warning for the whole file (3:0:0)
inline tatakerja::diag::Diagnostics report_findings() {
  using tatakerja::diag::Severity;
  tatakerja::diag::Diagnostics out;
  out.push_back(finding("schema", Severity::Error, 1, 3, 14, "title holds a control character"));
  out.push_back(finding("step-output-missing", Severity::Error, 1, 5, 5, "step 1 has no `output`"));
  out.back().end_line = 5;
  out.back().end_column = 13;
  out.push_back(finding("vague-word", Severity::Warning, 1, 7, 26,
                        "the word `\x1b[1makhir` is vague; did you mean `selesai`?"));
  out.back().end_line = 7;
  out.back().end_column = 31;
  out.back().suggestion = "selesai";
  out.push_back(finding("step-time-missing", Severity::Info, 1, 8, 2, "step 2 has no `time`"));
  out.push_back(finding("empty-file", Severity::Warning, 3, 0, 0, "the file holds no document"));
  return out;
}

}  // namespace test
