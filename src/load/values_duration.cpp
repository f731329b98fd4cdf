// Durations as SOPs print them (format.md, "Values"): "30 detik", "5 Menit",
// "1,5 jam", "3 hari kerja", "1 bulan", several parts ("1 jam 30 menit"),
// and ranges ("5-10 menit", "5 s.d. 10 menit"), whose upper end counts.
#include <fmt/format.h>

#include <array>
#include <optional>

#include "tatakerja/load/values.hpp"
#include "tatakerja/util/text.hpp"
#include "values_number.hpp"

namespace tatakerja::load {

using detail::Number;

namespace {

constexpr std::string_view kDurationHint =
    "write a number and a unit, e.g. `30m`, `1,5 jam`, `2 hari`";
constexpr std::int64_t kMaxSeconds = 1'000'000'000;  // about 31 years: surely a typo

// A unit of time: fixed seconds, or a number of working days (a day is
// `hours_per_day`, a week 5 days, a month 20 days).
struct Unit {
  std::string_view word;
  std::int64_t seconds;
  std::int64_t days;
  model::TimeUnit kind;
};

using T = model::TimeUnit;
constexpr std::array kUnits{
    Unit{"s", 1, 0, T::Second},        Unit{"detik", 1, 0, T::Second},
    Unit{"second", 1, 0, T::Second},   Unit{"seconds", 1, 0, T::Second},
    Unit{"m", 60, 0, T::Minute},       Unit{"min", 60, 0, T::Minute},
    Unit{"mins", 60, 0, T::Minute},    Unit{"menit", 60, 0, T::Minute},
    Unit{"minute", 60, 0, T::Minute},  Unit{"minutes", 60, 0, T::Minute},
    Unit{"h", 3600, 0, T::Hour},       Unit{"hr", 3600, 0, T::Hour},
    Unit{"jam", 3600, 0, T::Hour},     Unit{"hour", 3600, 0, T::Hour},
    Unit{"hours", 3600, 0, T::Hour},   Unit{"d", 0, 1, T::Day},
    Unit{"hari", 0, 1, T::Day},        Unit{"hari kerja", 0, 1, T::Day},
    Unit{"day", 0, 1, T::Day},         Unit{"days", 0, 1, T::Day},
    Unit{"working day", 0, 1, T::Day}, Unit{"working days", 0, 1, T::Day},
    Unit{"minggu", 0, 5, T::Week},     Unit{"week", 0, 5, T::Week},
    Unit{"weeks", 0, 5, T::Week},      Unit{"bulan", 0, 20, T::Month},
    Unit{"month", 0, 20, T::Month},    Unit{"months", 0, 20, T::Month},
};

// What joins the two ends of a range; the words need a non-letter after.
constexpr std::array<std::string_view, 8> kRangeSeparators{"-",   "\u2013", "\u2014", "s.d.",
                                                           "s/d", "s.d",    "sd",     "sampai"};

bool is_letter(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

const Unit* find_unit(std::string_view word) {
  const std::string lower = util::to_lower_ascii(word);
  for (const Unit& unit : kUnits) {
    if (unit.word == lower) return &unit;
  }
  return nullptr;
}

std::string_view skip_spaces(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  return text;
}

std::string_view read_letters(std::string_view text) {
  std::size_t n = 0;
  while (n < text.size() && is_letter(text[n])) ++n;
  return text.substr(0, n);
}

// The length of the range separator `text` starts with, else 0.
std::size_t separator_length(std::string_view text) {
  for (std::string_view sep : kRangeSeparators) {
    if (!util::to_lower_ascii(text.substr(0, sep.size())).starts_with(sep)) continue;
    if (is_letter(sep.back()) && sep.size() < text.size() && is_letter(text[sep.size()])) continue;
    return sep.size();
  }
  return 0;
}

// The unit word at the start of `rest`, two words for "hari kerja" and
// "working days"; moves `rest` past it. Empty when there is none.
std::string read_unit(std::string_view& rest) {
  const std::string_view first = read_letters(rest);
  const std::string_view after = skip_spaces(rest.substr(first.size()));
  const std::string_view second = read_letters(after);
  if (!second.empty()) {
    const std::string both = fmt::format("{} {}", first, second);
    if (find_unit(both)) {
      rest = after.substr(second.size());
      return both;
    }
  }
  rest = rest.substr(first.size());
  return std::string(first);
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

// Adds `number` × `unit` to `total`, or returns the error.
std::optional<std::string> add_seconds(const Number& number, std::int64_t unit,
                                       std::string_view text, std::int64_t& total) {
  bool too_precise = false;
  const auto seconds = part_seconds(number, unit, too_precise);
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

// The seconds and the units (model::Duration::units) read so far.
struct Amount {
  std::int64_t seconds = 0;
  std::uint8_t units = 0;
};

// One part, "1,5 jam": adds its seconds and unit to `total` (and its
// unit's seconds to `unit`), or returns the error.
std::optional<std::string> add_part(std::string_view& rest, std::string_view text,
                                    const model::Duration& day, Amount& total, std::int64_t& unit) {
  const auto number = detail::read_number(rest);
  if (!number) return fmt::format("{} is not a duration; {}", detail::quoted(text), kDurationHint);
  const std::string_view digits = rest.substr(0, number->length);
  rest = skip_spaces(rest.substr(number->length));
  const std::string word = read_unit(rest);
  rest = skip_spaces(rest);
  if (word.empty()) {
    if (rest.empty() || detail::starts_with_digit(rest) || separator_length(rest) > 0) {
      return fmt::format(
          "{} has no unit; write e.g. `{}m` (minutes), `{}h` (hours) or `{}d` (days)",
          detail::quoted(digits), digits, digits, digits);
    }
    return fmt::format("{} is not a duration; {}", detail::quoted(text), kDurationHint);
  }
  const Unit* found = find_unit(word);
  if (!found) {
    return fmt::format(
        "{} in {} is not a unit of time; use detik, menit, jam, hari, minggu or bulan (or s, m, "
        "h, d)",
        detail::quoted(word), detail::quoted(text));
  }
  unit = found->days == 0 ? found->seconds : found->days * day.seconds;
  total.units |= model::unit_bit(found->kind);
  return add_seconds(*number, unit, text, total.seconds);
}

// Parts up to the end or a range separator: "1 jam 30 menit". `unit` gets
// the unit of the first part.
std::optional<std::string> read_amount(std::string_view& rest, std::string_view text,
                                       const model::Duration& day, Amount& total,
                                       std::int64_t& first_unit) {
  std::int64_t unit = 0;
  for (bool first = true; first || (!rest.empty() && separator_length(rest) == 0); first = false) {
    if (auto error = add_part(rest, text, day, total, unit)) return error;
    if (first) first_unit = unit;
  }
  return std::nullopt;
}

std::string reversed_range(std::string_view text) {
  return fmt::format(
      "{} is a range whose first end is longer than its second; write the shorter time first, "
      "e.g. `5-10 menit`",
      detail::quoted(text));
}

model::Duration duration_of(const Amount& amount, std::string_view text) {
  model::Duration out{amount.seconds, std::string(detail::trim(text))};
  out.units = amount.units;
  return out;
}

// A range's upper end, after its separator: checked against the lower. Its
// units are the duration's (the upper end is what counts).
Parsed<model::Duration> upper_end(std::string_view rest, std::string_view text,
                                  const model::Duration& day, std::int64_t lower,
                                  std::int64_t& unit) {
  rest = skip_spaces(rest.substr(separator_length(rest)));
  Amount upper;
  if (auto error = read_amount(rest, text, day, upper, unit)) return {std::move(*error)};
  if (!rest.empty()) {
    return {fmt::format("{} is not a duration; {}", detail::quoted(text), kDurationHint)};
  }
  if (lower > upper.seconds) return {reversed_range(text)};
  return {duration_of(upper, text)};
}

}  // namespace

Parsed<model::Duration> parse_duration(std::string_view text, model::Duration hours_per_day) {
  std::string_view rest = detail::trim(text);
  if (rest.empty()) return {fmt::format("an empty value is not a duration; {}", kDurationHint)};
  if (rest.front() == '-') {
    return {fmt::format("{} must not be negative: {}", detail::quoted(text), kDurationHint)};
  }
  std::int64_t unit = 0;
  if (const auto bare = detail::read_number(rest)) {  // "5-10 menit": the unit comes last
    const std::string_view after = skip_spaces(rest.substr(bare->length));
    if (separator_length(after) > 0) {
      auto upper = upper_end(after, text, hours_per_day, 0, unit);
      if (!upper.ok()) return upper;
      std::int64_t lower = 0;
      if (auto error = add_seconds(*bare, unit, text, lower)) return {std::move(*error)};
      if (lower > upper.value().seconds) return {reversed_range(text)};
      return upper;
    }
  }
  Amount lower;
  if (auto error = read_amount(rest, text, hours_per_day, lower, unit)) return {std::move(*error)};
  if (!rest.empty()) return upper_end(rest, text, hours_per_day, lower.seconds, unit);
  return {duration_of(lower, text)};
}

std::vector<std::string_view> duration_unit_words() {
  std::vector<std::string_view> words;
  for (const Unit& unit : kUnits) words.push_back(unit.word);
  return words;
}

std::vector<std::string_view> duration_range_separators() {
  return {kRangeSeparators.begin(), kRangeSeparators.end()};
}

}  // namespace tatakerja::load
