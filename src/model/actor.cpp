#include "tatakerja/model/actor.hpp"

#include <algorithm>

namespace tatakerja::model {

namespace {

template <class T>
const T* at(const std::vector<T>& items, int index) {
  if (index < 0 || static_cast<std::size_t>(index) >= items.size()) return nullptr;
  return &items[static_cast<std::size_t>(index)];
}

}  // namespace

std::string_view actor_name(const Repository& repo, const Sop& sop, const ActorRef& ref) {
  switch (ref.type) {
    case ActorRef::Type::Position:
      if (const auto* p = at(repo.positions, ref.index)) return p->name.value;
      break;
    case ActorRef::Type::Role:
      if (const auto* r = at(repo.roles, ref.index)) return r->name.value;
      break;
    case ActorRef::Type::External:
      if (const auto* e = at(sop.external_actors.items, ref.index)) return e->value;
      break;
    case ActorRef::Type::Unresolved:
      break;
  }
  return {};
}

std::string_view step_actor_name(const Repository& repo, const Sop& sop, const Step& step) {
  const std::string_view name = actor_name(repo, sop, step.actor_ref);
  if (!name.empty()) return name;
  return step.actor ? std::string_view(step.actor->value) : std::string_view{};
}

std::string_view actor_id(const Repository& repo, const Sop& sop, const ActorRef& ref) {
  switch (ref.type) {
    case ActorRef::Type::Position:
      if (const auto* p = at(repo.positions, ref.index)) return p->doc.id.value;
      break;
    case ActorRef::Type::Role:
      if (const auto* r = at(repo.roles, ref.index)) return r->doc.id.value;
      break;
    case ActorRef::Type::External:
      if (const auto* e = at(sop.external_actors.items, ref.index)) return e->value;
      break;
    case ActorRef::Type::Unresolved:
      break;
  }
  return {};
}

std::vector<int> role_lanes(const Sop& sop) {
  std::vector<int> roles;
  for (const auto& lane : sop.lane_refs) {
    if (lane.type != ActorRef::Type::Role || lane.index < 0) continue;
    if (std::find(roles.begin(), roles.end(), lane.index) == roles.end()) {
      roles.push_back(lane.index);
    }
  }
  return roles;
}

bool acts_as(const Repository& repo, const ActorRef& ref, int position) {
  if (ref.type == ActorRef::Type::Position) return ref.index == position;
  if (ref.type != ActorRef::Type::Role) return false;
  const auto* role = at(repo.roles, ref.index);
  return role && std::find(role->member_refs.begin(), role->member_refs.end(), position) !=
                     role->member_refs.end();
}

}  // namespace tatakerja::model
