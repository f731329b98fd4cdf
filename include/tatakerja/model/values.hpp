// The typed values of the format (format.md, "Values"): durations, volumes,
// dates and counts, kept exact.
#pragma once

#include <compare>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace tatakerja::model {

// The units of time a duration may be written in (format.md, "Values"),
// smallest first. `Duration::units` holds one bit (1 << unit) for each.
enum class TimeUnit : std::uint8_t { Second, Minute, Hour, Day, Week, Month };
constexpr std::uint8_t unit_bit(TimeUnit unit) {
  return static_cast<std::uint8_t>(1U << static_cast<unsigned>(unit));
}

// A duration in whole seconds ("30m", "1,5 jam", "2 hari"); a range
// ("5-10 menit") is its upper end. `written` keeps the text as the user
// wrote it ("3 Hari"), which every document prints; empty for a duration
// the tool computed. `units`: the units it was written in (of a range, its
// upper end's), so that a sum of durations can be printed in them (the
// Jumlah row of an SOP, duration_parts()); 0 when computed. Durations
// compare by their seconds alone.
struct Duration {
  std::int64_t seconds = 0;
  std::string written;
  std::uint8_t units = 0;

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

// One part of a duration as printed: "2 jam" of "1 hari 2 jam".
struct DurationPart {
  std::int64_t count = 0;
  TimeUnit unit = TimeUnit::Minute;
  friend bool operator==(const DurationPart&, const DurationPart&) = default;
};

// `total` in the units it was written in (`total.units`), largest first,
// as printed SOPs write a Jumlah: where the units agree, that unit alone
// ("35 menit", "95 menit", "7 hari"); where they are mixed, from the
// largest of them down, each part as many whole units as fit ("1 hari 2
// jam"), with smaller units only for a remainder ("1,5 jam" + "1 jam" is
// "2 jam 30 menit"). A day is `day` (workload.hours_per_day), a week 5
// days, a month 20 days, as when the durations were read. Zero parts are
// left out; a zero total is one part, 0 of the smallest unit written.
// With no units (a computed total), hours, minutes and seconds.
std::vector<DurationPart> duration_parts(const Duration& total, const Duration& day);

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
