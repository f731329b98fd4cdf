// The pack: all the cache entries of one repository in one file.
//
//   header   "TKJCACHE", format (u32), the tool's version and the settings
//            fingerprint (each a u32 length and bytes)
//   entries  checksum (u64: XXH3-64 of all that follows it in the entry),
//            content hash (16 bytes), payload length (u32), payload
//            (entry.hpp). The checksum covers the hash and the length too,
//            so a damaged hash cannot file an entry under another content.
//
// Integers are little-endian. A pack whose header differs from this run's
// is foreign and read as empty; an entry that runs past the end, or whose
// checksum fails, is left out (and everything after a bad length with it).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

#include "tatakerja/cache/hash.hpp"
#include "tatakerja/model/config.hpp"

namespace tatakerja::cache {

// The settings of tatakerja.yaml that change how a file is read:
// workload.hours_per_day (durations in days) and workload.periods (volumes).
std::string settings_fingerprint(const model::Config& config);

// The header this build writes and accepts; `version` defaults to the
// tool's full version (with its git revision).
std::string pack_header(std::string_view settings, std::string_view version = {});

// One entry, as stored.
std::string make_record(const Hash128& content, std::string_view payload);

// A record's payload when its checksum holds, else none.
std::optional<std::string_view> checked_payload(std::string_view record);

// The payload of a record that PackIndex returned (already checked).
std::string_view payload_of(std::string_view record);

// The whole, undamaged records of a pack by content hash (views into
// `bytes`, which must outlive the index). Never throws on bad bytes.
class PackIndex {
 public:
  PackIndex() = default;
  PackIndex(std::string_view bytes, std::string_view header);

  std::optional<std::string_view> record(const Hash128& content) const;
  std::size_t size() const { return records_.size(); }

 private:
  std::unordered_map<Hash128, std::string_view, Hash128Of> records_;
};

}  // namespace tatakerja::cache
