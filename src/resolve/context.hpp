// Internal: what the resolver's parts share.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "tatakerja/diag/diagnostic.hpp"
#include "tatakerja/model/repository.hpp"

namespace tatakerja::resolve {

class Context {
 public:
  Context(model::Repository& repo, diag::Diagnostics& out) : repo(repo), out(out) {}

  model::Repository& repo;
  diag::Diagnostics& out;

  // Looks `id` up in `index`; reports an unknown reference (`what` names the
  // kind, e.g. "position") with the nearest id as a suggestion. -1 if unknown.
  int find(const std::unordered_map<std::string, int>& index, const model::Text& id,
           std::string_view what);

  // `word` is the part of `id` that the candidates stand for (the duty of
  // `POSITION/DUTY`); empty: all of it.
  void unknown(const model::Text& id, std::string_view what,
               const std::vector<std::string_view>& candidates, std::string_view hint = {},
               std::string_view word = {});

  void duplicate(std::string_view what, const model::Text& first, const model::Text& again);
};

// The first place of each id in a list within one document (an SOP's
// steps, a position's duties): searched linearly while the list is as
// short as documents' lists are, so that 10,000 SOPs do not build 10,000
// hash tables; through one table past kLinear ids.
class FirstIndex {
 public:
  static constexpr std::size_t kLinear = 32;

  explicit FirstIndex(std::vector<std::string_view> ids) : ids_(std::move(ids)) {
    if (ids_.size() <= kLinear) return;
    table_.reserve(ids_.size());
    for (std::size_t i = 0; i < ids_.size(); ++i) table_.emplace(ids_[i], static_cast<int>(i));
  }

  // The first index whose id is `id`, if it is below `before`; else -1.
  int find(std::string_view id, std::size_t before = SIZE_MAX) const {
    if (ids_.size() > kLinear) {
      const auto it = table_.find(id);
      return it != table_.end() && static_cast<std::size_t>(it->second) < before ? it->second : -1;
    }
    for (std::size_t i = 0; i < ids_.size() && i < before; ++i) {
      if (ids_[i] == id) return static_cast<int>(i);
    }
    return -1;
  }

 private:
  std::vector<std::string_view> ids_;
  std::unordered_map<std::string_view, int> table_;  // first wins
};

// An SOP's step ids (explicit, else the step's number), the first of each
// winning: what the duplicate check and the ways both look steps up in.
inline FirstIndex step_index(const model::Sop& sop) {
  std::vector<std::string_view> ids;
  ids.reserve(sop.steps.size());
  for (const auto& step : sop.steps) ids.push_back(step.id);
  return FirstIndex(std::move(ids));
}

// The ids of an index, for suggestions.
std::vector<std::string_view> keys(const std::unordered_map<std::string, int>& index);

void build_indices(Context& ctx);
void resolve_units_and_positions(Context& ctx);
void resolve_employees(Context& ctx);
void resolve_roles(Context& ctx);
void resolve_sops(Context& ctx);

}  // namespace tatakerja::resolve
