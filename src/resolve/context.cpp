#include "context.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "tatakerja/diag/rules.hpp"
#include "tatakerja/resolve/resolve.hpp"
#include "tatakerja/util/text.hpp"

namespace tatakerja::resolve {

std::vector<std::string_view> keys(const std::unordered_map<std::string, int>& index) {
  std::vector<std::string_view> out;
  out.reserve(index.size());
  for (const auto& [id, i] : index) out.push_back(id);
  std::sort(out.begin(), out.end());  // deterministic suggestions
  return out;
}

int Context::find(const std::unordered_map<std::string, int>& index, const model::Text& id,
                  std::string_view what) {
  if (auto it = index.find(id.value); it != index.end()) return it->second;
  unknown(id, what, keys(index));
  return -1;
}

void Context::unknown(const model::Text& id, std::string_view what,
                      const std::vector<std::string_view>& candidates, std::string_view hint,
                      std::string_view word) {
  if (word.empty()) word = id.value;
  // Only candidates of a near length can be a typo: keeps suggestions cheap.
  std::vector<std::string_view> near;
  const std::size_t size = word.size();
  for (auto c : candidates) {
    const std::size_t diff = c.size() > size ? c.size() - size : size - c.size();
    if (diff <= std::max<std::size_t>(1, size / 3)) near.push_back(c);
  }
  std::string guess = util::suggest(word, near);
  std::string message = fmt::format("unknown {} `{}`", what, util::escape_control(id.value));
  if (!hint.empty()) message += fmt::format(" ({})", hint);
  message += util::did_you_mean(guess);
  out.push_back(
      diag::make(diag::rules::kUnknownReference, id.loc, std::move(message), std::move(guess)));
}

void Context::duplicate(std::string_view what, const model::Text& first, const model::Text& again) {
  const auto& files = repo.files;
  out.push_back(diag::make(diag::rules::kDuplicateId, again.loc,
                           fmt::format("{} id `{}` is already used at {}:{}", what, again.value,
                                       files[first.loc.file].display, first.loc.line)));
  out.push_back(diag::make(diag::rules::kDuplicateId, first.loc,
                           fmt::format("{} id `{}` is used again at {}:{}", what, first.value,
                                       files[again.loc.file].display, again.loc.line)));
}

void resolve(model::Repository& repo, diag::Diagnostics& out) {
  Context ctx(repo, out);
  build_indices(ctx);
  resolve_units_and_positions(ctx);
  resolve_employees(ctx);
  resolve_roles(ctx);
  resolve_sops(ctx);
}

}  // namespace tatakerja::resolve
