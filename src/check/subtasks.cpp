// Coverage over rincian tugas: what an SOP or an employee takes on for a
// duty with subtasks, and which of them to name when they are not covered.
#include "checks.hpp"

namespace tatakerja::check {

std::vector<char> covered_duties(const model::Position& position, std::vector<char> named) {
  const int size = static_cast<int>(position.duties.size());
  for (int d = 0; d < size; ++d) {
    const auto& duty = position.duties[d];
    if (!duty.has_subtasks()) continue;
    bool all = true;
    for (int leaf : model::leaf_duties(position, d)) {
      if (named[d]) named[leaf] = 1;
      all = all && named[leaf];
    }
    named[d] = all ? 1 : 0;
  }
  return named;
}

std::vector<int> uncovered_duties(const model::Position& position,
                                  const std::vector<char>& covered) {
  std::vector<int> out;
  const int size = static_cast<int>(position.duties.size());
  for (int d = 0; d < size; ++d) {
    if (covered[d]) continue;
    const auto& duty = position.duties[d];
    if (!duty.has_subtasks()) {
      out.push_back(d);
      continue;
    }
    bool any = false;
    for (int leaf : model::leaf_duties(position, d)) any = any || covered[leaf];
    if (any) continue;  // its uncovered subtasks are named one by one
    out.push_back(d);
    d += duty.subtasks;
  }
  return out;
}

std::size_t leaf_duty_count(const model::Position& position) {
  std::size_t count = 0;
  for (const auto& duty : position.duties) count += duty.has_subtasks() ? 0 : 1;
  return count;
}

}  // namespace tatakerja::check
