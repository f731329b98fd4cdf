// The unit tree of the workload analysis: units depth-first, and the
// figures of each over its own positions and over its whole sub-tree.
#include <algorithm>

#include "tatakerja/workload/figures.hpp"

namespace tatakerja::workload {

namespace {

using Children = std::vector<std::vector<int>>;

Children children_of(const model::Repository& repo) {
  Children children(repo.units.size());
  for (int u = 0; u < static_cast<int>(repo.units.size()); ++u) {
    const int parent = repo.units[u].parent_ref;
    if (parent >= 0 && parent != u && parent < static_cast<int>(repo.units.size())) {
      children[parent].push_back(u);
    }
  }
  return children;
}

// Depth-first from `root`, without recursion (a deep hierarchy must not
// exhaust the stack) and visiting every unit once even in a cycle.
void walk(int root, const Children& children, std::vector<char>& seen,
          std::vector<std::pair<int, int>>& out) {
  std::vector<std::pair<int, int>> stack{{root, 0}};
  while (!stack.empty()) {
    const auto [u, depth] = stack.back();
    stack.pop_back();
    if (seen[u]) continue;
    seen[u] = 1;
    out.emplace_back(u, depth);
    const auto& kids = children[u];
    for (auto it = kids.rbegin(); it != kids.rend(); ++it) {
      if (!seen[*it]) stack.emplace_back(*it, depth + 1);
    }
  }
}

bool is_root(const model::Repository& repo, int u) {
  const int parent = repo.units[u].parent_ref;
  return parent < 0 || parent == u || parent >= static_cast<int>(repo.units.size());
}

}  // namespace

std::vector<std::pair<int, int>> unit_tree_order(const model::Repository& repo) {
  const auto children = children_of(repo);
  std::vector<char> seen(repo.units.size(), 0);
  std::vector<std::pair<int, int>> out;
  for (int u = 0; u < static_cast<int>(repo.units.size()); ++u) {
    if (is_root(repo, u)) walk(u, children, seen, out);
  }
  // Units in a parent cycle have no root above them: each is taken as one.
  for (int u = 0; u < static_cast<int>(repo.units.size()); ++u) {
    if (!seen[u]) walk(u, children, seen, out);
  }
  return out;
}

std::vector<UnitFigures> unit_figures(const model::Repository& repo,
                                      const std::vector<std::pair<int, int>>& tree,
                                      const std::vector<PositionFigures>& positions) {
  std::vector<UnitFigures> out;
  std::vector<int> row_of(repo.units.size(), -1);
  for (const auto& [u, depth] : tree) {
    row_of[u] = static_cast<int>(out.size());
    out.emplace_back();
    out.back().unit = u;
    out.back().depth = depth;
  }
  // Sub-units, as rows; a parent precedes its children in `tree`, so a
  // child's row is only linked from the parent the walk took it under.
  for (std::size_t r = 0; r < out.size(); ++r) {
    if (out[r].depth == 0) continue;
    for (std::size_t up = r; up-- > 0;) {
      if (out[up].depth == out[r].depth - 1) {
        out[up].children.push_back(static_cast<int>(r));
        break;
      }
    }
  }
  UnitFigures none;  // unit -1: positions without a unit
  for (int i = 0; i < static_cast<int>(positions.size()); ++i) {
    const int u = positions[i].unit;
    auto& row = u >= 0 && u < static_cast<int>(row_of.size()) ? out[row_of[u]] : none;
    row.positions.push_back(i);
    row.own += positions[i].figures;
  }
  // Tree totals, from the deepest rows up (children come after parents).
  for (auto& row : out) row.tree = row.own;
  for (std::size_t r = out.size(); r-- > 0;) {
    for (int child : out[r].children) out[r].tree += out[child].tree;
  }
  if (!none.positions.empty()) {
    none.tree = none.own;
    out.push_back(std::move(none));
  }
  return out;
}

}  // namespace tatakerja::workload
