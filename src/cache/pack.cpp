#include "tatakerja/cache/pack.hpp"

#include <fmt/format.h>

#include <cstring>

#include "tatakerja/version.hpp"

namespace tatakerja::cache {

namespace {

constexpr std::string_view kMagic{"TKJCACHE", 8};
constexpr std::uint32_t kFormat = 2;             // raise when entry.cpp or this layout changes
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

Hash128 content_of(std::string_view record) {
  return {get<std::uint64_t>(record, 8), get<std::uint64_t>(record, 16)};
}

}  // namespace

std::string settings_fingerprint(const model::Config& config) {
  const auto& w = config.workload;
  return fmt::format("hours_per_day={};periods={},{},{},{}", w.hours_per_day.seconds, w.periods.day,
                     w.periods.week, w.periods.month, w.periods.year);
}

std::string pack_header(std::string_view settings, std::string_view version) {
  std::string header(kMagic);
  put(header, kFormat);
  const std::string full =
      version.empty() ? fmt::format("{}+{}", kVersion, kGitRevision) : std::string(version);
  put_text(header, full);
  put_text(header, settings);
  return header;
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

std::optional<std::string_view> PackIndex::record(const Hash128& content) const {
  const auto it = records_.find(content);
  if (it == records_.end()) return std::nullopt;
  return it->second;
}

}  // namespace tatakerja::cache
