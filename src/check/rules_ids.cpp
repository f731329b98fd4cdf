// id-case-collision and hierarchy-cycle: how ids and hierarchies hang
// together. Both are linear in the number of documents.
#include <fmt/format.h>

#include <algorithm>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "checks.hpp"
#include "tatakerja/util/text.hpp"

namespace tatakerja::check {

namespace {

// Reports each id that equals an earlier id of the same kind once lower-cased
// but differs from it as written (equal ids are duplicate-id's concern).
template <class Document>
void case_collisions(const std::vector<Document>& documents, Reporter& reporter) {
  std::unordered_map<std::string, const model::Text*> first_by_folded;
  for (const auto& document : documents) {
    const model::Text& id = document.doc.id;
    if (id.value.empty()) continue;
    auto [it, inserted] = first_by_folded.emplace(util::to_lower_ascii(id.value), &id);
    if (inserted || it->second->value == id.value) continue;
    reporter.report(id.loc, fmt::format("`{}` differs from {} `{}` only in letter case: ids are "
                                        "case-sensitive, so these name two documents",
                                        shown(id.value), model::kind_name(document.doc.kind),
                                        shown(it->second->value)));
  }
}

// Every cycle of a graph where each node has at most one parent (-1: none),
// each listed from its lowest index and in parent order. Linear: each node
// is walked once.
std::vector<std::vector<int>> cycles_of(const std::vector<int>& parent) {
  enum : char { kNew, kOnPath, kDone };
  std::vector<char> state(parent.size(), kNew);
  std::vector<std::vector<int>> cycles;
  std::vector<int> path;
  for (int start = 0; start < static_cast<int>(parent.size()); ++start) {
    path.clear();
    int node = start;
    while (node >= 0 && state[node] == kNew) {
      state[node] = kOnPath;
      path.push_back(node);
      node = parent[node];
    }
    if (node >= 0 && state[node] == kOnPath) {
      auto from = std::find(path.begin(), path.end(), node);
      auto lowest = std::min_element(from, path.end());
      std::vector<int> cycle(lowest, path.end());
      cycle.insert(cycle.end(), from, lowest);
      cycles.push_back(std::move(cycle));
    }
    for (int visited : path) state[visited] = kDone;
  }
  return cycles;
}

// "`a` → `b` → `a`"; a long loop shows its first members and a count.
template <class Document>
std::string cycle_text(const std::vector<Document>& documents, const std::vector<int>& cycle) {
  constexpr std::size_t kShown = 10;
  std::string text;
  for (std::size_t i = 0; i < cycle.size() && i < kShown; ++i) {
    text += fmt::format("`{}` → ", shown(documents[cycle[i]].doc.id.value));
  }
  if (cycle.size() > kShown) text += fmt::format("… ({} more) → ", cycle.size() - kShown);
  return text + fmt::format("`{}`", shown(documents[cycle.front()].doc.id.value));
}

}  // namespace

void check_id_case_collision(const model::Repository& repo, const CheckOptions&,
                             Reporter& reporter) {
  case_collisions(repo.units, reporter);
  case_collisions(repo.positions, reporter);
  case_collisions(repo.employees, reporter);
  case_collisions(repo.roles, reporter);
  case_collisions(repo.sops, reporter);
}

void check_hierarchy_cycle(const model::Repository& repo, const CheckOptions&, Reporter& reporter) {
  std::vector<int> parents;
  for (const auto& unit : repo.units) parents.push_back(unit.parent_ref);
  for (const auto& cycle : cycles_of(parents)) {
    reporter.report(repo.units[cycle.front()].parent->loc,
                    fmt::format("`parent` makes a loop: {}: a unit cannot lie inside itself",
                                cycle_text(repo.units, cycle)));
  }
  std::vector<int> bosses;
  for (const auto& position : repo.positions) bosses.push_back(position.reports_to_ref);
  for (const auto& cycle : cycles_of(bosses)) {
    reporter.report(repo.positions[cycle.front()].reports_to->loc,
                    fmt::format("`reports_to` makes a loop: {}: a position cannot report to "
                                "itself, even through others",
                                cycle_text(repo.positions, cycle)));
  }
}

}  // namespace tatakerja::check
