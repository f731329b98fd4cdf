#include <fmt/format.h>

#include <unordered_map>

#include "context.hpp"
#include "tatakerja/diag/rules.hpp"
#include "tatakerja/model/documents.hpp"

namespace tatakerja::resolve {

namespace {

template <class Doc>
void index_kind(Context& ctx, const std::vector<Doc>& docs,
                std::unordered_map<std::string, int>& index, std::string_view what) {
  index.reserve(docs.size());
  for (std::size_t i = 0; i < docs.size(); ++i) {
    const auto& id = docs[i].doc.id;
    if (id.value.empty()) continue;
    auto [it, fresh] = index.emplace(id.value, static_cast<int>(i));
    if (!fresh) ctx.duplicate(what, docs[it->second].doc.id, id);
  }
}

void check_duties(Context& ctx, const model::Position& position) {
  std::vector<std::string_view> ids;
  ids.reserve(position.duties.size());
  for (const auto& duty : position.duties) ids.push_back(duty.id.value);
  const FirstIndex first(std::move(ids));
  for (std::size_t i = 0; i < position.duties.size(); ++i) {
    const auto& id = position.duties[i].id;
    if (id.value.empty()) continue;
    if (const int j = first.find(id.value, i); j >= 0) {
      ctx.duplicate("duty", position.duties[static_cast<std::size_t>(j)].id, id);
    }
  }
}

// Step ids: explicit ones, else the step's number; a clash is reported at
// both steps.
void check_steps(Context& ctx, const model::Sop& sop) {
  const FirstIndex first = step_index(sop);
  auto at = [](const model::Step& s) {
    return s.explicit_id ? *s.explicit_id : model::Text{s.id, s.loc};
  };
  for (std::size_t i = 0; i < sop.steps.size(); ++i) {
    if (const int j = first.find(sop.steps[i].id, i); j >= 0) {
      ctx.duplicate("step", at(sop.steps[static_cast<std::size_t>(j)]), at(sop.steps[i]));
    }
  }
}

// A step's `actor` names a Position or a Role by id, so a Role may not take
// a Position's id: reported as a duplicate at both places.
void check_role_ids(Context& ctx) {
  const auto& repo = ctx.repo;
  const auto& files = repo.files;
  for (std::size_t r = 0; r < repo.roles.size(); ++r) {
    const auto& role = repo.roles[r].doc.id;
    auto it = repo.position_index.find(role.value);
    if (role.value.empty() || it == repo.position_index.end()) continue;
    if (repo.role_index.at(role.value) != static_cast<int>(r)) continue;  // once an id
    const auto& position = repo.positions[it->second].doc.id;
    constexpr std::string_view kWhy = "a step's `actor` could not tell them apart";
    ctx.out.push_back(
        diag::make(diag::rules::kDuplicateId, role.loc,
                   fmt::format("Role id `{}` is a Position id at {}:{} already: {}", role.value,
                               files[position.loc.file].display, position.loc.line, kWhy)));
    ctx.out.push_back(
        diag::make(diag::rules::kDuplicateId, position.loc,
                   fmt::format("Position id `{}` is a Role id at {}:{} too: {}", position.value,
                               files[role.loc.file].display, role.loc.line, kWhy)));
  }
}

}  // namespace

void build_indices(Context& ctx) {
  auto& repo = ctx.repo;
  index_kind(ctx, repo.units, repo.unit_index, "Unit");
  index_kind(ctx, repo.positions, repo.position_index, "Position");
  index_kind(ctx, repo.employees, repo.employee_index, "Employee");
  index_kind(ctx, repo.sops, repo.sop_index, "SOP");
  index_kind(ctx, repo.roles, repo.role_index, "Role");
  check_role_ids(ctx);
  for (const auto& position : repo.positions) check_duties(ctx, position);
  for (const auto& sop : repo.sops) check_steps(ctx, sop);
}

}  // namespace tatakerja::resolve
