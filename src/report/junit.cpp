// The junit format, for CI systems that show test results: one test case a
// file reported on, a failure a finding:
//
//   <?xml version="1.0" encoding="UTF-8"?>
//   <testsuites name="tatakerja" tests="2" failures="1">
//     <testsuite name="tatakerja validate" tests="2" failures="1">
//       <testcase classname="tatakerja" name="sops/usul.yaml">
//         <failure type="RULE" message="MESSAGE">PATH:LINE:COL: error: MESSAGE [RULE]</failure>
//       </testcase>
//       <testcase classname="tatakerja" name="tatakerja.yaml"/>
//     </testsuite>
//   </testsuites>
//
// The test cases are ReportOptions::reported_files (else the files with
// findings), plus any other file with a finding, in file order. Errors and
// warnings are failures (a warning is worth a look, and --strict fails on
// it); info findings are not: they are listed in the test case's
// <system-out>, one line each. `failures` counts the test cases that
// failed, as the JUnit schema says, not the <failure> elements. No times:
// the same findings always give the same bytes.
#include <fmt/format.h>

#include <map>

#include "common.hpp"
#include "formats.hpp"
#include "tatakerja/util/xml.hpp"

namespace tatakerja::report {

namespace {

using ByFile = std::map<std::uint32_t, std::vector<const diag::Diagnostic*>>;

ByFile group_by_file(const diag::Diagnostics& diagnostics, const ReportOptions& options) {
  ByFile files;
  for (auto file : options.reported_files) files[file];
  for (const auto& d : diagnostics) files[d.loc.file].push_back(&d);
  return files;
}

bool is_failure(const diag::Diagnostic& d) {
  return d.severity == diag::Severity::Error || d.severity == diag::Severity::Warning;
}

bool has_failure(const std::vector<const diag::Diagnostic*>& findings) {
  for (const auto* d : findings) {
    if (is_failure(*d)) return true;
  }
  return false;
}

void write_test_case(const model::Repository& repo, std::uint32_t file,
                     const std::vector<const diag::Diagnostic*>& findings, std::ostream& out) {
  out << "    <testcase classname=\"tatakerja\" name=\""
      << util::xml_escape(display_path(repo, file)) << '"';
  if (findings.empty()) {
    out << "/>\n";
    return;
  }
  out << ">\n";
  std::string infos;
  for (const auto* d : findings) {
    const std::string line = util::xml_escape(plain_headline(repo, *d));
    if (!is_failure(*d)) {
      infos += line + "\n";
      continue;
    }
    out << fmt::format("      <failure type=\"{}\" message=\"{}\">{}</failure>\n",
                       util::xml_escape(d->rule), util::xml_escape(d->message), line);
  }
  if (!infos.empty()) out << "      <system-out>" << infos << "</system-out>\n";
  out << "    </testcase>\n";
}

}  // namespace

void write_junit(const model::Repository& repo, const diag::Diagnostics& diagnostics,
                 const ReportOptions& options, std::ostream& out) {
  const ByFile files = group_by_file(diagnostics, options);
  std::size_t failed = 0;
  for (const auto& [file, findings] : files) failed += has_failure(findings) ? 1 : 0;
  const std::string counts = fmt::format("tests=\"{}\" failures=\"{}\"", files.size(), failed);
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
  out << "<testsuites name=\"tatakerja\" " << counts << ">\n";
  out << "  <testsuite name=\"tatakerja validate\" " << counts << ">\n";
  for (const auto& [file, findings] : files) write_test_case(repo, file, findings, out);
  out << "  </testsuite>\n";
  out << "</testsuites>\n";
}

}  // namespace tatakerja::report
