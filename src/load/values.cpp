#include "tatakerja/load/values.hpp"

#include <fmt/format.h>

#include <array>
#include <optional>

#include "tatakerja/util/text.hpp"
#include "values_number.hpp"

namespace tatakerja::load {

using detail::Number;

namespace {

constexpr std::string_view kDurationHint =
    "write a number and a unit, e.g. `30m`, `1,5 jam`, `2 hari`";
constexpr std::int64_t kMaxSeconds = 1'000'000'000;  // about 31 years: surely a typo

struct Unit {
  std::string_view word;
  std::int64_t seconds;  // 0: a day, from hours_per_day
};

constexpr std::array kUnits{
    Unit{"m", 60},       Unit{"min", 60}, Unit{"mins", 60}, Unit{"menit", 60}, Unit{"minute", 60},
    Unit{"minutes", 60}, Unit{"h", 3600}, Unit{"hr", 3600}, Unit{"jam", 3600}, Unit{"hour", 3600},
    Unit{"hours", 3600}, Unit{"d", 0},    Unit{"hari", 0},  Unit{"day", 0},    Unit{"days", 0},
};

std::optional<std::int64_t> unit_seconds(std::string_view word, model::Duration hours_per_day) {
  const std::string lower = util::to_lower_ascii(word);
  for (const Unit& unit : kUnits) {
    if (unit.word == lower) return unit.seconds == 0 ? hours_per_day.seconds : unit.seconds;
  }
  return std::nullopt;
}

std::string_view skip_spaces(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  return text;
}

std::string_view read_letters(std::string_view text) {
  std::size_t n = 0;
  while (n < text.size() &&
         ((text[n] >= 'a' && text[n] <= 'z') || (text[n] >= 'A' && text[n] <= 'Z')))
    ++n;
  return text.substr(0, n);
}

// `number` of `unit` seconds, when it comes to whole seconds and fits.
std::optional<std::int64_t> part_seconds(const Number& number, std::int64_t unit,
                                         bool& too_precise) {
  if (number.too_large) return std::nullopt;
  const std::string_view fraction = detail::significant(number.fraction);
  if (fraction.size() > 9) {
    too_precise = true;
    return std::nullopt;
  }
  std::int64_t whole = 0, fraction_seconds = 0;
  if (__builtin_mul_overflow(number.whole, unit, &whole) ||
      __builtin_mul_overflow(detail::digits_value(fraction), unit, &fraction_seconds)) {
    return std::nullopt;
  }
  const std::int64_t divisor = detail::power_of_ten(fraction.size());
  if (fraction_seconds % divisor != 0) {
    too_precise = true;
    return std::nullopt;
  }
  return whole + fraction_seconds / divisor;
}

// One part, "1,5 jam": adds its seconds to `total`, or returns the error.
std::optional<std::string> add_part(std::string_view& rest, std::string_view text,
                                    model::Duration hours_per_day, std::int64_t& total) {
  const auto number = detail::read_number(rest);
  if (!number) return fmt::format("{} is not a duration; {}", detail::quoted(text), kDurationHint);
  const std::string_view digits = rest.substr(0, number->length);
  rest = skip_spaces(rest.substr(number->length));
  const std::string_view word = read_letters(rest);
  rest = skip_spaces(rest.substr(word.size()));
  if (word.empty()) {
    if (rest.empty() || detail::starts_with_digit(rest)) {
      return fmt::format(
          "{} has no unit; write e.g. `{}m` (minutes), `{}h` (hours) or `{}d` (days)",
          detail::quoted(digits), digits, digits, digits);
    }
    return fmt::format("{} is not a duration; {}", detail::quoted(text), kDurationHint);
  }
  const auto unit = unit_seconds(word, hours_per_day);
  if (!unit) {
    return fmt::format("{} in {} is not a unit of time; use m/menit, h/jam or d/hari",
                       detail::quoted(word), detail::quoted(text));
  }
  bool too_precise = false;
  const auto seconds = part_seconds(*number, *unit, too_precise);
  if (too_precise) {
    return fmt::format("{} is too precise: a duration must come to whole seconds",
                       detail::quoted(text));
  }
  if (!seconds || __builtin_add_overflow(total, *seconds, &total) || total > kMaxSeconds) {
    return fmt::format("{} is too long for a duration (at most {} seconds)", detail::quoted(text),
                       kMaxSeconds);
  }
  return std::nullopt;
}

constexpr std::array<std::string_view, 12> kMonths{"January",   "February", "March",    "April",
                                                   "May",       "June",     "July",     "August",
                                                   "September", "October",  "November", "December"};

bool is_leap(int year) {
  return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

int days_in_month(int year, int month) {
  constexpr std::array<int, 12> kDays{31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return month == 2 && is_leap(year) ? 29 : kDays[static_cast<std::size_t>(month - 1)];
}

bool has_date_shape(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return false;
  for (std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (text[i] < '0' || text[i] > '9') return false;
  }
  return true;
}

int digits_at(std::string_view text, std::size_t from, std::size_t count) {
  return static_cast<int>(detail::digits_value(text.substr(from, count)));
}

}  // namespace

Parsed<model::Duration> parse_duration(std::string_view text, model::Duration hours_per_day) {
  std::string_view rest = detail::trim(text);
  if (rest.empty()) return {fmt::format("an empty value is not a duration; {}", kDurationHint)};
  if (rest.front() == '-') {
    return {fmt::format("{} must not be negative: {}", detail::quoted(text), kDurationHint)};
  }
  std::int64_t total = 0;
  while (!rest.empty()) {
    if (auto error = add_part(rest, text, hours_per_day, total)) return {std::move(*error)};
  }
  return {model::Duration{total}};
}

Parsed<model::Date> parse_date(std::string_view text) {
  const std::string_view word = detail::trim(text);
  if (!has_date_shape(word)) {
    return {
        fmt::format("{} is not a date; write YYYY-MM-DD, e.g. `2024-01-31`", detail::quoted(text))};
  }
  const model::Date date{digits_at(word, 0, 4), digits_at(word, 5, 2), digits_at(word, 8, 2)};
  const std::string bad = fmt::format("{} is not a real date", detail::quoted(text));
  if (date.year == 0) return {bad + ": there is no year 0"};
  if (date.month < 1 || date.month > 12)
    return {fmt::format("{}: there is no month {}", bad, date.month)};
  const int days = days_in_month(date.year, date.month);
  if (date.day < 1 || date.day > days) {
    return {fmt::format("{}: {} {} has {} days", bad,
                        kMonths[static_cast<std::size_t>(date.month - 1)], date.year, days)};
  }
  return {date};
}

std::vector<std::string_view> duration_unit_words() {
  std::vector<std::string_view> words;
  for (const Unit& unit : kUnits) words.push_back(unit.word);
  return words;
}

}  // namespace tatakerja::load
