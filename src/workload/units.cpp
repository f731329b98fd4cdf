// The unit tree of the workload analysis: units depth-first, and the
// figures of each over its own positions and over its whole sub-tree.
#include <algorithm>

#include "tatakerja/workload/figures.hpp"

namespace tatakerja::workload {

namespace {

using Children = std::vector<std::vector<int>>;

// Siblings in the official structure's order (format.md): by `order`, the
// units without one after the ordered ones; then by name, then by id.
bool sibling_less(const model::Repository& repo, int a, int b) {
  const auto& ua = repo.units[a];
  const auto& ub = repo.units[b];
  if (ua.order.has_value() != ub.order.has_value()) return ua.order.has_value();
  if (ua.order && ua.order->value != ub.order->value) return ua.order->value < ub.order->value;
  if (ua.name.value != ub.name.value) return ua.name.value < ub.name.value;
  return ua.doc.id.value < ub.doc.id.value;
}

Children children_of(const model::Repository& repo) {
  Children children(repo.units.size());
  for (int u = 0; u < static_cast<int>(repo.units.size()); ++u) {
    const int parent = repo.units[u].parent_ref;
    if (parent >= 0 && parent != u && parent < static_cast<int>(repo.units.size())) {
      children[parent].push_back(u);
    }
  }
  for (auto& kids : children) {
    std::sort(kids.begin(), kids.end(), [&](int a, int b) { return sibling_less(repo, a, b); });
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
  std::vector<int> units(repo.units.size());
  for (int u = 0; u < static_cast<int>(units.size()); ++u) units[u] = u;
  std::sort(units.begin(), units.end(), [&](int a, int b) { return sibling_less(repo, a, b); });
  std::vector<char> seen(repo.units.size(), 0);
  std::vector<std::pair<int, int>> out;
  for (int u : units) {
    if (is_root(repo, u)) walk(u, children, seen, out);
  }
  // Units in a parent cycle have no root above them: each is taken as one.
  for (int u : units) {
    if (!seen[u]) walk(u, children, seen, out);
  }
  return out;
}

std::vector<int> tree_parents(const std::vector<std::pair<int, int>>& tree) {
  std::vector<int> parents(tree.size(), -1);
  std::vector<int> open;  // the rows above the current one, one a depth
  for (std::size_t r = 0; r < tree.size(); ++r) {
    const auto depth = static_cast<std::size_t>(std::max(0, tree[r].second));
    if (open.size() > depth) open.resize(depth);
    parents[r] = open.empty() ? -1 : open.back();
    open.push_back(static_cast<int>(r));
  }
  return parents;
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
  // Sub-units, as rows, linked from the parent the walk took them under.
  const auto parents = tree_parents(tree);
  for (std::size_t r = 0; r < out.size(); ++r) {
    if (parents[r] >= 0) out[parents[r]].children.push_back(static_cast<int>(r));
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
