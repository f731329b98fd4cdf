#include "tatakerja/cache/session.hpp"

#include <fmt/format.h>

#include <cstdint>
#include <unordered_set>

#include "tatakerja/cache/store.hpp"

namespace tatakerja::cache {

namespace fs = std::filesystem;

Session::Session(const fs::path& folder, const fs::path& root, const model::Config& config,
                 std::size_t slots)
    : slots_(slots) {
  report_.used = true;
  report_.folder = folder.string();
  if (is_inside(folder, root)) {
    usable_ = false;
    report_.problem = fmt::format("not used: {} is inside the repository", folder.string());
    return;
  }
  pack_ = pack_path(folder, root);
  header_ = pack_header(settings_fingerprint(config));
  std::string error;
  if (!read_whole(pack_, bytes_, error)) {
    report_.problem = error;  // read as empty; a new pack may still be written
    bytes_.clear();
  }
  index_ = PackIndex(bytes_, header_);
}

std::optional<Entry> Session::find(std::size_t slot, std::string_view content, std::uint32_t file) {
  if (!usable_) return std::nullopt;
  auto& s = slots_[slot];
  s.hash = hash128(content);
  s.state = Slot::State::Miss;
  const auto record = index_.record(s.hash);
  if (!record) return std::nullopt;
  auto entry = decode_entry(payload_of(*record), file);
  if (entry) {
    s.state = Slot::State::Hit;
    s.old_record = *record;
  }
  return entry;
}

void Session::keep(std::size_t slot, const Documents& documents,
                   const diag::Diagnostics& diagnostics, std::uint32_t file) {
  if (!usable_) return;
  auto& s = slots_[slot];
  auto payload = encode_entry(documents, diagnostics, file);
  if (payload && payload->size() <= UINT32_MAX) s.new_record = make_record(s.hash, *payload);
}

Report Session::finish() {
  if (!usable_) return report_;
  std::unordered_set<Hash128, Hash128Of> stored;
  std::size_t added = 0, size = header_.size();
  for (const auto& s : slots_) {
    if (s.state == Slot::State::Unused) continue;
    ++report_.files;
    if (s.state == Slot::State::Hit) ++report_.reused;
    const std::string_view record = s.state == Slot::State::Hit ? s.old_record : s.new_record;
    if (record.empty() || !stored.insert(s.hash).second) continue;
    added += s.state == Slot::State::Miss;
    size += record.size();
  }
  if (added == 0 && stored.size() == index_.size()) return report_;  // the pack is as it should be
  std::string pack = header_;
  pack.reserve(size);
  stored.clear();
  for (const auto& s : slots_) {
    const std::string_view record = s.state == Slot::State::Hit ? s.old_record : s.new_record;
    if (!record.empty() && stored.insert(s.hash).second) pack.append(record);
  }
  const std::string_view parts[] = {pack};
  std::string error;
  if (!replace_file(pack_, parts, error)) report_.problem = "not saved: " + error;
  return report_;
}

}  // namespace tatakerja::cache
