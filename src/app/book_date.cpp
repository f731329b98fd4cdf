#include "tatakerja/app/book_date.hpp"

#include <fmt/format.h>

#include "tatakerja/load/values.hpp"
#include "tatakerja/util/error.hpp"
#include "tatakerja/util/text.hpp"

namespace tatakerja::app {

namespace {

// The last second of 9999-12-31: a date has four digits of year.
constexpr std::int64_t kLastSecond = 253402300799;

std::optional<std::int64_t> parse_seconds(std::string_view text) {
  if (text.empty() || text.size() > 12) return std::nullopt;
  std::int64_t seconds = 0;
  for (char c : text) {
    if (c < '0' || c > '9') return std::nullopt;
    seconds = seconds * 10 + (c - '0');
  }
  if (seconds > kLastSecond) return std::nullopt;
  return seconds;
}

}  // namespace

model::Date date_of_epoch(std::int64_t seconds) {
  // Howard Hinnant's civil_from_days.
  const std::int64_t z = seconds / 86400 + 719468;
  const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const std::int64_t doe = z - era * 146097;
  const std::int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const std::int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const std::int64_t mp = (5 * doy + 2) / 153;
  const std::int64_t day = doy - (153 * mp + 2) / 5 + 1;
  const std::int64_t month = mp < 10 ? mp + 3 : mp - 9;
  const std::int64_t year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return model::Date{static_cast<int>(year), static_cast<int>(month), static_cast<int>(day)};
}

std::optional<model::Date> fixed_date(const std::optional<std::string>& option, const char* epoch) {
  if (option) {
    auto parsed = load::parse_date(*option);
    if (!parsed.ok()) {
      throw util::Failure(
          fmt::format("--date {}: {}", util::escape_control(*option), parsed.error()));
    }
    return parsed.value();
  }
  if (!epoch) return std::nullopt;
  const auto seconds = parse_seconds(epoch);
  if (!seconds) {
    throw util::Failure(
        fmt::format("SOURCE_DATE_EPOCH=`{}`: expected a whole number of seconds since "
                    "1970-01-01 00:00 UTC, e.g. 1704067200 (or unset it, or give --date)",
                    util::escape_control(epoch)));
  }
  return date_of_epoch(*seconds);
}

std::optional<model::Date> newest_effective(const model::Repository& repo) {
  std::optional<model::Date> newest;
  for (const auto& sop : repo.sops) {
    if (sop.effective && sop.effective->valid && (!newest || *newest < sop.effective->value)) {
      newest = sop.effective->value;
    }
  }
  return newest;
}

}  // namespace tatakerja::app
