// The names of a step's actor (pelaksana), whatever it is: a Position, a
// Role or one of the SOP's external actors. Every output and every rule
// that shows or matches a lane's name goes through here.
#pragma once

#include <string_view>
#include <vector>

#include "tatakerja/model/repository.hpp"

namespace tatakerja::model {

// The lane's name: the position's or role's `name`, the external actor's
// text; empty when `ref` is unresolved (or out of range).
std::string_view actor_name(const Repository& repo, const Sop& sop, const ActorRef& ref);

// A step's actor as shown: actor_name(), else the `actor` as written, else
// empty (no actor).
std::string_view step_actor_name(const Repository& repo, const Sop& sop, const Step& step);

// The id a lane is known by: the position's or role's id, the external
// actor's text; empty when unresolved.
std::string_view actor_id(const Repository& repo, const Sop& sop, const ActorRef& ref);

// The Roles among an SOP's lanes (resolved `lane_refs`), in lane order,
// each once: Role indices.
std::vector<int> role_lanes(const Sop& sop);

// Whether position `position` acts through `ref`: it is that position, or
// one of that role's members.
bool acts_as(const Repository& repo, const ActorRef& ref, int position);

}  // namespace tatakerja::model
