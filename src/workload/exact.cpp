#include "tatakerja/workload/exact.hpp"

#include <algorithm>
#include <charconv>

#include "tatakerja/util/error.hpp"

namespace tatakerja::workload {

namespace {

[[noreturn]] void too_large() {
  throw util::Failure(
      "the workload figures are too large to compute exactly: check the "
      "volumes, standard times and staff for a mistyped number");
}

Wide magnitude(Wide value) {
  return value < 0 ? -value : value;
}

Wide gcd(Wide a, Wide b) {
  a = magnitude(a);
  b = magnitude(b);
  while (b != 0) {
    const Wide r = a % b;
    a = b;
    b = r;
  }
  return a;
}

// Floor of num / den for den > 0.
Wide floor_div(Wide num, Wide den) {
  Wide q = num / den;
  if (num % den != 0 && num < 0) --q;
  return q;
}

}  // namespace

Wide checked_add(Wide a, Wide b) {
  Wide out = 0;
  if (__builtin_add_overflow(a, b, &out)) too_large();
  return out;
}

Wide checked_mul(Wide a, Wide b) {
  Wide out = 0;
  if (__builtin_mul_overflow(a, b, &out)) too_large();
  return out;
}

Ratio::Ratio(Wide num, Wide den) {
  if (den == 0) throw util::Failure("internal: a workload fraction with denominator zero");
  if (den < 0) {
    num = checked_mul(num, -1);
    den = checked_mul(den, -1);
  }
  const Wide g = gcd(num, den);
  num_ = g > 1 ? num / g : num;
  den_ = g > 1 ? den / g : den;
}

Ratio operator+(const Ratio& a, const Ratio& b) {
  const Wide g = gcd(a.den_, b.den_);
  const Wide den = checked_mul(a.den_ / g, b.den_);
  const Wide num = checked_add(checked_mul(a.num_, b.den_ / g), checked_mul(b.num_, a.den_ / g));
  return Ratio(num, den);
}

Ratio operator-(const Ratio& a, const Ratio& b) {
  return a + Ratio(checked_mul(b.num_, -1), b.den_);
}

Ratio operator*(const Ratio& a, const Ratio& b) {
  // Cross-cancel first, so that the products stay as small as they can.
  const Wide g1 = std::max<Wide>(gcd(a.num_, b.den_), 1);
  const Wide g2 = std::max<Wide>(gcd(b.num_, a.den_), 1);
  return Ratio(checked_mul(a.num_ / g1, b.num_ / g2), checked_mul(a.den_ / g2, b.den_ / g1));
}

Ratio operator/(const Ratio& a, const Ratio& b) {
  return a * Ratio(b.den_, b.num_);
}

std::strong_ordering operator<=>(const Ratio& a, const Ratio& b) {
  const Wide left = checked_mul(a.num_, b.den_);
  const Wide right = checked_mul(b.num_, a.den_);
  return left <=> right;
}

Wide round_whole(const Ratio& value, model::Rounding mode) {
  const Wide num = value.num(), den = value.den();
  switch (mode) {
    case model::Rounding::Up:
      return -floor_div(-num, den);
    case model::Rounding::Down:
      return floor_div(num, den);
    case model::Rounding::Nearest:
      break;
  }
  // Halves away from zero: floor((2|num| + den) / 2den), signed back.
  const Wide whole = floor_div(checked_add(checked_mul(magnitude(num), 2), den), den * 2);
  return num < 0 ? -whole : whole;
}

std::string to_string(Wide value) {
  if (value == 0) return "0";
  std::string digits;
  const bool negative = value < 0;
  Wide rest = magnitude(value);
  while (rest > 0) {
    digits.push_back(static_cast<char>('0' + static_cast<int>(rest % 10)));
    rest /= 10;
  }
  if (negative) digits.push_back('-');
  std::reverse(digits.begin(), digits.end());
  return digits;
}

std::string decimal(const Ratio& value, int decimals, bool trim) {
  Wide scale = 1;
  for (int i = 0; i < decimals; ++i) scale = checked_mul(scale, 10);
  const Wide scaled = round_whole(Ratio(checked_mul(magnitude(value.num()), scale), value.den()),
                                  model::Rounding::Nearest);
  std::string digits = to_string(scaled);
  if (digits.size() <= static_cast<std::size_t>(decimals)) {
    digits.insert(0, static_cast<std::size_t>(decimals) + 1 - digits.size(), '0');
  }
  std::string out = digits.substr(0, digits.size() - decimals);
  if (decimals > 0) out += "." + digits.substr(digits.size() - decimals);
  if (trim && decimals > 0) {
    while (out.back() == '0') out.pop_back();
    if (out.back() == '.') out.pop_back();
  }
  if (value.num() < 0 && scaled != 0) out.insert(0, "-");
  return out;
}

double to_double(const Ratio& value) {
  constexpr int kDigits = 40;
  const Wide den = value.den();
  Wide rest = magnitude(value.num()) % den;
  std::string text = to_string(magnitude(value.num()) / den);
  int significant = text == "0" ? 0 : static_cast<int>(text.size());
  text += '.';
  while (rest != 0 && significant < kDigits) {
    rest = checked_mul(rest, 10);
    const int digit = static_cast<int>(rest / den);
    rest %= den;
    text += static_cast<char>('0' + digit);
    if (significant > 0 || digit != 0) ++significant;
  }
  // A digit beyond the last kept, when there is more: the value is never
  // mistaken for the exact half between two doubles.
  if (rest != 0) text += '1';
  double out = 0;
  std::from_chars(text.data(), text.data() + text.size(), out);
  return value.num() < 0 ? -out : out;
}

}  // namespace tatakerja::workload
