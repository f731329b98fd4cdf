// Counts, volumes and thousandths: plain decimal numbers, read exactly.
#include "values_number.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>

#include "tatakerja/load/values.hpp"
#include "tatakerja/util/text.hpp"

namespace tatakerja::load {

namespace detail {

std::optional<Number> read_number(std::string_view text) {
  if (!starts_with_digit(text)) return std::nullopt;
  Number number;
  std::size_t i = 0;
  for (; i < text.size() && starts_with_digit(text.substr(i)); ++i) {
    const std::int64_t digit = text[i] - '0';
    if (number.whole > kMaxWhole / 10) number.too_large = true;
    number.whole = number.too_large ? kMaxWhole + 1 : number.whole * 10 + digit;
  }
  if (number.whole > kMaxWhole) {  // one digit past the limit: as documented, kMaxWhole + 1
    number.too_large = true;
    number.whole = kMaxWhole + 1;
  }
  number.whole_digits = text.substr(0, i);
  if (i + 1 < text.size() && (text[i] == '.' || text[i] == ',') &&
      starts_with_digit(text.substr(i + 1))) {
    const std::size_t start = ++i;
    while (i < text.size() && starts_with_digit(text.substr(i))) ++i;
    number.fraction = text.substr(start, i - start);
  }
  number.length = i;
  return number;
}

std::string_view significant(std::string_view fraction) {
  while (!fraction.empty() && fraction.back() == '0') fraction.remove_suffix(1);
  return fraction;
}

std::int64_t digits_value(std::string_view digits) {
  std::int64_t value = 0;
  for (char c : digits) value = value * 10 + (c - '0');
  return value;
}

std::int64_t power_of_ten(std::size_t exponent) {
  std::int64_t value = 1;
  while (exponent-- > 0) value *= 10;
  return value;
}

bool starts_with_digit(std::string_view text) {
  return !text.empty() && text.front() >= '0' && text.front() <= '9';
}

std::string_view trim(std::string_view text) {
  auto space = [](char c) { return c == ' ' || c == '\t'; };
  while (!text.empty() && space(text.front())) text.remove_prefix(1);
  while (!text.empty() && space(text.back())) text.remove_suffix(1);
  return text;
}

std::string quoted(std::string_view text) {
  constexpr std::size_t kLongest = 48;  // bytes
  if (text.size() <= kLongest) return fmt::format("`{}`", util::escape_control(text));
  std::size_t cut = kLongest;
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
  return fmt::format("`{}…`", util::escape_control(text.substr(0, cut)));
}

}  // namespace detail

namespace {

using detail::Number;
using detail::quoted;

constexpr std::string_view kCountHint = "write a whole number in plain decimal, e.g. `12`";
constexpr std::string_view kVolumeHint =
    "write a number, optionally per period, e.g. `12`, `2,5`, `5/day` or `3 per week`";
constexpr std::string_view kPeriodsHint = "write a number, e.g. `12` or `12.5`";
constexpr std::string_view kDecimalHint = "write a decimal number, e.g. `0.90` or `1`";

// A number read by the rules every count shares, and what follows it.
struct Reading {
  std::optional<Number> number;
  std::string error;
  std::string_view rest;
};

// No sign, no leading zero, not too large.
Reading read_plain(std::string_view text, std::string_view what, std::string_view hint) {
  const std::string_view word = detail::trim(text);
  if (word.empty()) return {{}, fmt::format("an empty value is not {}; {}", what, hint), {}};
  const std::string_view unsigned_word = word.substr(1);
  if (word.front() == '-' && detail::starts_with_digit(unsigned_word)) {
    return {{}, fmt::format("{} must not be negative", quoted(text)), {}};
  }
  if (word.front() == '+' && detail::starts_with_digit(unsigned_word)) {
    return {{}, fmt::format("{} has a sign; write {}", quoted(text), quoted(unsigned_word)), {}};
  }
  const auto number = detail::read_number(word);
  if (!number) return {{}, fmt::format("{} is not {}; {}", quoted(text), what, hint), {}};
  if (number->whole_digits.size() > 1 && number->whole_digits.front() == '0') {
    const std::size_t zeros = word.find_first_not_of('0');
    const std::size_t keep = std::min(zeros, number->whole_digits.size() - 1);
    return {{},
            fmt::format("{} is ambiguous: a leading zero may be read as octal; write {}",
                        quoted(text), quoted(word.substr(keep))),
            {}};
  }
  // 1000000000.5 is past the limit as much as 1000000001 is.
  if (number->too_large ||
      (number->whole == detail::kMaxWhole && !detail::significant(number->fraction).empty())) {
    return {{}, fmt::format("{} is too large (at most {})", quoted(text), detail::kMaxWhole), {}};
  }
  return {number, {}, word.substr(number->length)};
}

// The number in units of 10^-decimals, or nullopt when it has more decimals.
std::optional<std::int64_t> scaled(const Number& number, std::size_t decimals) {
  const std::string_view fraction = detail::significant(number.fraction);
  if (fraction.size() > decimals) return std::nullopt;
  return number.whole * detail::power_of_ten(decimals) +
         detail::digits_value(fraction) * detail::power_of_ten(decimals - fraction.size());
}

struct PeriodWord {
  std::string_view word;
  model::Period period;
};

constexpr std::array kPeriods{
    PeriodWord{"day", model::Period::Day},     PeriodWord{"hari", model::Period::Day},
    PeriodWord{"week", model::Period::Week},   PeriodWord{"minggu", model::Period::Week},
    PeriodWord{"pekan", model::Period::Week},  PeriodWord{"month", model::Period::Month},
    PeriodWord{"bulan", model::Period::Month}, PeriodWord{"year", model::Period::Year},
    PeriodWord{"tahun", model::Period::Year},
};

// The period named after a volume ("/day", " per week"): "" when there is
// none, nullopt when what follows the number is not `/` or `per` and a word.
std::optional<std::string_view> period_word(std::string_view rest) {
  rest = detail::trim(rest);
  if (rest.empty()) return rest;
  std::string_view word;
  if (rest.front() == '/') {
    word = detail::trim(rest.substr(1));
  } else if (rest.size() > 3 && util::to_lower_ascii(rest.substr(0, 3)) == "per" &&
             (rest[3] == ' ' || rest[3] == '\t')) {
    word = detail::trim(rest.substr(3));
  }
  if (word.empty()) return std::nullopt;
  return word;
}

std::optional<model::Period> period_named(std::string_view word) {
  if (word.empty()) return model::Period::Plain;
  const std::string lower = util::to_lower_ascii(word);
  for (const PeriodWord& period : kPeriods) {
    if (period.word == lower) return period.period;
  }
  return std::nullopt;
}

}  // namespace

Parsed<std::int64_t> parse_count(std::string_view text) {
  Reading reading = read_plain(text, "a number", kCountHint);
  if (!reading.number) return {std::move(reading.error)};
  if (!reading.rest.empty())
    return {fmt::format("{} is not a number; {}", quoted(text), kCountHint)};
  if (!reading.number->fraction.empty()) {
    return {fmt::format("{} is not a whole number; {}", quoted(text), kCountHint)};
  }
  return {reading.number->whole};
}

Parsed<model::Volume> parse_volume(std::string_view text) {
  Reading reading = read_plain(text, "a volume", kVolumeHint);
  if (!reading.number) return {std::move(reading.error)};
  const auto word = period_word(reading.rest);
  if (!word) return {fmt::format("{} is not a volume; {}", quoted(text), kVolumeHint)};
  const auto period = period_named(*word);
  if (!period) {
    return {fmt::format(
        "{} in {} is not a period; use day/hari, week/minggu, month/bulan or year/tahun",
        quoted(*word), quoted(text))};
  }
  const auto micro = scaled(*reading.number, 6);
  if (!micro) return {fmt::format("{} has too many decimals (at most 6)", quoted(text))};
  return {model::Volume{*micro, *period, std::string(text)}};
}

Parsed<std::int64_t> parse_millionths(std::string_view text) {
  Reading reading = read_plain(text, "a number", kPeriodsHint);
  if (!reading.number) return {std::move(reading.error)};
  if (!reading.rest.empty())
    return {fmt::format("{} is not a number; {}", quoted(text), kPeriodsHint)};
  const auto value = scaled(*reading.number, 6);
  if (!value) return {fmt::format("{} has too many decimals (at most 6)", quoted(text))};
  return {*value};
}

Parsed<std::int64_t> parse_thousandths(std::string_view text) {
  Reading reading = read_plain(text, "a number", kDecimalHint);
  if (!reading.number) return {std::move(reading.error)};
  if (!reading.rest.empty())
    return {fmt::format("{} is not a number; {}", quoted(text), kDecimalHint)};
  const auto value = scaled(*reading.number, 3);
  if (!value) return {fmt::format("{} has too many decimals (at most 3)", quoted(text))};
  return {*value};
}

std::vector<std::string_view> volume_period_words() {
  std::vector<std::string_view> words;
  for (const PeriodWord& period : kPeriods) words.push_back(period.word);
  return words;
}

}  // namespace tatakerja::load
