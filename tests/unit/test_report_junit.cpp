#include <doctest/doctest.h>

#include <sstream>

#include "report_fixture.hpp"
#include "tatakerja/report/report.hpp"

using tatakerja::diag::Severity;
using tatakerja::report::Format;

namespace {

std::string junit_report(const tatakerja::model::Repository& repo,
                         const tatakerja::diag::Diagnostics& diagnostics,
                         std::vector<std::uint32_t> files) {
  std::ostringstream out;
  tatakerja::report::ReportOptions options;
  options.reported_files = std::move(files);
  options.files_checked = options.reported_files.size();
  tatakerja::report::write_report(Format::Junit, repo, diagnostics, options, out);
  return out.str();
}

}  // namespace

TEST_CASE("junit: a test case a reported file, a failure an error or warning") {
  CHECK(junit_report(test::report_repo(), test::report_findings(), {0, 1, 2, 3}) ==
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<testsuites name=\"tatakerja\" tests=\"4\" failures=\"2\">\n"
        "  <testsuite name=\"tatakerja validate\" tests=\"4\" failures=\"2\">\n"
        "    <testcase classname=\"tatakerja\" name=\"tatakerja.yaml\"/>\n"
        "    <testcase classname=\"tatakerja\" name=\"sops/usul.yaml\">\n"
        "      <failure type=\"schema\" message=\"title holds a control character\">"
        "sops/usul.yaml:3:14: error: title holds a control character [schema]</failure>\n"
        "      <failure type=\"step-output-missing\" message=\"step 1 has no `output`\">"
        "sops/usul.yaml:5:5: error: step 1 has no `output` [step-output-missing]</failure>\n"
        "      <failure type=\"vague-word\" message=\"the word `\\x1b[1makhir` is vague; did you "
        "mean `selesai`?\">sops/usul.yaml:7:26: warning: the word `\\x1b[1makhir` is vague; did "
        "you mean `selesai`? [vague-word]</failure>\n"
        "      <system-out>sops/usul.yaml:8:2: info: step 2 has no `time` [step-time-missing]\n"
        "</system-out>\n"
        "    </testcase>\n"
        "    <testcase classname=\"tatakerja\" name=\"units/bagian umum.yaml\"/>\n"
        "    <testcase classname=\"tatakerja\" name=\"units/\xC3\xA9konomi.yaml\">\n"
        "      <failure type=\"empty-file\" message=\"the file holds no document\">"
        "units/\xC3\xA9konomi.yaml: warning: the file holds no document [empty-file]</failure>\n"
        "    </testcase>\n"
        "  </testsuite>\n"
        "</testsuites>\n");
}

TEST_CASE("junit: without reported files, the files with findings; XML escaped") {
  auto repo = test::report_repo();
  repo.files[2].display = "units/<a & 'b'>.yaml";
  auto d = test::finding("schema", Severity::Error, 2, 1, 1, "key \"x\" <bad>\x01");
  auto info = test::finding("step-time-missing", Severity::Info, 1, 8, 2, "only info");
  CHECK(junit_report(repo, {info, d}, {}) ==
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<testsuites name=\"tatakerja\" tests=\"2\" failures=\"1\">\n"
        "  <testsuite name=\"tatakerja validate\" tests=\"2\" failures=\"1\">\n"
        "    <testcase classname=\"tatakerja\" name=\"sops/usul.yaml\">\n"
        "      <system-out>sops/usul.yaml:8:2: info: only info [step-time-missing]\n"
        "</system-out>\n"
        "    </testcase>\n"
        "    <testcase classname=\"tatakerja\" name=\"units/&lt;a &amp; &apos;b&apos;&gt;.yaml\">\n"
        "      <failure type=\"schema\" message=\"key &quot;x&quot; &lt;bad&gt;\\x01\">"
        "units/&lt;a &amp; &apos;b&apos;&gt;.yaml:1:1: error: key &quot;x&quot; &lt;bad&gt;\\x01 "
        "[schema]</failure>\n"
        "    </testcase>\n"
        "  </testsuite>\n"
        "</testsuites>\n");
}

TEST_CASE("junit: nothing reported on") {
  CHECK(junit_report(test::report_repo(), {}, {}) ==
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<testsuites name=\"tatakerja\" tests=\"0\" failures=\"0\">\n"
        "  <testsuite name=\"tatakerja validate\" tests=\"0\" failures=\"0\">\n"
        "  </testsuite>\n"
        "</testsuites>\n");
}
