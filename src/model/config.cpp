// The published sets of effective time (workload.md, "workload.method").
#include "tatakerja/model/config.hpp"

#include <fmt/format.h>

namespace tatakerja::model {

std::int64_t Periods::of(Period period) const {
  switch (period) {
    case Period::Day:
      return day;
    case Period::Week:
      return week;
    case Period::Month:
      return month;
    case Period::Year:
      return year;
    case Period::Plain:
      break;
  }
  return kScale;
}

const std::optional<Duration>& EffectiveTime::of(Period period) const {
  switch (period) {
    case Period::Day:
      return day;
    case Period::Week:
      return week;
    case Period::Month:
      return month;
    case Period::Year:
    case Period::Plain:
      break;
  }
  return year;
}

MethodPreset preset_of(Method method) {
  constexpr std::int64_t k = Periods::kScale;
  switch (method) {
    case Method::PerkaBkn2011:
      // Perka BKN 19/2011: 300 min a day, 1500 a week, 6000 a month, 72000
      // (1200 h) a year: 240 days, 48 weeks, 12 months.
      return {1200, Periods{240 * k, 48 * k, 12 * k, 1 * k}};
    case Method::PermenpanRb2020:
      break;
  }
  return {1250, Periods{}};  // Permenpan-RB 1/2020: 250 days, 50 weeks, 12 months
}

std::string reading_settings(const Config& config) {
  return fmt::format("hours_per_day={}", config.workload.hours_per_day.seconds);
}

}  // namespace tatakerja::model
