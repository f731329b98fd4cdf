#include "tatakerja/cache/pack.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cstring>

#include "tatakerja/version.hpp"

namespace tatakerja::cache {

namespace {

constexpr std::string_view kMagic{"TKJCACHE", 8};
constexpr std::uint32_t kFormat = 4;             // raise when entry.cpp or this layout changes
constexpr std::size_t kRecordHead = 8 + 16 + 4;  // checksum, content hash, payload length

template <class T>
void put(std::string& out, T value) {
  for (std::size_t i = 0; i < sizeof(T); ++i) out.push_back(static_cast<char>(value >> (8 * i)));
}

template <class T>
T get(std::string_view bytes, std::size_t at) {
  T value = 0;
  for (std::size_t i = 0; i < sizeof(T); ++i) {
    value |= static_cast<T>(static_cast<unsigned char>(bytes[at + i])) << (8 * i);
  }
  return value;
}

void put_text(std::string& out, std::string_view text) {
  put(out, static_cast<std::uint32_t>(text.size()));
  out.append(text);
}

// Reads a u32-length text at `at` (moving past it); false when it runs out.
bool take_text(std::string_view bytes, std::size_t& at, std::string_view& text) {
  if (bytes.size() - at < 4) return false;
  const std::size_t size = get<std::uint32_t>(bytes, at);
  if (bytes.size() - at - 4 < size) return false;
  text = bytes.substr(at + 4, size);
  at += 4 + size;
  return true;
}

constexpr std::size_t kStatusRow = 5 * 8 + 16;  // after the path

}  // namespace

Hash128 content_of(std::string_view record) {
  return {get<std::uint64_t>(record, 8), get<std::uint64_t>(record, 16)};
}

std::string pack_header(std::string_view settings, std::string_view version,
                        std::string_view root) {
  std::string header(kMagic);
  put(header, kFormat);
  const std::string full =
      version.empty() ? fmt::format("{}+{}", kVersion, kBuildId) : std::string(version);
  put_text(header, full);
  put_text(header, settings);
  put_text(header, root);
  return header;
}

std::optional<std::string> pack_root(std::string_view bytes) {
  std::size_t at = kMagic.size() + 4;
  if (!bytes.starts_with(kMagic) || bytes.size() < at || get<std::uint32_t>(bytes, 8) != kFormat) {
    return std::nullopt;
  }
  std::string_view text;
  for (int field = 0; field < 3; ++field) {  // version, settings, root
    if (!take_text(bytes, at, text)) return std::nullopt;
  }
  return std::string(text);
}

std::string make_status_table(const std::vector<StatusRow>& rows) {
  std::string table(4, '\0');
  for (const auto& row : rows) {
    put_text(table, row.path);
    put(table, row.status.size);
    put(table, row.status.inode);
    put(table, row.status.device);
    put(table, static_cast<std::uint64_t>(row.status.mtime_ns));
    put(table, static_cast<std::uint64_t>(row.status.ctime_ns));
    put(table, row.content.low);
    put(table, row.content.high);
  }
  const auto length = static_cast<std::uint32_t>(table.size() - 4);
  for (std::size_t i = 0; i < 4; ++i) table[i] = static_cast<char>(length >> (8 * i));
  put(table, hash64(std::string_view(table).substr(4)));
  return table;
}

std::string make_record(const Hash128& content, std::string_view payload) {
  std::string record(8, '\0');
  record.reserve(kRecordHead + payload.size());
  put(record, content.low);
  put(record, content.high);
  put(record, static_cast<std::uint32_t>(payload.size()));
  record.append(payload);
  const std::uint64_t checksum = hash64(std::string_view(record).substr(8));
  for (std::size_t i = 0; i < 8; ++i) record[i] = static_cast<char>(checksum >> (8 * i));
  return record;
}

std::optional<std::string_view> checked_payload(std::string_view record) {
  if (record.size() < kRecordHead) return std::nullopt;
  const auto size = get<std::uint32_t>(record, 24);
  if (size != record.size() - kRecordHead) return std::nullopt;
  if (hash64(record.substr(8)) != get<std::uint64_t>(record, 0)) return std::nullopt;
  return record.substr(kRecordHead);
}

std::string_view payload_of(std::string_view record) {
  return record.substr(kRecordHead);
}

PackIndex::PackIndex(std::string_view bytes, std::string_view header) {
  if (!bytes.starts_with(header)) return;  // foreign: another format, version or settings
  std::size_t at = header.size();
  if (bytes.size() - at < 4) return;
  const std::size_t length = get<std::uint32_t>(bytes, at);
  if (bytes.size() - at - 4 < length + 8) return;  // truncated: nothing after it is sure
  const std::string_view rows = bytes.substr(at + 4, length);
  status_table_ = bytes.substr(at, 4 + length + 8);
  if (hash64(rows) == get<std::uint64_t>(bytes, at + 4 + length)) read_statuses(rows);
  at += status_table_.size();
  while (bytes.size() - at >= kRecordHead) {
    const std::size_t size = get<std::uint32_t>(bytes, at + 24);
    if (size > bytes.size() - at - kRecordHead) break;  // truncated
    const auto record = bytes.substr(at, kRecordHead + size);
    // A damaged entry is left out (its file is read again); the first of
    // two with one hash wins.
    if (checked_payload(record)) records_.emplace(content_of(record), record);
    at += record.size();
  }
}

void PackIndex::read_statuses(std::string_view rows) {
  std::size_t at = 0;
  std::string_view path;
  while (at < rows.size()) {
    if (!take_text(rows, at, path) || rows.size() - at < kStatusRow) {
      statuses_.clear();  // checksummed, so only a bug gets here: trust none
      return;
    }
    FileStatus status{get<std::uint64_t>(rows, at), get<std::uint64_t>(rows, at + 8),
                      get<std::uint64_t>(rows, at + 16),
                      static_cast<std::int64_t>(get<std::uint64_t>(rows, at + 24)),
                      static_cast<std::int64_t>(get<std::uint64_t>(rows, at + 32))};
    const Hash128 content{get<std::uint64_t>(rows, at + 40), get<std::uint64_t>(rows, at + 48)};
    statuses_.emplace(path, std::pair{status, content});
    at += kStatusRow;
  }
}

std::optional<Hash128> PackIndex::unchanged(std::string_view path, const FileStatus& status) const {
  const auto it = statuses_.find(path);
  if (it == statuses_.end() || !(it->second.first == status)) return std::nullopt;
  return it->second.second;
}

std::optional<std::string_view> PackIndex::record(const Hash128& content) const {
  const auto it = records_.find(content);
  if (it == records_.end()) return std::nullopt;
  return it->second;
}

std::vector<std::string_view> PackIndex::records() const {
  std::vector<std::string_view> out;
  out.reserve(records_.size());
  for (const auto& [content, record] : records_) out.push_back(record);
  // Views into one buffer: by address is by place in the pack.
  std::sort(out.begin(), out.end(),
            [](std::string_view a, std::string_view b) { return a.data() < b.data(); });
  return out;
}

std::vector<StatusRow> PackIndex::status_rows() const {
  std::vector<StatusRow> out;
  out.reserve(statuses_.size());
  for (const auto& [path, row] : statuses_) out.push_back({path, row.first, row.second});
  std::sort(out.begin(), out.end(),
            [](const StatusRow& a, const StatusRow& b) { return a.path.data() < b.path.data(); });
  return out;
}

}  // namespace tatakerja::cache
