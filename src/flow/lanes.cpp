// The lanes (pelaksana) of an SOP's flowchart, and which lane each step is
// drawn in: the SOP's `lanes:`, then each actor not among them in order of
// first appearance; a step's actor that is not a known position, role or
// external actor gets a lane of its text, a step without an actor a lane without a
// name.
#include <string>
#include <unordered_map>

#include "layout.hpp"
#include "tatakerja/model/actor.hpp"

namespace tatakerja::flow {

namespace detail {

namespace {

using model::ActorRef;

// A key that is the same for the same actor: a Position, Role or external
// actor by index, an unresolved one by its text.
std::string key_of(const ActorRef& ref, std::string_view text) {
  switch (ref.type) {
    case ActorRef::Type::Position:
      return "p" + std::to_string(ref.index);
    case ActorRef::Type::External:
      return "e" + std::to_string(ref.index);
    case ActorRef::Type::Role:
      return "r" + std::to_string(ref.index);
    case ActorRef::Type::Unresolved:
      break;
  }
  return "u" + std::string(text);
}

Lane lane_of(const model::Repository& repo, const model::Sop& sop, const ActorRef& ref,
             std::string_view text) {
  const std::string_view name = model::actor_name(repo, sop, ref);
  if (name.empty()) return {std::string(text), 0, 0, false};
  return {std::string(name), 0, 0, ref.type == ActorRef::Type::External};
}

class Lanes {
 public:
  Lanes(const model::Repository& repo, const model::Sop& sop) : repo_(repo), sop_(sop) {}

  int find_or_add(const ActorRef& ref, std::string_view text) {
    auto [it, added] = index_.try_emplace(key_of(ref, text), static_cast<int>(lanes.size()));
    if (added) lanes.push_back(lane_of(repo_, sop_, ref, text));
    return it->second;
  }

  std::vector<Lane> lanes;

 private:
  const model::Repository& repo_;
  const model::Sop& sop_;
  std::unordered_map<std::string, int> index_;
};

}  // namespace

LaneAssignment assign_lanes(const model::Repository& repo, const model::Sop& sop) {
  Lanes lanes(repo, sop);
  // Without `lanes:`, lane_refs are the resolved actors in order of first
  // appearance: going through the steps gives the same order, with the
  // unresolved actors (and steps without one) in their places.
  const auto& declared = sop.lanes.items;
  for (std::size_t i = 0; i < declared.size() && i < sop.lane_refs.size(); ++i) {
    lanes.find_or_add(sop.lane_refs[i], declared[i].value);
  }
  LaneAssignment out;
  out.lane_of_step.reserve(sop.steps.size());
  for (const auto& step : sop.steps) {
    const std::string_view text = step.actor ? std::string_view(step.actor->value) : "";
    out.lane_of_step.push_back(lanes.find_or_add(step.actor_ref, text));
  }
  out.lanes = std::move(lanes.lanes);
  return out;
}

}  // namespace detail

std::vector<Lane> lanes_of(const model::Repository& repo, const model::Sop& sop) {
  return detail::assign_lanes(repo, sop).lanes;
}

}  // namespace tatakerja::flow
