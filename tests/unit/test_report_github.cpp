#include <doctest/doctest.h>

#include <sstream>

#include "report_fixture.hpp"
#include "tatakerja/report/report.hpp"

using tatakerja::diag::Severity;
using tatakerja::report::Format;

namespace {

std::string github_report(const tatakerja::model::Repository& repo,
                          const tatakerja::diag::Diagnostics& diagnostics, std::size_t files) {
  std::ostringstream out;
  tatakerja::report::ReportOptions options;
  options.files_checked = files;
  tatakerja::report::write_report(Format::Github, repo, diagnostics, options, out);
  return out.str();
}

}  // namespace

TEST_CASE("github: workflow commands carrying path:line, then the summary") {
  CHECK(github_report(test::report_repo(), test::report_findings(), 4) ==
        "::error file=sops/usul.yaml,line=3,col=14,title=schema::sops/usul.yaml:3: title holds a "
        "control character\n"
        "::error file=sops/usul.yaml,line=5,col=5,title=step-output-missing::sops/usul.yaml:5: "
        "step 1 has no `output`\n"
        "::warning file=sops/usul.yaml,line=7,col=26,title=vague-word::sops/usul.yaml:7: the word "
        "`\\x1b[1makhir` is vague; did you mean `selesai`?\n"
        "::notice file=sops/usul.yaml,line=8,col=2,title=step-time-missing::sops/usul.yaml:8: step "
        "2 has no `time`\n"
        "::warning file=units/\xC3\xA9konomi.yaml,title=empty-file::units/\xC3\xA9konomi.yaml: the "
        "file holds no document\n"
        "tatakerja: 2 errors, 2 warnings, 1 info in 4 files\n");
}

TEST_CASE("github: properties and data escaped the way GitHub reads them") {
  auto repo = test::report_repo();
  repo.files[2].display = "units/a,b:c%d.yaml";
  auto d = test::finding("schema", Severity::Error, 2, 1, 0, "100% wrong\r\nnext: line");
  CHECK(github_report(repo, {d}, 1) ==
        "::error file=units/a%2Cb%3Ac%25d.yaml,line=1,title=schema::units/a,b:c%25d.yaml:1: "
        "100%25 wrong\\x0d\\x0anext: line\n"
        "tatakerja: 1 error, 0 warnings in 1 file\n");
}

TEST_CASE("github: nothing found, still the summary") {
  CHECK(github_report(test::report_repo(), {}, 3) ==
        "tatakerja: 0 errors, 0 warnings in 3 files\n");
}
