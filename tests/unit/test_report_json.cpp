#include <doctest/doctest.h>

#include <sstream>

#include "report_fixture.hpp"
#include "tatakerja/report/report.hpp"

using tatakerja::report::Format;

namespace {

std::string json_report(const tatakerja::diag::Diagnostics& diagnostics, std::size_t files) {
  std::ostringstream out;
  tatakerja::report::ReportOptions options;
  options.files_checked = files;
  options.color = true;  // never applies to json
  tatakerja::report::write_report(Format::Json, test::report_repo(), diagnostics, options, out);
  return out.str();
}

}  // namespace

TEST_CASE("json: a versioned object with stable keys; end and suggestion only when known") {
  const auto findings = test::report_findings();
  CHECK(json_report({findings[1], findings[2], findings[3], findings[4]}, 4) ==
        R"({
  "version": 1,
  "diagnostics": [
    {
      "file": "sops/usul.yaml",
      "line": 5,
      "column": 5,
      "end_line": 5,
      "end_column": 13,
      "severity": "error",
      "rule": "step-output-missing",
      "message": "step 1 has no `output`"
    },
    {
      "file": "sops/usul.yaml",
      "line": 7,
      "column": 26,
      "end_line": 7,
      "end_column": 31,
      "severity": "warning",
      "rule": "vague-word",
      "message": "the word `\u001b[1makhir` is vague; did you mean `selesai`?",
      "suggestion": "selesai"
    },
    {
      "file": "sops/usul.yaml",
      "line": 8,
      "column": 2,
      "severity": "info",
      "rule": "step-time-missing",
      "message": "step 2 has no `time`"
    },
    {
      "file": "units/ékonomi.yaml",
      "line": 0,
      "column": 0,
      "severity": "warning",
      "rule": "empty-file",
      "message": "the file holds no document"
    }
  ],
  "summary": {
    "errors": 1,
    "warnings": 2,
    "infos": 1,
    "files": 4
  }
}
)");
}

TEST_CASE("json: no findings") {
  CHECK(json_report({}, 2) ==
        "{\n"
        "  \"version\": 1,\n"
        "  \"diagnostics\": [],\n"
        "  \"summary\": {\n"
        "    \"errors\": 0,\n"
        "    \"warnings\": 0,\n"
        "    \"infos\": 0,\n"
        "    \"files\": 2\n"
        "  }\n"
        "}\n");
}
