#include "tatakerja/cache/session.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <tuple>
#include <unordered_set>

#include "tatakerja/cache/store.hpp"

namespace tatakerja::cache {

namespace fs = std::filesystem;

namespace {

// A file whose status changed this close to the start of the run may change
// again within the file system's timestamp granularity without its status
// showing it; it gets no status row and is read and hashed next time.
constexpr std::int64_t kRacyNs = 2'000'000'000;

// A git blob's row in the status table: a path no file can have (a NUL
// byte, then the object id) and a status of all zeros.
std::string object_path(std::string_view object) {
  std::string path(1, '\0');
  path += object;
  return path;
}

}  // namespace

Session::Session(const fs::path& folder, const fs::path& root, const model::Config& config,
                 std::size_t slots)
    : slots_(slots) {
  started_ns_ = std::chrono::duration_cast<std::chrono::nanoseconds>(
                    std::chrono::system_clock::now().time_since_epoch())
                    .count();
  report_.used = true;
  report_.folder = folder.string();
  if (is_inside(folder, root)) {
    usable_ = false;
    report_.problem = fmt::format("not used: {} is inside the repository", folder.string());
    return;
  }
  pack_ = pack_path(folder, root);
  std::error_code ec;
  const fs::path absolute = fs::absolute(root, ec).lexically_normal();
  settings_ = model::reading_settings(config);
  header_ = pack_header(settings_, {}, ec ? root.string() : absolute.string());
  std::string error;
  if (!read_whole(pack_, bytes_, error)) {
    report_.problem = error;  // read as empty; a new pack may still be written
    bytes_.clear();
  }
  index_ = PackIndex(bytes_, header_);
}

std::size_t Session::add_slots(std::size_t count) {
  const std::size_t first = slots_.size();
  for (std::size_t i = 0; i < first; ++i) {
    const auto& s = slots_[i];
    if (s.state == Slot::State::Miss && !s.new_record.empty()) parsed_.emplace(s.hash, i);
  }
  slots_.resize(first + count);
  return first;
}

bool Session::fits(const model::Config& config) const {
  return model::reading_settings(config) == settings_;
}

// The entry stored under `hash`, read as file number `file`: what an
// earlier load of this run parsed, else the pack's. On success the slot
// is a hit on it.
std::optional<Entry> Session::reuse(Slot& s, const Hash128& hash, std::uint32_t file) {
  if (const auto twin = parsed_.find(hash); twin != parsed_.end()) {
    if (auto entry = decode_entry(payload_of(slots_[twin->second].new_record), file)) {
      s.hash = hash;
      s.state = Slot::State::Hit;
      s.twin = twin->second;
      return entry;
    }
  }
  const auto record = index_.record(hash);
  if (!record) return std::nullopt;
  auto entry = decode_entry(payload_of(*record), file);
  if (entry) {
    s.hash = hash;
    s.state = Slot::State::Hit;
    s.old_record = *record;
  }
  return entry;
}

std::optional<Entry> Session::find_unchanged(std::size_t slot, std::string_view path,
                                             const FileStatus& status, std::uint32_t file) {
  if (!usable_) return std::nullopt;
  const auto hash = index_.unchanged(path, status);
  if (!hash) return std::nullopt;
  auto& s = slots_[slot];
  auto entry = reuse(s, *hash, file);
  if (!entry) return std::nullopt;
  s.path = path;
  s.status = status;
  s.unread = true;
  return entry;
}

std::optional<Entry> Session::find(std::size_t slot, std::string_view content, std::uint32_t file,
                                   std::string_view path, const FileStatus& status) {
  if (!usable_) return std::nullopt;
  auto& s = slots_[slot];
  s.hash = hash128(content);
  s.state = Slot::State::Miss;
  if (!path.empty() && sure(status)) {
    s.path = path;
    s.status = status;
  }
  return reuse(s, s.hash, file);
}

void Session::keep(std::size_t slot, const Documents& documents,
                   const diag::Diagnostics& diagnostics, std::uint32_t file) {
  if (!usable_) return;
  auto& s = slots_[slot];
  auto payload = encode_entry(documents, diagnostics, file);
  if (payload && payload->size() <= UINT32_MAX) s.new_record = make_record(s.hash, *payload);
}

bool Session::knows_object(std::string_view object) const {
  if (!usable_) return false;
  const auto hash = index_.unchanged(object_path(object), FileStatus{});
  return hash && (index_.record(*hash) || parsed_.contains(*hash));
}

std::optional<Entry> Session::find_object(std::size_t slot, std::string_view object,
                                          std::uint32_t file) {
  return find_unchanged(slot, object_path(object), FileStatus{}, file);
}

std::optional<Hash128> Session::content_hash(std::size_t slot) const {
  if (!usable_ || slot >= slots_.size() || slots_[slot].state == Slot::State::Unused) {
    return std::nullopt;
  }
  return slots_[slot].hash;
}

void Session::keep_unused() {
  keep_unused_ = true;
}

void Session::name_object(std::size_t slot, std::string_view object) {
  if (!usable_) return;
  auto& s = slots_[slot];
  s.path = object_path(object);
  s.status = {};
}

std::optional<std::string> Session::recall(const Hash128& key) {
  if (!usable_) return std::nullopt;
  const std::lock_guard lock(memos_mutex_);
  if (const auto it = memos_.find(key); it != memos_.end())
    return std::string(payload_of(it->second));
  const auto record = index_.record(key);
  if (!record) return std::nullopt;
  memos_.emplace(key, std::string(*record));
  return std::string(payload_of(*record));
}

void Session::remember(const Hash128& key, std::string_view bytes) {
  if (!usable_ || bytes.size() > UINT32_MAX) return;
  const std::lock_guard lock(memos_mutex_);
  memos_.insert_or_assign(key, make_record(key, bytes));
}

Report Session::finish() {
  if (!usable_) return report_;
  std::unordered_set<Hash128, Hash128Of> stored;
  std::size_t added = 0, size = header_.size();
  for (const auto& s : slots_) {
    if (s.state == Slot::State::Unused) continue;
    ++report_.files;
    if (s.state == Slot::State::Hit) ++report_.reused;
    report_.unread += s.unread;
    const std::string_view record = record_of(s);
    if (record.empty() || !stored.insert(s.hash).second) continue;
    added += s.state == Slot::State::Miss;
    size += record.size();
  }
  for (const auto& [key, record] : memos_) {
    if (!stored.insert(key).second) continue;
    added += !index_.record(key).has_value();
    size += record.size();
  }
  std::vector<std::string_view> kept;  // the pack's entries this run did not use
  if (keep_unused_) {
    for (const auto record : index_.records()) {
      if (stored.insert(content_of(record)).second) kept.push_back(record);
    }
    for (const auto record : kept) size += record.size();
  }
  const std::string statuses = status_table();
  if (added == 0 && stored.size() == index_.size() && statuses == index_.status_table()) {
    return report_;  // the pack is as it should be
  }
  std::string pack = header_;
  pack.reserve(size + statuses.size());
  pack += statuses;
  stored.clear();
  for (const auto& s : slots_) {
    const std::string_view record = record_of(s);
    if (!record.empty() && stored.insert(s.hash).second) pack.append(record);
  }
  // Memos in key order, so that the same run writes the same pack.
  std::vector<const std::pair<const Hash128, std::string>*> memos;
  for (const auto& memo : memos_) memos.push_back(&memo);
  std::sort(memos.begin(), memos.end(), [](const auto* a, const auto* b) {
    return std::tie(a->first.high, a->first.low) < std::tie(b->first.high, b->first.low);
  });
  for (const auto* memo : memos) {
    if (stored.insert(memo->first).second) pack.append(memo->second);
  }
  for (const auto record : kept) pack.append(record);
  const std::string_view parts[] = {pack};
  std::string error;
  if (!replace_file(pack_, parts, error)) report_.problem = "not saved: " + error;
  prune_folder();
  return report_;
}

std::string_view Session::record_of(const Slot& s) const {
  if (s.state != Slot::State::Hit) return s.new_record;
  return s.twin == SIZE_MAX ? s.old_record : std::string_view(slots_[s.twin].new_record);
}

bool Session::sure(const FileStatus& status) const {
  return status.mtime_ns < started_ns_ - kRacyNs && status.ctime_ns < started_ns_ - kRacyNs;
}

// The rows of the files this run saw whose entry is stored, in slot order
// (file order), so that the same tree gives the same table.
std::string Session::status_table() const {
  std::vector<StatusRow> rows;
  std::unordered_set<std::string_view> objects;  // a blob in both revisions: one row
  for (const auto& s : slots_) {
    if (s.path.empty() || s.state == Slot::State::Unused) continue;
    if (s.state == Slot::State::Miss && s.new_record.empty()) continue;
    if (s.path[0] == '\0' && !objects.insert(s.path).second) continue;
    rows.push_back({s.path, s.status, s.hash});
  }
  if (keep_unused_) {  // the rows of files this run did not see, after its own
    std::unordered_set<std::string_view> seen;
    for (const auto& row : rows) seen.insert(row.path);
    for (const auto& row : index_.status_rows()) {
      if (!seen.contains(row.path)) rows.push_back(row);
    }
  }
  return make_status_table(rows);
}

void Session::prune_folder() const {
  prune(pack_.parent_path(), pack_, std::chrono::system_clock::now());
}

}  // namespace tatakerja::cache
