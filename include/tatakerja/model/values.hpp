// The typed values of the format (format.md, "Values"): durations, volumes,
// dates and counts, kept exact.
#pragma once

#include <compare>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>

namespace tatakerja::model {

// A duration in whole seconds ("30m", "1,5 jam", "2 hari"); a range
// ("5-10 menit") is its upper end. `written` keeps the text as the user
// wrote it ("3 Hari"), which every document prints; empty for a duration
// the tool computed. Durations compare by their seconds alone.
struct Duration {
  std::int64_t seconds = 0;
  std::string written;

  Duration() = default;
  explicit Duration(std::int64_t s, std::string w = {}) : seconds(s), written(std::move(w)) {}
  friend bool operator==(const Duration& a, const Duration& b) { return a.seconds == b.seconds; }
  friend auto operator<=>(const Duration& a, const Duration& b) { return a.seconds <=> b.seconds; }
};

// The period a volume is given in: `2/bulan` is 2 a month; a plain `12`
// is 12 a year.
enum class Period : std::uint8_t { Plain, Day, Week, Month, Year };

// A volume (beban kerja) as written: an amount in its period, exact to a
// millionth (`2,5/bulan` is 2'500000 a month). It is made yearly, and set
// against its period's effective time, only by the workload analysis
// (workload.md), which knows the periods a year. `written` keeps the text as
// the user wrote it.
struct Volume {
  static constexpr std::int64_t kScale = 1'000'000;
  std::int64_t amount_micro = 0;
  Period period = Period::Plain;
  std::string written;
};

// A calendar date (YYYY-MM-DD), validated on load. `month_only`: written
// as YYYY-MM, where a document gives only a month; it is then printed as
// the month, and `day` is 1 (its first day, for arithmetic). Dates compare
// by year, month and day alone.
struct Date {
  int year = 0;
  int month = 0;
  int day = 0;
  bool month_only = false;

  constexpr Date() = default;
  constexpr Date(int y, int m, int d, bool only_month = false)
      : year(y), month(m), day(d), month_only(only_month) {}
  friend constexpr bool operator==(const Date& a, const Date& b) {
    return a.year == b.year && a.month == b.month && a.day == b.day;
  }
  friend constexpr auto operator<=>(const Date& a, const Date& b) {
    if (auto c = a.year <=> b.year; c != 0) return c;
    if (auto c = a.month <=> b.month; c != 0) return c;
    return a.day <=> b.day;
  }
  std::string str() const;  // YYYY-MM-DD, or YYYY-MM when month_only
};

// A NIP without the spaces it may be written with ("19800515 201001 2 022"
// is "198005152010012022"): the form that identity and format checks use.
std::string compact_nip(std::string_view nip);

}  // namespace tatakerja::model
