#include "tatakerja/load/values.hpp"

#include <fmt/format.h>

#include <array>
#include <optional>

#include "tatakerja/util/text.hpp"
#include "values_number.hpp"

namespace tatakerja::load {

using detail::Number;

namespace {

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

// YYYY-MM-DD, or YYYY-MM (a month only).
bool has_date_shape(std::string_view text) {
  if ((text.size() != 10 && text.size() != 7) || text[4] != '-') return false;
  if (text.size() == 10 && text[7] != '-') return false;
  for (std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (i < text.size() && (text[i] < '0' || text[i] > '9')) return false;
  }
  return true;
}

int digits_at(std::string_view text, std::size_t from, std::size_t count) {
  return static_cast<int>(detail::digits_value(text.substr(from, count)));
}

}  // namespace

Parsed<model::Date> parse_date(std::string_view text) {
  const std::string_view word = detail::trim(text);
  if (!has_date_shape(word)) {
    return {
        fmt::format("{} is not a date; write YYYY-MM-DD, e.g. `2024-01-31` (or YYYY-MM for a "
                    "month, e.g. `2024-01`)",
                    detail::quoted(text))};
  }
  const bool month_only = word.size() == 7;
  const model::Date date{digits_at(word, 0, 4), digits_at(word, 5, 2),
                         month_only ? 1 : digits_at(word, 8, 2), month_only};
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

}  // namespace tatakerja::load
