// The date a rendered book carries (cli.md): `--date`, else
// SOURCE_DATE_EPOCH (the UTC date of those seconds), else the newest
// `effective` date of the repository's SOPs; never the clock.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "tatakerja/model/repository.hpp"
#include "tatakerja/model/values.hpp"

namespace tatakerja::app {

// The date fixed from outside: `--date` (YYYY-MM-DD), else
// SOURCE_DATE_EPOCH (`epoch`: the variable's value, null when unset).
// Throws util::Failure when either is given and is not valid.
std::optional<model::Date> fixed_date(const std::optional<std::string>& option, const char* epoch);

// The newest `effective` date of any SOP; none when no SOP has one.
std::optional<model::Date> newest_effective(const model::Repository& repo);

// The calendar date (UTC, proleptic Gregorian) of `seconds` after
// 1970-01-01T00:00:00Z.
model::Date date_of_epoch(std::int64_t seconds);

}  // namespace tatakerja::app
