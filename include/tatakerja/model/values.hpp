// The typed values of the format (format.md, "Values"): durations, volumes,
// dates and counts, kept exact.
#pragma once

#include <compare>
#include <cstdint>
#include <string>

namespace tatakerja::model {

// A duration in whole seconds ("30m", "1,5 jam", "2 hari").
struct Duration {
  std::int64_t seconds = 0;
  friend auto operator<=>(const Duration&, const Duration&) = default;
};

// A yearly volume, exact to a millionth: `5/day` with day = 250 is
// 1250'000000 micro-units. `written` keeps the text as the user wrote it.
struct Volume {
  static constexpr std::int64_t kScale = 1'000'000;
  std::int64_t per_year_micro = 0;
  std::string written;
};

// A calendar date (YYYY-MM-DD), validated on load.
struct Date {
  int year = 0;
  int month = 0;
  int day = 0;
  friend auto operator<=>(const Date&, const Date&) = default;
  std::string str() const;  // YYYY-MM-DD
};

}  // namespace tatakerja::model
