// Durations as SOP documents print them (src/load/values_duration.cpp):
// seconds, weeks, months, working days, any letter case, ranges; the text
// is kept as written.
#include <doctest/doctest.h>

#include <string>

#include "load/read_file.hpp"
#include "tatakerja/load/values.hpp"

using namespace tatakerja;
using load::parse_duration;

namespace {

const model::Duration kFiveHours{5 * 3600};
constexpr std::int64_t kDay = 5 * 3600;

model::Duration parsed(std::string_view text, model::Duration day = kFiveHours) {
  const auto result = parse_duration(text, day);
  REQUIRE_MESSAGE(result.ok(), result.error());
  return result.value();
}

std::int64_t seconds(std::string_view text) {
  return parsed(text).seconds;
}

std::string error(std::string_view text) {
  const auto result = parse_duration(text, kFiveHours);
  REQUIRE_MESSAGE(!result.ok(), text);
  return result.error();
}

}  // namespace

TEST_CASE("durations: the Waktu cells of printed SOPs") {
  CHECK(seconds("30 detik") == 30);
  CHECK(seconds("5 Menit") == 300);
  CHECK(seconds("3 Hari") == 3 * kDay);
  CHECK(seconds("1 Bulan") == 20 * kDay);
  CHECK(seconds("5-10 menit") == 600);
  CHECK(seconds("3 hari kerja") == 3 * kDay);
  CHECK(seconds("1 Minggu") == 5 * kDay);
  CHECK(seconds("2 Jam") == 7200);
}

TEST_CASE("durations: every new unit, in any case") {
  for (const char* unit : {"s", "detik", "second", "seconds", "S", "Detik", "DETIK", "Seconds"}) {
    CAPTURE(unit);
    CHECK(seconds(std::string("45") + unit) == 45);
    CHECK(seconds(std::string("45 ") + unit) == 45);
  }
  for (const char* unit : {"minggu", "week", "weeks", "Minggu", "WEEK"}) {
    CAPTURE(unit);
    CHECK(seconds(std::string("2 ") + unit) == 10 * kDay);
  }
  for (const char* unit : {"bulan", "month", "months", "Bulan", "BULAN", "Months"}) {
    CAPTURE(unit);
    CHECK(seconds(std::string("2 ") + unit) == 40 * kDay);
  }
  for (const char* unit : {"hari kerja", "Hari Kerja", "HARI KERJA", "hari  kerja", "working day",
                           "working days", "Working Days"}) {
    CAPTURE(unit);
    CHECK(seconds(std::string("2 ") + unit) == 2 * kDay);
  }
}

TEST_CASE("durations: a week is 5 days and a month 20, of hours_per_day") {
  const model::Duration seven{7 * 3600};
  CHECK(parsed("1 minggu", seven).seconds == 5 * 7 * 3600);
  CHECK(parsed("1 bulan", seven).seconds == 20 * 7 * 3600);
  CHECK(parsed("1,5 hari kerja", seven).seconds == 3 * 7 * 3600 / 2);
  CHECK(parsed("0,5 bulan", seven).seconds == 10 * 7 * 3600);
}

TEST_CASE("durations: several parts mix the new units") {
  CHECK(seconds("1 menit 30 detik") == 90);
  CHECK(seconds("1m30s") == 90);
  CHECK(seconds("1 hari kerja 2 jam") == kDay + 7200);
  CHECK(seconds("1 minggu 2 hari") == 7 * kDay);
  CHECK(seconds("0,5 menit 30 detik") == 60);
}

TEST_CASE("durations: a range counts with its upper end") {
  CHECK(seconds("5-10 menit") == 600);
  CHECK(seconds("5 - 10 Menit") == 600);
  CHECK(seconds("5 s.d. 10 menit") == 600);
  CHECK(seconds("5 s.d 10 menit") == 600);
  CHECK(seconds("5 s/d 10 menit") == 600);
  CHECK(seconds("5 sd 10 menit") == 600);
  CHECK(seconds("5 sampai 10 menit") == 600);
  CHECK(seconds("5\u201310 menit") == 600);  // an en dash, as word processors print it
  CHECK(seconds("1-3 hari kerja") == 3 * kDay);
  CHECK(seconds("30 menit - 1 jam") == 3600);
  CHECK(seconds("30 menit s.d. 1 jam 30 menit") == 5400);
  CHECK(seconds("1 jam 30 menit - 2 jam") == 7200);
  CHECK(seconds("10s-20s") == 20);
  CHECK(seconds("5-5 menit") == 300);
  CHECK(seconds("0-5 menit") == 300);
  CHECK(seconds("1,5-2 jam") == 7200);
}

TEST_CASE("durations: the text is kept as written, trimmed") {
  CHECK(parsed("3 Hari").written == "3 Hari");
  CHECK(parsed("  5-10 menit ").written == "5-10 menit");
  CHECK(parsed("5 s.d. 10 menit").written == "5 s.d. 10 menit");
  CHECK(parsed("1h30m").written == "1h30m");
}

TEST_CASE("durations: the units written are kept, of a range its upper end's") {
  using model::TimeUnit;
  const auto bits = [](std::initializer_list<TimeUnit> units) {
    std::uint8_t out = 0;
    for (auto unit : units) out |= model::unit_bit(unit);
    return out;
  };
  CHECK(parsed("35 menit").units == bits({TimeUnit::Minute}));
  CHECK(parsed("1h30m").units == bits({TimeUnit::Hour, TimeUnit::Minute}));
  CHECK(parsed("1 jam 30 detik").units == bits({TimeUnit::Hour, TimeUnit::Second}));
  CHECK(parsed("3 hari kerja").units == bits({TimeUnit::Day}));
  CHECK(parsed("1 minggu").units == bits({TimeUnit::Week}));
  CHECK(parsed("2 Bulan").units == bits({TimeUnit::Month}));
  CHECK(parsed("1,5 jam").units == bits({TimeUnit::Hour}));
  CHECK(parsed("5-10 menit").units == bits({TimeUnit::Minute}));
  CHECK(parsed("1-3 hari").units == bits({TimeUnit::Day}));
  CHECK(parsed("30 menit - 1 jam").units == bits({TimeUnit::Hour}));
  CHECK(parsed("1 jam 30 menit - 2 jam").units == bits({TimeUnit::Hour}));
  CHECK(parsed("30 menit s.d. 1 jam 30 menit").units == bits({TimeUnit::Hour, TimeUnit::Minute}));
}

TEST_CASE("durations: durations compare by their seconds, not their text") {
  CHECK(parsed("60 menit") == parsed("1 jam"));
  CHECK(parsed("5-10 menit") == parsed("10 menit"));
  CHECK(parsed("59 menit") < parsed("1 jam"));
}

TEST_CASE("durations: what is refused, with what is accepted") {
  const std::string units = "use detik, menit, jam, hari, minggu or bulan (or s, m, h, d)";
  const std::string hint = "write a number and a unit, e.g. `30m`, `1,5 jam`, `2 hari`";
  CHECK(error("5 mnt") == "`mnt` in `5 mnt` is not a unit of time; " + units);
  CHECK(error("3 hari libur") == "`3 hari libur` is not a duration; " + hint);
  CHECK(error("2 working") == "`working` in `2 working` is not a unit of time; " + units);
  CHECK(error("1 tahun") == "`tahun` in `1 tahun` is not a unit of time; " + units);
  CHECK(error("10-5 menit") ==
        "`10-5 menit` is a range whose first end is longer than its second; write the shorter "
        "time first, e.g. `5-10 menit`");
  CHECK(error("1 jam - 30 menit") ==
        "`1 jam - 30 menit` is a range whose first end is longer than its second; write the "
        "shorter time first, e.g. `5-10 menit`");
  CHECK(error("5-10") ==
        "`10` has no unit; write e.g. `10m` (minutes), `10h` (hours) or `10d` (days)");
  CHECK(error("5 -") == "`5 -` is not a duration; " + hint);
  CHECK(error("5 menit -") == "`5 menit -` is not a duration; " + hint);
  CHECK(error("5 - - 10 menit") == "`5 - - 10 menit` is not a duration; " + hint);
  CHECK(error("5-10-15 menit") ==
        "`10` has no unit; write e.g. `10m` (minutes), `10h` (hours) or `10d` (days)");
  CHECK(error("5 menit - 10 menit - 15 menit") ==
        "`5 menit - 10 menit - 15 menit` is not a duration; " + hint);
  CHECK(error("1 jam 30-45 menit") ==
        "`30` has no unit; write e.g. `30m` (minutes), `30h` (hours) or `30d` (days)");
  CHECK(error("-5-10 menit") == "`-5-10 menit` must not be negative: " + hint);
  CHECK(error("0,5 detik") == "`0,5 detik` is too precise: a duration must come to whole seconds");
  CHECK(error("3000 bulan") ==
        "`3000 bulan` is too long for a duration (at most 1000000000 "
        "seconds)");
  CHECK(error("5 s.d.") == "`5 s.d.` is not a duration; " + hint);
}

TEST_CASE("durations: a bad value is reported at its own line and column") {
  model::Config config;
  const auto result = load::read_text(R"(kind: SOP
id: nikah
title: Pendaftaran Kehendak Nikah
total_time: 10-5 menit
steps:
  - activity: Pemohon menyerahkan berkas
    actor: Pemohon
    time:   5 mnt
)",
                                      1, config);
  REQUIRE(result.diagnostics.size() == 2);
  const auto& range = result.diagnostics[0];
  CHECK(range.rule == "schema");
  CHECK(range.loc == model::Location{1, 4, 13});
  CHECK(range.message.starts_with("`10-5 menit` is a range whose first end is longer"));
  const auto& unit = result.diagnostics[1];
  CHECK(unit.loc == model::Location{1, 8, 13});
  CHECK(unit.message ==
        "`mnt` in `5 mnt` is not a unit of time; use detik, menit, jam, hari, minggu or bulan (or "
        "s, m, h, d); did you mean `menit`?");
  CHECK(unit.suggestion == "menit");
  const auto& sop = result.documents.sops.at(0);
  CHECK_FALSE(sop.total_time->valid);
  CHECK(model::readable(sop.total_time) == nullptr);
  CHECK(model::readable(sop.steps.at(0).time) == nullptr);
}

TEST_CASE("durations: a good value keeps its text in the model") {
  model::Config config;
  const auto result = load::read_text(R"(kind: SOP
id: nikah
title: Pendaftaran Kehendak Nikah
total_time: 3 Hari
steps:
  - activity: Pemohon menyerahkan berkas
    actor: Pemohon
    time: 5-10 Menit
)",
                                      1, config);
  CHECK(result.diagnostics.empty());
  const auto& sop = result.documents.sops.at(0);
  CHECK(sop.total_time->value.written == "3 Hari");
  CHECK(sop.total_time->value.seconds == 3 * kDay);
  CHECK(sop.steps.at(0).time->value.written == "5-10 Menit");
  CHECK(sop.steps.at(0).time->value.seconds == 600);
}
