// The main path of an SOP and the sum of its times (src/model/main_path.cpp),
// which the checks of the times and the book's Jumlah row share, and a
// total in the units it was written in (src/model/values.cpp).
#include <doctest/doctest.h>

#include "tatakerja/model/main_path.hpp"
#include "tatakerja/model/values.hpp"
#include "text_repo.hpp"

using namespace tatakerja;

namespace {

model::Sop read_sop(const std::string& steps) {
  auto read = test::read_repo({{"sop.yaml",
                                "kind: SOP\nid: s\ntitle: Uji\n"
                                "external_actors: [Petugas]\nsteps:\n" +
                                    steps}});
  REQUIRE(read.repo.sops.size() == 1);
  return read.repo.sops[0];
}

// A decision whose "Tidak" way ends early and whose last step handles the
// rejection: the main path skips it.
constexpr const char* kRejection = R"(  - {activity: Menerima, actor: Petugas, time: 5 menit}
  - {id: periksa, activity: Memeriksa, actor: Petugas, decision: "Lengkap?", no: tolak, time: 5-10 menit}
  - {activity: Memproses, actor: Petugas, time: 20 menit, next: end}
  - {id: tolak, activity: Mengembalikan berkas, actor: Petugas, time: 1 jam}
)";

std::string parts(std::int64_t seconds, std::uint8_t units, std::int64_t day = 5 * 3600) {
  model::Duration total{seconds};
  total.units = units;
  std::string out;
  for (const auto& part : model::duration_parts(total, model::Duration{day})) {
    out += (out.empty() ? "" : " ") + std::to_string(part.count) + "/" +
           std::to_string(static_cast<int>(part.unit));
  }
  return out;
}

constexpr auto kSecond = model::unit_bit(model::TimeUnit::Second);
constexpr auto kMinute = model::unit_bit(model::TimeUnit::Minute);
constexpr auto kHour = model::unit_bit(model::TimeUnit::Hour);
constexpr auto kDay = model::unit_bit(model::TimeUnit::Day);
constexpr auto kWeek = model::unit_bit(model::TimeUnit::Week);

}  // namespace

TEST_CASE("main path: follows next and each decision's Ya way until end") {
  const auto sop = read_sop(kRejection);
  const auto path = model::main_path(sop);
  CHECK(path.steps == std::vector<int>{0, 1, 2});
  CHECK(path.reaches_end);
  CHECK(model::final_step(sop) == 2);
}

TEST_CASE("main path: stops at a step seen before, without reaching end") {
  const auto sop = read_sop(R"(  - {id: a, activity: Menerima, actor: Petugas, time: 5 menit}
  - {activity: Memeriksa, actor: Petugas, time: 5 menit, next: a}
)");
  const auto path = model::main_path(sop);
  CHECK(path.steps == std::vector<int>{0, 1});
  CHECK_FALSE(path.reaches_end);
  CHECK(model::final_step(sop) == 1);  // the last step stands for it
  CHECK_FALSE(model::time_on_main_path(sop));
}

TEST_CASE("main path: the times along it, a range with its upper end, and their units") {
  const auto total = model::time_on_main_path(read_sop(kRejection));
  REQUIRE(total);
  CHECK(total->seconds == 35 * 60);  // 5 + 10 + 20 menit; the rejection's hour is not on it
  CHECK(total->units == kMinute);
}

TEST_CASE("main path: no total when a step on it has no time or an unreadable one") {
  CHECK_FALSE(
      model::time_on_main_path(read_sop(R"(  - {activity: Menerima, actor: Petugas, time: 5 menit}
  - {activity: Memproses, actor: Petugas}
)")));
  CHECK_FALSE(
      model::time_on_main_path(read_sop(R"(  - {activity: Menerima, actor: Petugas, time: 5 menit}
  - {activity: Memproses, actor: Petugas, time: 15 mnt}
)")));
  CHECK_FALSE(model::time_on_main_path(read_sop("  []\n")));
}

TEST_CASE("duration parts: in the unit the times agree on, never promoted") {
  CHECK(parts(35 * 60, kMinute) == "35/1");
  CHECK(parts(95 * 60, kMinute) == "95/1");
  CHECK(parts(7 * 3600, kHour) == "7/2");     // 7 jam, not 1 hari 2 jam
  CHECK(parts(7 * 5 * 3600, kDay) == "7/3");  // 7 hari, not 1 minggu 2 hari
  CHECK(parts(0, kMinute) == "0/1");
}

TEST_CASE("duration parts: mixed units from the largest written down, whole parts") {
  CHECK(parts(5 * 3600 + 2 * 3600, kDay | kHour) == "1/3 2/2");            // 1 hari 2 jam
  CHECK(parts(5 * 3600 + 6 * 3600, kDay | kHour) == "2/3 1/2");            // a day is 5 hours
  CHECK(parts(8 * 3600 + 2 * 3600, kDay | kHour, 8 * 3600) == "1/3 2/2");  // or hours_per_day
  CHECK(parts(3 * 5 * 3600 + 30, kDay | kSecond) == "3/3 30/0");           // 3 hari 30 detik
  CHECK(parts(2 * 3600 + 30 * 60, kHour) == "2/2 30/1");  // 1,5 jam + 1 jam: a remainder
  CHECK(parts(7 * 5 * 3600, kWeek | kDay) == "1/4 2/3");  // 1 minggu 2 hari
  CHECK(parts(3 * 3600 + 30 * 60, kHour | kMinute) == "3/2 30/1");
}

TEST_CASE("duration parts: a computed duration in hours, minutes and seconds") {
  CHECK(parts(5400, 0) == "1/2 30/1");
  CHECK(parts(0, 0) == "0/1");
  CHECK(parts(30 * 3600, 0) == "30/2");
}
