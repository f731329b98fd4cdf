// Parsers for the scalar values of format.md ("Values"). Our own code, not
// yaml-cpp's conversions (which read 010 as octal and `yes` as true). Each
// returns the value, or an error message saying what is accepted.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "tatakerja/model/config.hpp"
#include "tatakerja/model/values.hpp"

namespace tatakerja::load {

template <class T>
struct Parsed {
  std::variant<T, std::string> result;  // the value, or the error message
  bool ok() const { return result.index() == 0; }
  const T& value() const { return std::get<0>(result); }
  const std::string& error() const { return std::get<1>(result); }
};

// "30m", "1h30m", "1.5h", "2 jam", "15 menit", "1,5 jam", "1 hari", "2d",
// "30 detik", "1 minggu", "1 Bulan", "3 hari kerja", in any letter case; a
// day is `hours_per_day`, a week 5 days, a month 20 days. A range ("5-10
// menit", "5 s.d. 10 menit", "30 menit - 1 jam") is its upper end. The
// total must come to whole seconds; zero is allowed ("0m"); a sign, a bare
// number, an unknown unit or a range whose first end is the longer is
// refused. The value keeps the text, trimmed, as `written`.
Parsed<model::Duration> parse_duration(std::string_view text, model::Duration hours_per_day);

// YYYY-MM-DD, a real calendar date; or YYYY-MM, a month (its first day,
// with `month_only`).
Parsed<model::Date> parse_date(std::string_view text);

// A non-negative whole number in plain decimal: "0", "12"; "010" (leading
// zero), "+3", "-1", "1e3", "0x10", "1.0" are refused.
Parsed<std::int64_t> parse_count(std::string_view text);

// A non-negative decimal with up to 6 decimals ("12", "0.5", "2,5"),
// optionally per period: "5/day", "3 per week", "2/bulan", "10 per tahun",
// kept in its period (the workload analysis makes it yearly).
Parsed<model::Volume> parse_volume(std::string_view text);

// A non-negative decimal with up to 6 decimals, in millionths ("12.5" ->
// 12'500000): the periods of a year.
Parsed<std::int64_t> parse_millionths(std::string_view text);

// A non-negative decimal with up to 3 decimals, in thousandths ("0.90" -> 900).
Parsed<std::int64_t> parse_thousandths(std::string_view text);

// The words parse_duration takes as units of time, and parse_volume as
// periods (both matched ignoring ASCII case), for the JSON Schema.
std::vector<std::string_view> duration_unit_words();
std::vector<std::string_view> duration_range_separators();  // "-", "s.d.", ...
std::vector<std::string_view> volume_period_words();

}  // namespace tatakerja::load
