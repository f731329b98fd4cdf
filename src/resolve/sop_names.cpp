// Keterkaitan as printed SOPs write it: related SOPs named by title, often
// with "SOP" before it, and often SOPs of other offices.

#include "tatakerja/resolve/resolve.hpp"
#include "tatakerja/util/text.hpp"

namespace tatakerja::resolve {

namespace {

// Folded, without a leading "sop" or "standar operasional prosedur" word.
std::string key_of(std::string_view text) {
  std::string folded = util::fold_text(text);
  for (std::string_view lead : {"sop ", "standar operasional prosedur "}) {
    if (folded.starts_with(lead) && folded.size() > lead.size()) {
      folded.erase(0, lead.size());
      break;
    }
  }
  return folded;
}

}  // namespace

SopNames::SopNames(const model::Repository& repo) : repo_(repo) {}

void SopNames::fold() const {
  if (folded_all_) return;
  folded_all_ = true;
  for (int title = 1; title >= 0; --title) {
    for (std::size_t i = 0; i < repo_.sops.size(); ++i) {
      const auto& sop = repo_.sops[i];
      std::string folded = key_of(title ? sop.title.value : sop.doc.id.value);
      if (folded.empty()) continue;
      folded_.emplace(folded, static_cast<int>(i));
      names_.push_back({std::move(folded), static_cast<int>(i), title == 1});
    }
  }
}

int SopNames::find(std::string_view text) const {
  if (auto it = repo_.sop_index.find(std::string(text)); it != repo_.sop_index.end()) {
    return it->second;
  }
  fold();
  auto it = folded_.find(key_of(text));
  return it == folded_.end() ? -1 : it->second;
}

std::string SopNames::near_miss(std::string_view text) const {
  fold();
  const std::string key = key_of(text);
  const std::size_t size = util::count_code_points(key);
  const std::size_t limit = size < 8 ? 1 : 2;
  const Name* best = nullptr;
  std::size_t best_distance = limit + 1;
  for (const auto& name : names_) {
    const std::size_t other = util::count_code_points(name.folded);
    if ((other > size ? other - size : size - other) > limit) continue;
    const std::size_t distance = util::edit_distance(key, name.folded);
    if (distance < best_distance) {
      best = &name;
      best_distance = distance;
    }
  }
  if (!best) return {};
  const auto& sop = repo_.sops[static_cast<std::size_t>(best->sop)];
  return best->title ? sop.title.value : sop.doc.id.value;
}

}  // namespace tatakerja::resolve
