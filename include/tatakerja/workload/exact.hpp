// Exact arithmetic for the workload figures (workload.md): a fraction of
// 128-bit integers, kept in lowest terms, with decimals made only when a
// figure is shown. Sums of hours stay exact, so a repository whose hours add
// up to exactly 1250 gives a requirement of 1.000, never 0.9999.
#pragma once

#include <compare>
#include <cstdint>
#include <string>

#include "tatakerja/model/config.hpp"

namespace tatakerja::workload {

__extension__ typedef __int128 Wide;  // GCC/Clang; -Wpedantic knows it as an extension

// num / den with den > 0, in lowest terms. Every operation checks for
// overflow and throws util::Failure ("too large to compute") rather than
// give a wrong figure.
class Ratio {
 public:
  Ratio() = default;
  Ratio(Wide num, Wide den = 1);  // den != 0; the sign moves to the numerator

  Wide num() const { return num_; }
  Wide den() const { return den_; }

  friend Ratio operator+(const Ratio& a, const Ratio& b);
  friend Ratio operator-(const Ratio& a, const Ratio& b);
  friend Ratio operator*(const Ratio& a, const Ratio& b);
  friend Ratio operator/(const Ratio& a, const Ratio& b);  // b != 0
  friend bool operator==(const Ratio& a, const Ratio& b) {
    return a.num_ == b.num_ && a.den_ == b.den_;
  }
  friend std::strong_ordering operator<=>(const Ratio& a, const Ratio& b);

 private:
  Wide num_ = 0;
  Wide den_ = 1;
};

// Overflow-checked operations on Wide (throw util::Failure).
Wide checked_add(Wide a, Wide b);
Wide checked_mul(Wide a, Wide b);

// The whole number that `value` rounds to: nearest (halves away from zero,
// so 2.5 -> 3), up (towards +infinity) or down (towards -infinity).
Wide round_whole(const Ratio& value, model::Rounding mode);

// `value` as a decimal with exactly `decimals` digits after a '.', rounded
// to the nearest, halves away from zero (2.2565 -> "2.257" at 3); "-0.000"
// is never written. With `trim`, trailing zeros (and a bare '.') are
// dropped: "2.640000" -> "2.64", "3300.000000" -> "3300".
std::string decimal(const Ratio& value, int decimals, bool trim = false);

// The double nearest to `value` (for a spreadsheet cell, which holds
// binary floating point): made from its exact decimal expansion to 40
// significant digits, so 0.752 gives the same double as the literal 0.752.
double to_double(const Ratio& value);

// A Wide as decimal digits, with a '-' when negative.
std::string to_string(Wide value);

}  // namespace tatakerja::workload
