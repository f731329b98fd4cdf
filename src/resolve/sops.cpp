#include <fmt/format.h>

#include "context.hpp"
#include "tatakerja/resolve/resolve.hpp"

namespace tatakerja::resolve {

model::DutyRef resolve_duty(Context& ctx, const model::Sop& sop, const model::Text& ref);

namespace {

using model::ActorRef;
using model::FlowTarget;

int find_external(const model::Sop& sop, std::string_view name) {
  const auto& actors = sop.external_actors.items;
  for (std::size_t i = 0; i < actors.size(); ++i) {
    if (actors[i].value == name) return static_cast<int>(i);
  }
  return -1;
}

// A lane: one of the SOP's external actors, else a Position id, else a
// Role id (a Role may not take a Position's id: duplicate-id).
ActorRef resolve_actor(Context& ctx, const model::Sop& sop, const model::Text& name) {
  if (int e = find_external(sop, name.value); e >= 0) return {ActorRef::Type::External, e};
  const auto& index = ctx.repo.position_index;
  if (auto it = index.find(name.value); it != index.end())
    return {ActorRef::Type::Position, it->second};
  const auto& roles = ctx.repo.role_index;
  if (auto it = roles.find(name.value); it != roles.end()) {
    return {ActorRef::Type::Role, it->second};
  }
  auto candidates = keys(index);
  for (auto role : keys(roles)) candidates.push_back(role);
  for (const auto& a : sop.external_actors.items) candidates.push_back(a.value);
  ctx.unknown(name, "actor", candidates,
              roles.empty() ? "neither a position id nor one of `external_actors`"
                            : "neither a position or role id nor one of `external_actors`");
  return {};
}

int target_of(Context& ctx, const model::Sop& sop, const FirstIndex& steps,
              const model::Text& ref) {
  if (ref.value == "end") return FlowTarget::kEnd;
  if (const int i = steps.find(ref.value); i >= 0) return i;
  std::vector<std::string_view> ids{"end"};
  for (const auto& step : sop.steps) ids.push_back(step.id);
  ctx.unknown(ref, "step", ids, "a step id of this SOP, or `end`");
  return FlowTarget::kUnresolved;
}

void resolve_flow(Context& ctx, model::Sop& sop) {
  const FirstIndex steps = step_index(sop);
  const int count = static_cast<int>(sop.steps.size());
  for (int i = 0; i < count; ++i) {
    auto& step = sop.steps[i];
    const int following = i + 1 < count ? i + 1 : FlowTarget::kEnd;
    const auto& way = step.is_decision() && step.yes ? step.yes : step.next;
    step.next_ref.step = way ? target_of(ctx, sop, steps, *way) : following;
    if (step.is_decision() && step.yes && step.next) target_of(ctx, sop, steps, *step.next);
    if (step.is_decision() && step.no) step.no_ref.step = target_of(ctx, sop, steps, *step.no);
  }
}

bool same_actor(const ActorRef& a, const ActorRef& b) {
  return a.type == b.type && a.index == b.index;
}

void resolve_lanes(Context& ctx, model::Sop& sop) {
  // An SOP's steps name a few actors again and again: each name found is
  // looked up once (one not found is reported at every step).
  std::vector<std::pair<std::string_view, ActorRef>> found;
  const auto actor = [&](const model::Text& name) {
    for (const auto& [seen, ref] : found) {
      if (seen == name.value) return ref;
    }
    const ActorRef ref = resolve_actor(ctx, sop, name);
    if (ref.type != ActorRef::Type::Unresolved) found.emplace_back(name.value, ref);
    return ref;
  };
  for (const auto& lane : sop.lanes.items) sop.lane_refs.push_back(actor(lane));
  const bool declared = !sop.lanes.items.empty();
  for (auto& step : sop.steps) {
    if (!step.actor) continue;
    step.actor_ref = actor(*step.actor);
    if (step.actor_ref.type == ActorRef::Type::Unresolved) continue;
    bool known = false;
    for (const auto& lane : sop.lane_refs) known = known || same_actor(lane, step.actor_ref);
    if (known) continue;
    if (declared) {
      std::vector<std::string_view> names;
      for (const auto& l : sop.lanes.items) names.push_back(l.value);
      ctx.unknown(*step.actor, "lane", names, "the actor is not one of the SOP's `lanes`");
    } else {
      sop.lane_refs.push_back(step.actor_ref);
    }
  }
}

}  // namespace

void resolve_sops(Context& ctx) {
  auto& repo = ctx.repo;
  const SopNames titles(repo);
  for (auto& sop : repo.sops) {
    if (sop.unit) sop.unit_ref = ctx.find(repo.unit_index, *sop.unit, "unit");
    if (sop.owner) sop.owner_ref = ctx.find(repo.position_index, *sop.owner, "position");
    for (const auto& duty : sop.duties.items) sop.duty_refs.push_back(resolve_duty(ctx, sop, duty));
    for (const auto& related : sop.related.items) {
      sop.related_refs.push_back(titles.find(related.value));
    }
    for (auto* signer : {&sop.approved_by, &sop.prepared_by}) {
      if (!*signer || !(*signer)->position) continue;
      auto it = repo.position_index.find((*signer)->position->value);
      if (it != repo.position_index.end()) (*signer)->position_ref = it->second;
    }
    resolve_lanes(ctx, sop);
    resolve_flow(ctx, sop);
  }
}

}  // namespace tatakerja::resolve
