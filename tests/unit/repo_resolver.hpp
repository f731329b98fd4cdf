// Test helper: fills the *_ref fields of a hand-built Repository the way
// the resolver does (resolve/resolve.hpp), without its diagnostics, so that
// the checks' tests stand on their own. Unknown references stay -1.
#pragma once

#include <string>
#include <unordered_map>
#include <vector>

#include "tatakerja/model/repository.hpp"

namespace tatakerja::test {

namespace detail {

template <class Document>
void index_documents(const std::vector<Document>& documents,
                     std::unordered_map<std::string, int>& index) {
  index.clear();
  for (std::size_t i = 0; i < documents.size(); ++i) {
    index.emplace(documents[i].doc.id.value, static_cast<int>(i));  // first wins
  }
}

inline int find(const std::unordered_map<std::string, int>& index,
                const std::optional<model::Text>& id) {
  if (!id) return -1;
  auto it = index.find(id->value);
  return it == index.end() ? -1 : it->second;
}

inline int duty_index(const model::Position& position, std::string_view id) {
  for (std::size_t i = 0; i < position.duties.size(); ++i) {
    if (position.duties[i].id.value == id) return static_cast<int>(i);
  }
  return -1;
}

inline model::DutyRef duty_ref(const model::Repository& repo, const model::Sop& sop,
                               const std::string& ref) {
  int position = sop.owner_ref;
  std::string duty = ref;
  if (auto slash = ref.find('/'); slash != std::string::npos) {
    position = find(repo.position_index, model::Text{ref.substr(0, slash), {}});
    duty = ref.substr(slash + 1);
  }
  if (position < 0) return {};
  const int index = duty_index(repo.positions[position], duty);
  return index < 0 ? model::DutyRef{} : model::DutyRef{position, index};
}

inline model::ActorRef actor_ref(const model::Repository& repo, const model::Sop& sop,
                                 const model::Text& actor) {
  const auto& external = sop.external_actors.items;
  for (std::size_t i = 0; i < external.size(); ++i) {
    if (external[i].value == actor.value) {
      return {model::ActorRef::Type::External, static_cast<int>(i)};
    }
  }
  if (const int position = find(repo.position_index, actor); position >= 0) {
    return {model::ActorRef::Type::Position, position};
  }
  if (const int role = find(repo.role_index, actor); role >= 0) {
    return {model::ActorRef::Type::Role, role};
  }
  return {};
}

inline void resolve_flow(model::Sop& sop) {
  std::unordered_map<std::string, int> ids;
  for (std::size_t i = 0; i < sop.steps.size(); ++i) {
    auto& step = sop.steps[i];
    step.id = step.explicit_id ? step.explicit_id->value : std::to_string(i + 1);
    ids.emplace(step.id, static_cast<int>(i));
  }
  auto target = [&](const model::Text& ref) {
    if (ref.value == "end") return model::FlowTarget::kEnd;
    auto it = ids.find(ref.value);
    return it == ids.end() ? model::FlowTarget::kUnresolved : it->second;
  };
  const int count = static_cast<int>(sop.steps.size());
  for (int i = 0; i < count; ++i) {
    auto& step = sop.steps[i];
    const auto& way = step.is_decision() && step.yes ? step.yes : step.next;
    step.next_ref.step = way ? target(*way) : (i + 1 < count ? i + 1 : model::FlowTarget::kEnd);
    step.no_ref.step =
        step.is_decision() && step.no ? target(*step.no) : model::FlowTarget::kUnresolved;
  }
}

inline void resolve_sop(const model::Repository& repo, model::Sop& sop) {
  sop.owner_ref = find(repo.position_index, sop.owner);
  sop.unit_ref = find(repo.unit_index, sop.unit);
  sop.duty_refs.clear();
  for (const auto& duty : sop.duties.items)
    sop.duty_refs.push_back(duty_ref(repo, sop, duty.value));
  for (auto& step : sop.steps) {
    step.actor_ref = step.actor ? actor_ref(repo, sop, *step.actor) : model::ActorRef{};
  }
  resolve_flow(sop);
}

}  // namespace detail

inline void resolve_by_hand(model::Repository& repo) {
  detail::index_documents(repo.units, repo.unit_index);
  detail::index_documents(repo.positions, repo.position_index);
  detail::index_documents(repo.employees, repo.employee_index);
  detail::index_documents(repo.sops, repo.sop_index);
  detail::index_documents(repo.roles, repo.role_index);
  for (auto& unit : repo.units) unit.parent_ref = detail::find(repo.unit_index, unit.parent);
  for (auto& position : repo.positions) {
    position.unit_ref = detail::find(repo.unit_index, position.unit);
    position.reports_to_ref = detail::find(repo.position_index, position.reports_to);
  }
  for (auto& employee : repo.employees) {
    employee.position_ref = detail::find(repo.position_index, employee.position);
    employee.duty_refs.clear();
    if (employee.position_ref < 0) continue;
    for (const auto& duty : employee.duties.items) {
      const int index = detail::duty_index(repo.positions[employee.position_ref], duty.value);
      if (index >= 0) employee.duty_refs.push_back(index);
    }
  }
  for (auto& role : repo.roles) {
    role.unit_ref = detail::find(repo.unit_index, role.unit);
    role.member_refs.clear();
    for (const auto& member : role.members.items) {
      const int position = detail::find(repo.position_index, member);
      if (position >= 0) role.member_refs.push_back(position);
    }
  }
  for (auto& sop : repo.sops) detail::resolve_sop(repo, sop);
}

}  // namespace tatakerja::test
