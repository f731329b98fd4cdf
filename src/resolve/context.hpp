// Internal: what the resolver's parts share.
#pragma once

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

// The ids of an index, for suggestions.
std::vector<std::string_view> keys(const std::unordered_map<std::string, int>& index);

void build_indices(Context& ctx);
void resolve_units_and_positions(Context& ctx);
void resolve_employees(Context& ctx);
void resolve_roles(Context& ctx);
void resolve_sops(Context& ctx);

}  // namespace tatakerja::resolve
