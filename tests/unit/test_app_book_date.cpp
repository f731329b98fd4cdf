#include <doctest/doctest.h>

#include <string>

#include "tatakerja/app/book_date.hpp"
#include "tatakerja/util/error.hpp"

using tatakerja::app::date_of_epoch;
using tatakerja::app::fixed_date;
using tatakerja::app::newest_effective;

namespace {

std::string failure_of(const std::optional<std::string>& option, const char* epoch) {
  try {
    fixed_date(option, epoch);
  } catch (const tatakerja::util::Failure& e) {
    return e.what();
  }
  return "(no failure)";
}

}  // namespace

TEST_CASE("date_of_epoch gives the UTC calendar date") {
  CHECK(date_of_epoch(0).str() == "1970-01-01");
  CHECK(date_of_epoch(86399).str() == "1970-01-01");
  CHECK(date_of_epoch(86400).str() == "1970-01-02");
  CHECK(date_of_epoch(951782400).str() == "2000-02-29");
  CHECK(date_of_epoch(1704067199).str() == "2023-12-31");
  CHECK(date_of_epoch(1704067200).str() == "2024-01-01");
  CHECK(date_of_epoch(253402300799).str() == "9999-12-31");
}

TEST_CASE("--date wins over SOURCE_DATE_EPOCH, which wins over nothing") {
  CHECK(fixed_date(std::string("2024-03-01"), "0")->str() == "2024-03-01");
  CHECK(fixed_date(std::nullopt, "1704067200")->str() == "2024-01-01");
  CHECK(!fixed_date(std::nullopt, nullptr));
}

TEST_CASE("a bad --date or SOURCE_DATE_EPOCH is refused with what to write") {
  CHECK(failure_of(std::string("2024-02-30"), nullptr) ==
        "--date 2024-02-30: `2024-02-30` is not a real date: February 2024 has 29 days");
  const std::string epoch_help =
      ": expected a whole number of seconds since 1970-01-01 00:00 UTC, e.g. 1704067200 "
      "(or unset it, or give --date)";
  CHECK(failure_of(std::nullopt, "yesterday") == "SOURCE_DATE_EPOCH=`yesterday`" + epoch_help);
  CHECK(failure_of(std::nullopt, "") == "SOURCE_DATE_EPOCH=``" + epoch_help);
  CHECK(failure_of(std::nullopt, "-1") == "SOURCE_DATE_EPOCH=`-1`" + epoch_help);
  CHECK(failure_of(std::nullopt, "1.5") == "SOURCE_DATE_EPOCH=`1.5`" + epoch_help);
  CHECK(failure_of(std::nullopt, "253402300800") ==
        "SOURCE_DATE_EPOCH=`253402300800`" + epoch_help);
  // A bad SOURCE_DATE_EPOCH does not matter when --date is given.
  CHECK(fixed_date(std::string("2024-03-01"), "junk")->str() == "2024-03-01");
}

TEST_CASE("newest_effective: the newest valid `effective` of any SOP") {
  tatakerja::model::Repository repo;
  CHECK(!newest_effective(repo));
  repo.sops.resize(3);
  repo.sops[0].effective.emplace();
  repo.sops[0].effective->value = {2023, 5, 1};
  repo.sops[2].effective.emplace();
  repo.sops[2].effective->value = {2024, 1, 2};
  CHECK(newest_effective(repo)->str() == "2024-01-02");
  repo.sops[2].effective->valid = false;
  CHECK(newest_effective(repo)->str() == "2023-05-01");
}
