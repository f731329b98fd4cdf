#include "tatakerja/model/main_path.hpp"

namespace tatakerja::model {

MainPath main_path(const Sop& sop) {
  MainPath path;
  const int count = static_cast<int>(sop.steps.size());
  std::vector<char> seen(sop.steps.size(), 0);
  int at = count > 0 ? 0 : FlowTarget::kUnresolved;
  for (; at >= 0 && at < count && !seen[at]; at = sop.steps[at].next_ref.step) {
    seen[at] = 1;
    path.steps.push_back(at);
  }
  path.reaches_end = at == FlowTarget::kEnd;
  return path;
}

std::optional<Duration> time_on_main_path(const Sop& sop) {
  const auto path = main_path(sop);
  if (!path.reaches_end) return std::nullopt;
  Duration total;
  for (int at : path.steps) {
    const auto* time = readable(sop.steps[at].time);
    if (!time) return std::nullopt;
    total.seconds += time->seconds;
    total.units |= time->units;
  }
  return total;
}

int final_step(const Sop& sop) {
  if (sop.steps.empty()) return -1;
  const auto path = main_path(sop);
  return path.reaches_end ? path.steps.back() : static_cast<int>(sop.steps.size()) - 1;
}

}  // namespace tatakerja::model
