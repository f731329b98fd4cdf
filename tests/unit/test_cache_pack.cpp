// The cache's pack (src/cache/pack.cpp): a foreign header, a truncated
// pack and a damaged entry are never trusted.
#include <doctest/doctest.h>

#include <string>

#include "tatakerja/cache/pack.hpp"
#include "tatakerja/model/config.hpp"

using namespace tatakerja::cache;

namespace {

const std::string kHeader = pack_header("hours_per_day=18000", "0.1.0+abc");
const std::string kTable = make_status_table({});  // no status rows
const Hash128 kA{1, 2}, kB{3, 4};

std::string small_pack() {
  return kHeader + kTable + make_record(kA, "isi pertama") + make_record(kB, "isi kedua");
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
  CHECK(PackIndex(kHeader + kTable + records, kHeader).size() == 1);
  const std::string others[] = {
      pack_header("hours_per_day=18000", "0.1.0+abd"),
      pack_header("hours_per_day=25200", "0.1.0+abc"),
      pack_header("hours_per_day=18000", "0.1.0+abc", "/elsewhere"),
  };
  for (const auto& other : others) CHECK(PackIndex(other + kTable + records, kHeader).size() == 0);
  std::string magic = kHeader;
  magic[0] = 'X';
  CHECK(PackIndex(magic + kTable + records, kHeader).size() == 0);
  std::string format = kHeader;
  format[8] = static_cast<char>(format[8] + 1);  // the format number follows the 8 magic bytes
  CHECK(PackIndex(format + kTable + records, kHeader).size() == 0);
  CHECK(PackIndex("", kHeader).size() == 0);
}

TEST_CASE("the reading settings (the cache's key) name hours_per_day, and not the periods") {
  // Volumes are kept in their own period (`2/bulan`), so the periods a year
  // change the workload figures but not what a file reads as.
  tatakerja::model::Config config;
  CHECK(tatakerja::model::reading_settings(config) == "hours_per_day=18000");
  config.workload.periods.month = 11 * tatakerja::model::Periods::kScale;
  CHECK(tatakerja::model::reading_settings(config) == "hours_per_day=18000");
  config.workload.hours_per_day.seconds = 7 * 3600;
  CHECK(tatakerja::model::reading_settings(config) == "hours_per_day=25200");
}

TEST_CASE("a pack cut at any byte keeps only its whole entries") {
  const std::string bytes = small_pack();
  const std::size_t first_end =
      kHeader.size() + kTable.size() + make_record(kA, "isi pertama").size();
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
  const std::size_t from = kHeader.size() + kTable.size();
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

TEST_CASE("the status table gives a file's content hash only for exactly its status") {
  const FileStatus status{120, 7, 2049, 1'700'000'000'000'000'000, 1'700'000'000'000'000'001};
  const std::string table =
      make_status_table({{"sops/a.yaml", status, kA}, {"sops/b.yaml", status, kB}});
  const std::string bytes = kHeader + table + make_record(kA, "isi");
  const PackIndex index(bytes, kHeader);
  CHECK(index.size() == 1);
  CHECK(index.unchanged("sops/a.yaml", status) == kA);
  CHECK(index.unchanged("sops/b.yaml", status) == kB);
  CHECK(index.status_table() == table);
  CHECK_FALSE(index.unchanged("sops/c.yaml", status));
  FileStatus other = status;
  for (auto change : {&FileStatus::size, &FileStatus::inode, &FileStatus::device}) {
    other = status;
    ++(other.*change);
    CHECK_FALSE(index.unchanged("sops/a.yaml", other));
  }
  for (auto change : {&FileStatus::mtime_ns, &FileStatus::ctime_ns}) {
    other = status;
    ++(other.*change);
    CHECK_FALSE(index.unchanged("sops/a.yaml", other));
  }
}

TEST_CASE("a damaged status table is ignored; a cut one loses everything after it") {
  const FileStatus status{120, 7, 2049, 1, 2};
  const std::string table = make_status_table({{"sops/a.yaml", status, kA}});
  const std::string bytes = kHeader + table + make_record(kA, "isi");
  for (std::size_t at = kHeader.size() + 4; at < kHeader.size() + table.size(); ++at) {
    std::string damaged = bytes;
    damaged[at] = static_cast<char>(damaged[at] ^ 0x01);
    const PackIndex index(damaged, kHeader);
    CAPTURE(at);
    CHECK_FALSE(index.unchanged("sops/a.yaml", status));
    CHECK(index.size() == 1);  // the entries are still checked one by one
  }
  for (std::size_t size = kHeader.size(); size < kHeader.size() + table.size(); ++size) {
    const PackIndex index(bytes.substr(0, size), kHeader);
    CHECK(index.size() == 0);
    CHECK_FALSE(index.unchanged("sops/a.yaml", status));
  }
}

TEST_CASE("pack_root reads the repository's root from a header of this format") {
  const std::string header = pack_header("s", "v", "/srv/sop/kankemenag");
  CHECK(pack_root(header + kTable) == "/srv/sop/kankemenag");
  CHECK(pack_root(header.substr(0, header.size() - 1)) == std::nullopt);
  std::string old = header;
  old[8] = 1;
  CHECK(pack_root(old) == std::nullopt);
  CHECK(pack_root("") == std::nullopt);
  CHECK(pack_root("TKJCACHE") == std::nullopt);
}
