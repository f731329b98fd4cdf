#include <doctest/doctest.h>

#include "tatakerja/util/error.hpp"
#include "tatakerja/workload/exact.hpp"

using namespace tatakerja;
using workload::decimal;
using workload::Ratio;
using workload::round_whole;
using workload::Wide;
using R = model::Rounding;

TEST_CASE("workload exact: fractions stay in lowest terms, the sign in the numerator") {
  const Ratio r(6, -4);
  CHECK(r.num() == -3);
  CHECK(r.den() == 2);
  CHECK(Ratio(0, 7) == Ratio(0));
  CHECK_THROWS_AS(Ratio(1, 0), util::Failure);
}

TEST_CASE("workload exact: thirds add up to a whole, not 0.9999") {
  const Ratio third(1, 3);
  CHECK(third + third + third == Ratio(1));
  CHECK(decimal(third + third + third, 3) == "1.000");
  CHECK(Ratio(1, 3) * Ratio(3, 4) == Ratio(1, 4));
  CHECK(Ratio(1, 2) / Ratio(1, 4) == Ratio(2));
  CHECK(Ratio(1, 2) - Ratio(3, 4) == Ratio(-1, 4));
  CHECK(Ratio(2, 3) > Ratio(666, 1000));  // 0.666...7 > 0.666
  CHECK(Ratio(9, 10) >= Ratio(900, 1000));
}

TEST_CASE("workload exact: every rounding mode at a half, and either side of it") {
  CHECK(round_whole(Ratio(5, 2), R::Nearest) == 3);
  CHECK(round_whole(Ratio(5, 2), R::Up) == 3);
  CHECK(round_whole(Ratio(5, 2), R::Down) == 2);
  CHECK(round_whole(Ratio(12, 5), R::Nearest) == 2);  // 2.4
  CHECK(round_whole(Ratio(12, 5), R::Up) == 3);
  CHECK(round_whole(Ratio(13, 5), R::Down) == 2);  // 2.6
  CHECK(round_whole(Ratio(13, 5), R::Nearest) == 3);
  CHECK(round_whole(Ratio(2), R::Up) == 2);  // whole numbers stay
  CHECK(round_whole(Ratio(2), R::Down) == 2);
  CHECK(round_whole(Ratio(0), R::Up) == 0);
  CHECK(round_whole(Ratio(1, 1000), R::Up) == 1);
  CHECK(round_whole(Ratio(-5, 2), R::Nearest) == -3);  // halves away from zero
  CHECK(round_whole(Ratio(-5, 2), R::Up) == -2);
  CHECK(round_whole(Ratio(-5, 2), R::Down) == -3);
}

TEST_CASE("workload exact: shown decimals are rounded half up, computed in integers") {
  CHECK(decimal(Ratio(2256, 1000), 3) == "2.256");
  CHECK(decimal(Ratio(22565, 10000), 3) == "2.257");  // the half goes up
  CHECK(decimal(Ratio(22564, 10000), 3) == "2.256");
  CHECK(decimal(Ratio(2, 3), 3) == "0.667");
  CHECK(decimal(Ratio(1, 3), 3) == "0.333");
  CHECK(decimal(Ratio(33, 25), 3) == "1.320");
  CHECK(decimal(Ratio(9995, 10000), 3) == "1.000");  // a carry into the units
  CHECK(decimal(Ratio(-1, 3), 3) == "-0.333");
  CHECK(decimal(Ratio(-1, 10000), 3) == "0.000");  // never "-0.000"
  CHECK(decimal(Ratio(7), 0) == "7");
  CHECK(decimal(Ratio(1, 20), 2) == "0.05");
}

TEST_CASE("workload exact: trimmed decimals drop trailing zeros and a bare point") {
  CHECK(decimal(Ratio(66, 25), 6, true) == "2.64");
  CHECK(decimal(Ratio(3300), 6, true) == "3300");
  CHECK(decimal(Ratio(2500, 3), 2, true) == "833.33");
  CHECK(decimal(Ratio(1, 3000000), 6, true) == "0");
}

TEST_CASE("workload exact: numbers beyond 64 bits, and overflow refused") {
  const Wide big = Wide{1'000'000'000'000'000'000} * 1'000'000;  // 10^24
  CHECK(workload::to_string(big) == "1000000000000000000000000");
  CHECK(workload::to_string(-big) == "-1000000000000000000000000");
  CHECK(decimal(Ratio(big, 3), 2) == "333333333333333333333333.33");
  CHECK_THROWS_AS(workload::checked_mul(big, big), util::Failure);
  CHECK_THROWS_AS(Ratio(big) * Ratio(big), util::Failure);
}

TEST_CASE("workload exact: to_double gives the double nearest the exact figure") {
  using workload::to_double;
  CHECK(to_double(Ratio(0)) == 0.0);
  CHECK(to_double(Ratio(2820)) == 2820.0);
  CHECK(to_double(Ratio(752, 1000)) == 0.752);  // as the literal: the nearest double
  CHECK(to_double(Ratio(2256, 1000)) == 2.256);
  CHECK(to_double(Ratio(23, 300)) == 23.0 / 300.0);  // 0,0767 (BKN's worked example)
  CHECK(to_double(Ratio(1, 3)) == 1.0 / 3.0);
  CHECK(to_double(Ratio(-5, 4)) == -1.25);
  CHECK(to_double(Ratio(1, 1'000'000'000'000)) == 1e-12);  // leading zeros are not significant
  // Beyond 64 bits: 2^100 + 1 over 2^100 is 1 to a double.
  const Wide big = Wide{1} << 100;
  CHECK(to_double(Ratio(big + 1, big)) == 1.0);
  CHECK(to_double(Ratio(big, 3)) == static_cast<double>(big) / 3.0);
}
