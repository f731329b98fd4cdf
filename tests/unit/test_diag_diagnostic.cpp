#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "finding.hpp"
#include "tatakerja/diag/diagnostic.hpp"
#include "tatakerja/diag/rules.hpp"

using namespace tatakerja;
using diag::Diagnostic;
using diag::Severity;

TEST_CASE("diagnostic: severity names round-trip") {
  for (Severity s : {Severity::Off, Severity::Info, Severity::Warning, Severity::Error}) {
    CHECK(diag::parse_severity(diag::severity_name(s)) == s);
  }
  CHECK(std::string(diag::severity_name(Severity::Off)) == "off");
  CHECK(std::string(diag::severity_name(Severity::Info)) == "info");
  CHECK(std::string(diag::severity_name(Severity::Warning)) == "warning");
  CHECK(std::string(diag::severity_name(Severity::Error)) == "error");
}

TEST_CASE("diagnostic: unknown severities are refused") {
  CHECK_FALSE(diag::parse_severity("").has_value());
  CHECK_FALSE(diag::parse_severity("warn").has_value());
  CHECK_FALSE(diag::parse_severity("Error").has_value());
  CHECK_FALSE(diag::parse_severity("errors").has_value());
  CHECK_FALSE(diag::parse_severity(" error").has_value());
}

TEST_CASE("diagnostic: make fills the given fields from a typed rule id, severity error") {
  const Diagnostic d = diag::make(diag::rules::kSchema, {2, 7, 3}, "unknown key `nmae`", "name");
  CHECK(d.rule == "schema");
  CHECK(d.loc == model::Location{2, 7, 3});
  CHECK(d.message == "unknown key `nmae`");
  CHECK(d.suggestion == "name");
  CHECK(d.severity == Severity::Error);
  CHECK(d.end_line == 0);
  CHECK(d.end_column == 0);
  CHECK(diag::make(diag::rules::kEmptyFile, {}, "m").suggestion.empty());
  // The default severity is the catalogue's, applied when findings are finalised.
  CHECK(diag::rules::kEmptyFile.severity == Severity::Warning);
}

TEST_CASE("diagnostic: reports are ordered by file, line, column, rule, message") {
  std::vector<Diagnostic> all{
      finding("b-rule", {1, 1, 1}, "m"), finding("a-rule", {0, 9, 1}, "m"),
      finding("a-rule", {0, 2, 5}, "m"), finding("a-rule", {0, 2, 4}, "z"),
      finding("z-rule", {0, 2, 4}, "a"), finding("a-rule", {0, 2, 4}, "a"),
      finding("a-rule", {0, 0, 0}, "m"), finding("a-rule", {0, 10, 1}, "m"),
  };
  std::sort(all.begin(), all.end(), diag::report_order);
  std::vector<std::string> order;
  for (const auto& d : all) {
    order.push_back(std::to_string(d.loc.file) + ":" + std::to_string(d.loc.line) + ":" +
                    std::to_string(d.loc.column) + " " + d.rule + " " + d.message);
  }
  CHECK(order == std::vector<std::string>{"0:0:0 a-rule m", "0:2:4 a-rule a", "0:2:4 a-rule z",
                                          "0:2:4 z-rule a", "0:2:5 a-rule m", "0:9:1 a-rule m",
                                          "0:10:1 a-rule m", "1:1:1 b-rule m"});
}

TEST_CASE("diagnostic: report_order is a strict order") {
  const Diagnostic a = finding("r", {0, 1, 1}, "m");
  CHECK_FALSE(diag::report_order(a, a));
}
