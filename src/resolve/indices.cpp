#include <unordered_map>

#include "context.hpp"
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
  std::unordered_map<std::string_view, std::size_t> seen;
  for (std::size_t i = 0; i < position.duties.size(); ++i) {
    const auto& id = position.duties[i].id;
    if (id.value.empty()) continue;
    auto [it, fresh] = seen.emplace(id.value, i);
    if (!fresh) ctx.duplicate("duty", position.duties[it->second].id, id);
  }
}

// Step ids: explicit ones, else the step's number; a clash is reported at
// both steps.
void check_steps(Context& ctx, const model::Sop& sop) {
  std::unordered_map<std::string_view, std::size_t> seen;
  for (std::size_t i = 0; i < sop.steps.size(); ++i) {
    const auto& step = sop.steps[i];
    auto [it, fresh] = seen.emplace(step.id, i);
    if (fresh) continue;
    auto at = [&](const model::Step& s) {
      return s.explicit_id ? *s.explicit_id : model::Text{s.id, s.loc};
    };
    ctx.duplicate("step", at(sop.steps[it->second]), at(step));
  }
}

}  // namespace

void build_indices(Context& ctx) {
  auto& repo = ctx.repo;
  index_kind(ctx, repo.units, repo.unit_index, "Unit");
  index_kind(ctx, repo.positions, repo.position_index, "Position");
  index_kind(ctx, repo.employees, repo.employee_index, "Employee");
  index_kind(ctx, repo.sops, repo.sop_index, "SOP");
  for (const auto& position : repo.positions) check_duties(ctx, position);
  for (const auto& sop : repo.sops) check_steps(ctx, sop);
}

}  // namespace tatakerja::resolve
