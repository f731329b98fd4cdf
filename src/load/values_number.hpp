// Private helpers of the value parsers (values.cpp, values_number.cpp):
// reading a plain decimal number, and quoting user text in messages.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace tatakerja::load::detail {

// The largest whole part any number may have: larger is surely a typo, and
// keeps every product of the workload arithmetic far from overflow.
inline constexpr std::int64_t kMaxWhole = 1'000'000'000;

// A plain decimal at the start of a text: digits, then optionally `.` or `,`
// and more digits ("12", "1,5", "0.25").
struct Number {
  std::string_view whole_digits;
  std::string_view fraction;  // the digits after the separator, "" if none
  std::int64_t whole = 0;     // kMaxWhole + 1 when larger (see too_large)
  bool too_large = false;
  std::size_t length = 0;  // bytes read
};

// nullopt when `text` does not start with a digit. A separator not followed
// by a digit is not read.
std::optional<Number> read_number(std::string_view text);

// `fraction` without its trailing zeros.
std::string_view significant(std::string_view fraction);

// The value of at most 18 decimal digits.
std::int64_t digits_value(std::string_view digits);

std::int64_t power_of_ten(std::size_t exponent);

bool starts_with_digit(std::string_view text);

// `text` without spaces and tabs around it.
std::string_view trim(std::string_view text);

// User text for a message: in backticks, control characters escaped, and
// cut short when long.
std::string quoted(std::string_view text);

}  // namespace tatakerja::load::detail
