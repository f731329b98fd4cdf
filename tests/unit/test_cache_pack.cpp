// The cache's pack (src/cache/pack.cpp): a foreign header, a truncated
// pack and a damaged entry are never trusted.
#include <doctest/doctest.h>

#include <string>

#include "tatakerja/cache/pack.hpp"

using namespace tatakerja::cache;

namespace {

const std::string kHeader = pack_header("hours_per_day=18000;periods=250,50,12,1", "0.1.0+abc");
const Hash128 kA{1, 2}, kB{3, 4};

std::string small_pack() {
  return kHeader + make_record(kA, "isi pertama") + make_record(kB, "isi kedua");
}

}  // namespace

TEST_CASE("a pack's entries are found by content hash") {
  const std::string bytes = small_pack();
  const PackIndex index(bytes, kHeader);
  CHECK(index.size() == 2);
  CHECK(payload_of(*index.record(kA)) == "isi pertama");
  CHECK(payload_of(*index.record(kB)) == "isi kedua");
  CHECK_FALSE(index.record(Hash128{1, 3}));
}

TEST_CASE("a pack of another format, version or settings is foreign and read as empty") {
  const std::string records = make_record(kA, "isi");
  CHECK(PackIndex(kHeader + records, kHeader).size() == 1);
  const std::string others[] = {
      pack_header("hours_per_day=18000;periods=250,50,12,1", "0.1.0+abd"),
      pack_header("hours_per_day=25200;periods=250,50,12,1", "0.1.0+abc"),
      pack_header("hours_per_day=18000;periods=250,52,12,1", "0.1.0+abc"),
  };
  for (const auto& other : others) CHECK(PackIndex(other + records, kHeader).size() == 0);
  std::string magic = kHeader;
  magic[0] = 'X';
  CHECK(PackIndex(magic + records, kHeader).size() == 0);
  std::string format = kHeader;
  format[8] = 99;  // the format number follows the 8 magic bytes: one never written
  CHECK(PackIndex(format + records, kHeader).size() == 0);
  CHECK(PackIndex("", kHeader).size() == 0);
}

TEST_CASE("the settings fingerprint names hours_per_day and every period") {
  tatakerja::model::Config config;
  CHECK(settings_fingerprint(config) == "hours_per_day=18000;periods=250,50,12,1");
  config.workload.periods.month = 11;
  config.workload.hours_per_day.seconds = 7 * 3600;
  CHECK(settings_fingerprint(config) == "hours_per_day=25200;periods=250,50,11,1");
}

TEST_CASE("a pack cut at any byte keeps only its whole entries") {
  const std::string bytes = small_pack();
  const std::size_t first_end = kHeader.size() + make_record(kA, "isi pertama").size();
  for (std::size_t size = 0; size <= bytes.size(); ++size) {
    const std::string cut = bytes.substr(0, size);
    const PackIndex index(cut, kHeader);
    CAPTURE(size);
    CHECK(index.record(kA).has_value() == (size >= first_end));
    CHECK(index.record(kB).has_value() == (size == bytes.size()));
    if (auto record = index.record(kA)) CHECK(payload_of(*record) == "isi pertama");
  }
}

TEST_CASE("any one damaged byte of an entry gets the entry refused") {
  const std::string bytes = small_pack();
  const std::size_t from = kHeader.size();
  const std::size_t to = from + make_record(kA, "isi pertama").size();
  for (std::size_t at = from; at < to; ++at) {
    for (int flip : {0x01, 0x80, 0xff}) {
      std::string damaged = bytes;
      damaged[at] = static_cast<char>(damaged[at] ^ flip);
      const PackIndex index(damaged, kHeader);
      CAPTURE(at);
      CHECK_FALSE(index.record(kA));
      // Whatever else is found is whole and undamaged.
      if (auto record = index.record(kB)) CHECK(payload_of(*record) == "isi kedua");
      CHECK(index.size() <= 1);
    }
  }
}

TEST_CASE("checked_payload refuses a record with a wrong length or checksum") {
  const std::string record = make_record(kA, "isi");
  CHECK(checked_payload(record) == "isi");
  CHECK_FALSE(checked_payload(record.substr(0, record.size() - 1)));
  CHECK_FALSE(checked_payload(record + "x"));
  CHECK_FALSE(checked_payload(""));
}
