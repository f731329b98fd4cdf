#include "tatakerja/model/values.hpp"

#include <fmt/format.h>

namespace tatakerja::model {

std::string Date::str() const {
  if (month_only) return fmt::format("{:04}-{:02}", year, month);
  return fmt::format("{:04}-{:02}-{:02}", year, month, day);
}

namespace {

// The seconds of one `unit`; 0 for a day-based unit when `day` is not
// positive (it is then never used to print).
std::int64_t unit_seconds(TimeUnit unit, const Duration& day) {
  const std::int64_t d = day.seconds > 0 ? day.seconds : 0;
  switch (unit) {
    case TimeUnit::Second:
      return 1;
    case TimeUnit::Minute:
      return 60;
    case TimeUnit::Hour:
      return 3600;
    case TimeUnit::Day:
      return d;
    case TimeUnit::Week:
      return 5 * d;
    case TimeUnit::Month:
      return 20 * d;
  }
  return 0;
}

constexpr std::uint8_t kClock =
    unit_bit(TimeUnit::Hour) | unit_bit(TimeUnit::Minute) | unit_bit(TimeUnit::Second);

}  // namespace

std::vector<DurationPart> duration_parts(const Duration& total, const Duration& day) {
  const std::uint8_t units = total.units != 0 ? total.units : kClock;
  int largest = 0, smallest = -1;
  for (int u = 0; u <= static_cast<int>(TimeUnit::Month); ++u) {
    if ((units & (1U << u)) == 0 || unit_seconds(static_cast<TimeUnit>(u), day) == 0) continue;
    largest = u;
    if (smallest < 0) smallest = u;
  }
  std::vector<DurationPart> parts;
  std::int64_t rest = total.seconds > 0 ? total.seconds : 0;
  for (int u = largest; u >= 0 && rest > 0; --u) {
    const auto unit = static_cast<TimeUnit>(u);
    const std::int64_t size = unit_seconds(unit, day);
    if (size == 0 || rest < size) continue;
    parts.push_back({rest / size, unit});
    rest %= size;
  }
  if (parts.empty()) {  // zero: of the smallest unit written (a computed zero: minutes)
    const int unit = total.units != 0 && smallest >= 0 ? smallest : 1;
    parts.push_back({0, static_cast<TimeUnit>(unit)});
  }
  return parts;
}

std::string compact_nip(std::string_view nip) {
  std::string out;
  for (char c : nip) {
    if (c != ' ') out += c;
  }
  return out;
}

}  // namespace tatakerja::model
