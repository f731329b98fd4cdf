#include <doctest/doctest.h>

#include "../../src/check/checks.hpp"  // internal: not under include/

using tatakerja::check::format_duration;
using tatakerja::model::Duration;

TEST_CASE("check common: durations for people") {
  CHECK(format_duration(Duration{0}) == "0m");
  CHECK(format_duration(Duration{45 * 60}) == "45m");
  CHECK(format_duration(Duration{3600}) == "1h");
  CHECK(format_duration(Duration{2 * 3600 + 30 * 60}) == "2h 30m");
  CHECK(format_duration(Duration{26 * 3600}) == "26h");
  CHECK(format_duration(Duration{3600 + 5}) == "1h 5s");
  CHECK(format_duration(Duration{90}) == "1m 30s");
}
