#include <doctest/doctest.h>

#include "report_fixture.hpp"
#include "tatakerja/report/report.hpp"

using tatakerja::diag::Severity;
using tatakerja::report::Format;
using tatakerja::report::parse_format;
using tatakerja::report::summary_line;

TEST_CASE("report: format names") {
  CHECK(parse_format("text") == Format::Text);
  CHECK(parse_format("json") == Format::Json);
  CHECK(parse_format("sarif") == Format::Sarif);
  CHECK(parse_format("github") == Format::Github);
  CHECK(parse_format("junit") == Format::Junit);
  CHECK_FALSE(parse_format("JSON").has_value());
  CHECK_FALSE(parse_format("").has_value());
  CHECK_FALSE(parse_format("xml").has_value());
}

TEST_CASE("report: summary line, singular and plural") {
  using test::finding;
  const auto error = finding("schema", Severity::Error, 1, 1, 1, "e");
  const auto warning = finding("sop-duplicate", Severity::Warning, 1, 1, 1, "w");
  const auto info = finding("step-time-missing", Severity::Info, 1, 1, 1, "i");
  CHECK(summary_line({}, 0) == "0 errors, 0 warnings in 0 files");
  CHECK(summary_line({error}, 1) == "1 error, 0 warnings in 1 file");
  CHECK(summary_line({error, error, warning}, 3) == "2 errors, 1 warning in 3 files");
  CHECK(summary_line({warning, warning, info}, 2) == "0 errors, 2 warnings, 1 info in 2 files");
  CHECK(summary_line({info, info}, 1) == "0 errors, 0 warnings, 2 infos in 1 file");
}
