#include <doctest/doctest.h>

#include <sstream>

#include "report_fixture.hpp"
#include "tatakerja/report/report.hpp"

using tatakerja::diag::Severity;
using tatakerja::report::Format;
using tatakerja::report::ReportOptions;

namespace {

std::string text_report(const tatakerja::diag::Diagnostics& diagnostics, bool color = false) {
  std::ostringstream out;
  ReportOptions options;
  options.color = color;
  tatakerja::report::write_report(Format::Text, test::report_repo(), diagnostics, options, out);
  return out.str();
}

}  // namespace

TEST_CASE("text: every finding with its source line and caret") {
  CHECK(text_report(test::report_findings()) ==
        "sops/usul.yaml:3:14: error: title holds a control character [schema]\n"
        "    3 | title: \"Usul \\x1b[31mmerah\"\n"
        "      |              ^~~~\n"
        "sops/usul.yaml:5:5: error: step 1 has no `output` [step-output-missing]\n"
        "    5 |   - activity: Memeriksa berkas\n"
        "      |     ^~~~~~~~\n"
        "sops/usul.yaml:7:26: warning: the word `\\x1b[1makhir` is vague; did you mean "
        "`selesai`? [vague-word]\n"
        "    7 |   - activity: \xC3\x89valuasi \xE2\x80\x94 akhir\n"
        "      |                          ^~~~~\n"
        "sops/usul.yaml:8:2: info: step 2 has no `time` [step-time-missing]\n"
        "    8 | \tcatatan: x\n"
        "      | \t^\n"
        "units/\xC3\xA9konomi.yaml: warning: the file holds no document [empty-file]\n");
}

TEST_CASE("text: colour only on the position, the severity and the caret") {
  auto findings = test::report_findings();
  CHECK(text_report({findings[1], findings[2]}, true) ==
        "\x1b[1msops/usul.yaml:5:5:\x1b[0m \x1b[1;31merror:\x1b[0m step 1 has no `output` "
        "[step-output-missing]\n"
        "    5 |   - activity: Memeriksa berkas\n"
        "      |     \x1b[1;32m^~~~~~~~\x1b[0m\n"
        "\x1b[1msops/usul.yaml:7:26:\x1b[0m \x1b[1;35mwarning:\x1b[0m the word `\\x1b[1makhir` "
        "is vague; did you mean `selesai`? [vague-word]\n"
        "    7 |   - activity: \xC3\x89valuasi \xE2\x80\x94 akhir\n"
        "      |                          \x1b[1;32m^~~~~\x1b[0m\n");
  CHECK(text_report({findings[3], findings[4]}, true) ==
        "\x1b[1msops/usul.yaml:8:2:\x1b[0m \x1b[1;36minfo:\x1b[0m step 2 has no `time` "
        "[step-time-missing]\n"
        "    8 | \tcatatan: x\n"
        "      | \t\x1b[1;32m^\x1b[0m\n"
        "\x1b[1munits/\xC3\xA9konomi.yaml:\x1b[0m \x1b[1;35mwarning:\x1b[0m the file holds no "
        "document [empty-file]\n");
}

TEST_CASE("text: no colour codes at all without colour") {
  CHECK(text_report(test::report_findings()).find("\x1b") == std::string::npos);
}

TEST_CASE("text: unknown column, a caret past the end, an end on another line") {
  using test::finding;
  auto no_column = finding("schema", Severity::Error, 1, 2, 0, "bad id");
  auto past_end = finding("schema", Severity::Error, 1, 2, 12, "value expected");
  past_end.end_line = 2;
  past_end.end_column = 20;
  auto multi_line = finding("schema", Severity::Error, 1, 5, 5, "bad step");
  multi_line.end_line = 6;
  multi_line.end_column = 9;
  CHECK(text_report({no_column, past_end, multi_line}) ==
        "sops/usul.yaml:2: error: bad id [schema]\n"
        "    2 | id: usul\n"
        "sops/usul.yaml:2:12: error: value expected [schema]\n"
        "    2 | id: usul\n"
        "      |         ^\n"
        "sops/usul.yaml:5:5: error: bad step [schema]\n"
        "    5 |   - activity: Memeriksa berkas\n"
        "      |     ^\n");
}

TEST_CASE("text: an empty source line, a line past the end, a wide gutter") {
  tatakerja::model::Repository repo = test::report_repo();
  repo.files[2].content = "kind: unit\n\nid: umum\n";
  std::string many;
  for (int i = 1; i < 123456; ++i) many += "\n";
  many += "x: 1\n";
  repo.files[0].content = many;
  const tatakerja::diag::Diagnostics findings = {
      test::finding("schema", Severity::Error, 0, 123456, 1, "unknown key `x`"),
      test::finding("schema", Severity::Error, 2, 2, 1, "blank"),
      test::finding("yaml-syntax", Severity::Error, 2, 9, 1, "past the end"),
  };
  std::ostringstream out;
  tatakerja::report::write_report(Format::Text, repo, findings, {}, out);
  CHECK(out.str() ==
        "tatakerja.yaml:123456:1: error: unknown key `x` [schema]\n"
        "123456 | x: 1\n"
        "       | ^\n"
        "units/bagian umum.yaml:2:1: error: blank [schema]\n"
        "    2 |\n"
        "      | ^\n"
        "units/bagian umum.yaml:9:1: error: past the end [yaml-syntax]\n");
}

TEST_CASE("text: nothing to report, nothing written") {
  CHECK(text_report({}).empty());
}
