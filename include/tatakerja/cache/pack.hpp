// The pack: all the cache entries of one repository in one file.
//
//   header   "TKJCACHE", format (u32), the tool's version (with its build
//            id), the settings fingerprint and the repository's absolute
//            root (each a u32 length and bytes)
//   status   length (u32), then a row a file: path (u32 length and bytes),
//            size, inode, device, mtime and ctime in ns (u64 each), content
//            hash (16 bytes); then XXH3-64 of the rows (u64). It lets a run
//            skip reading a file whose status is unchanged, as git's index
//            does; a damaged table is ignored (every file is read again).
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
#include <vector>

#include "tatakerja/cache/hash.hpp"

namespace tatakerja::cache {

// The header this build writes and accepts; `version` defaults to the
// tool's full version (with its build id, which changes with every edit of
// the sources: a rebuilt tool never reads what an older one stored).
std::string pack_header(std::string_view settings, std::string_view version = {},
                        std::string_view root = {});

// The repository root named in a pack's header (of this format), if any.
std::optional<std::string> pack_root(std::string_view bytes);

// What a file's status says of its content: when all of it is as it was, the
// content is taken to be too (git's index does the same).
struct FileStatus {
  std::uint64_t size = 0, inode = 0, device = 0;
  std::int64_t mtime_ns = 0, ctime_ns = 0;
  friend bool operator==(const FileStatus&, const FileStatus&) = default;
};

struct StatusRow {
  std::string_view path;  // relative to the root
  FileStatus status;
  Hash128 content;
};

// The status table, as stored after the header (rows in the given order).
std::string make_status_table(const std::vector<StatusRow>& rows);

// One entry, as stored.
std::string make_record(const Hash128& content, std::string_view payload);

// The content hash a whole record is filed under.
Hash128 content_of(std::string_view record);

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

  // The content hash of the file at `path` when the table holds it with
  // exactly `status`.
  std::optional<Hash128> unchanged(std::string_view path, const FileStatus& status) const;
  std::string_view status_table() const { return status_table_; }

  // Every record, and every status row, in the order of the pack.
  std::vector<std::string_view> records() const;
  std::vector<StatusRow> status_rows() const;

 private:
  void read_statuses(std::string_view rows);

  std::unordered_map<Hash128, std::string_view, Hash128Of> records_;
  std::unordered_map<std::string_view, std::pair<FileStatus, Hash128>> statuses_;
  std::string_view status_table_;  // as stored, to tell whether it changed
};

}  // namespace tatakerja::cache
