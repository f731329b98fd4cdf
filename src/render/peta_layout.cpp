// The Peta Jabatan's layout: a tidy tree of boxes with integer px
// coordinates. Each subtree is a block; a unit's children's blocks stand
// side by side in tree order, gap_x apart, and the unit's box is centred
// over its first and last child, so no two subtrees ever overlap. A unit
// whose children's row is wider than the page has them stacked in rows
// instead, indented right of a trunk that runs down their left side.
#include <algorithm>
#include <cmath>

#include "peta.hpp"
#include "tatakerja/flow/text.hpp"

namespace tatakerja::render {

namespace {

constexpr double kFiguresGap = 8;    // between a position's name and its figures
constexpr double kContinuation = 8;  // the indent of a name's later lines

struct Block {
  int width = 0, height = 0;
  std::vector<PetaBox> boxes;  // the block's root first
  std::vector<PetaConnector> connectors;
};

class Layout {
 public:
  Layout(const std::vector<PetaNode>& nodes, const PetaLayoutOptions& o) : nodes_(nodes), o_(o) {
    children_.resize(nodes.size());
    for (std::size_t n = 0; n < nodes.size(); ++n) {
      if (nodes[n].parent >= 0 && nodes[n].parent < static_cast<int>(n)) {
        children_[nodes[n].parent].push_back(static_cast<int>(n));
      } else {
        roots_.push_back(static_cast<int>(n));
      }
    }
    depth_.assign(nodes.size(), 0);
    for (std::size_t n = 0; n < nodes.size(); ++n) {
      boxes_.push_back(measure(static_cast<int>(n)));
      const int parent = nodes[n].parent;
      if (parent >= 0 && parent < static_cast<int>(n)) depth_[n] = depth_[parent] + 1;
      if (level_height_.size() <= static_cast<std::size_t>(depth_[n]))
        level_height_.resize(depth_[n] + 1);
      level_height_[depth_[n]] = std::max(level_height_[depth_[n]], boxes_.back().height);
    }
  }

  const std::vector<int>& roots() const { return roots_; }

  // `room`: the width the block may take when wrapping (0: no wrapping).
  Block place(int n, int room) const {
    Block block;
    PetaBox box = boxes_[n];
    std::vector<Block> kids;
    for (int c : children_[n]) kids.push_back(place(c, room));
    if (kids.empty()) {
      block.width = box.width;
      block.height = box.height;
      block.boxes.push_back(std::move(box));
      return block;
    }
    int row_width = side_by_side_width(kids);
    if (room > 0 && row_width > room) {
      // Rows right of the trunk: each child gets the room that is left.
      kids.clear();
      for (int c : children_[n]) kids.push_back(place(c, std::max(1, room - o_.indent)));
      return place_rows(std::move(box), std::move(kids), room);
    }
    // One row under the level of the box, the box centred over its first
    // and last child.
    const int level = level_height_[depth_[n]];
    const int child_top = level + o_.gap_y;
    std::vector<int> kid_x;
    int x = 0;
    for (const auto& k : kids) {
      kid_x.push_back(x);
      x += k.width + o_.gap_x;
    }
    const int first = kid_x.front() + centre(kids.front().boxes.front());
    const int last = kid_x.back() + centre(kids.back().boxes.front());
    box.x = (first + last) / 2 - box.width / 2;
    const int shift = std::max(0, -box.x);  // a box wider than its children
    box.x += shift;
    block.width = std::max(box.x + box.width, row_width + shift);
    const int parent_x = box.x + box.width / 2;
    const int bus_y = level + o_.gap_y / 2;
    block.height = box.height;
    block.boxes.push_back(box);
    for (std::size_t k = 0; k < kids.size(); ++k) {
      const int from = 0;
      const int to = static_cast<int>(block.boxes.size());
      const int cx = kid_x[k] + shift + centre(kids[k].boxes.front());
      block.connectors.push_back(
          {from, to,
           tidy({{parent_x, box.height}, {parent_x, bus_y}, {cx, bus_y}, {cx, child_top}})});
      absorb(block, std::move(kids[k]), kid_x[k] + shift, child_top);
    }
    return block;
  }

  // Forest: the blocks of the top-level units side by side, unconnected.
  PetaChart chart(const std::vector<int>& roots, bool wrap) const {
    Block all;
    int x = 0;
    for (int r : roots) {
      auto b = place(r, wrap ? std::max(1, o_.max_width) : 0);
      const int w = b.width;
      absorb(all, std::move(b), x, 0);
      x += w + o_.gap_x;
    }
    all.width = std::max(0, x - o_.gap_x);
    PetaChart chart;
    chart.width = all.width;
    chart.height = all.height;
    chart.boxes = std::move(all.boxes);
    chart.connectors = std::move(all.connectors);
    return chart;
  }

 private:
  static int centre(const PetaBox& b) { return b.x + b.width / 2; }

  int side_by_side_width(const std::vector<Block>& kids) const {
    int w = 0;
    for (const auto& k : kids) w += k.width;
    return w + o_.gap_x * static_cast<int>(kids.size() - 1);
  }

  // Rows of children as wide as the page allows (at least one each), under
  // the box; a trunk at indent/2 joins the rows.
  Block place_rows(PetaBox box, std::vector<Block> kids, int width) const {
    Block block;
    const int trunk_x = o_.indent / 2;
    const int room = std::max(1, width - o_.indent);
    auto rows = fill_rows(kids, room, kids.size());
    // As many children a row as the fullest row needs, so that the rows are
    // even (5 children in two rows: 3 and 2, not 4 and 1).
    const std::size_t even = (kids.size() + rows.size() - 1) / rows.size();
    if (auto balanced = fill_rows(kids, room, even); balanced.size() == rows.size()) {
      rows = std::move(balanced);
    }
    int widest = 0;
    for (const auto& row : rows) {
      int w = 0;
      for (auto k : row) w += kids[k].width;
      widest = std::max(widest, w + o_.gap_x * static_cast<int>(row.size() - 1));
    }
    block.width = std::max(box.width, o_.indent + widest);
    box.x = (block.width - box.width) / 2;
    const int parent_x = box.x + box.width / 2;
    const int first_bus = box.height + o_.gap_y / 2;
    block.height = box.height;
    block.boxes.push_back(box);
    int top = box.height + o_.gap_y;
    for (const auto& row : rows) {
      const int bus = top - o_.gap_y / 2;
      int x = o_.indent;
      int row_height = 0;
      for (auto k : row) {
        const int cx = x + centre(kids[k].boxes.front());
        const int to = static_cast<int>(block.boxes.size());
        block.connectors.push_back({0, to,
                                    tidy({{parent_x, box.height},
                                          {parent_x, first_bus},
                                          {trunk_x, first_bus},
                                          {trunk_x, bus},
                                          {cx, bus},
                                          {cx, top}})});
        row_height = std::max(row_height, kids[k].height);
        const int w = kids[k].width;
        absorb(block, std::move(kids[k]), x, top);
        x += w + o_.gap_x;
      }
      top += row_height + o_.gap_y;
    }
    return block;
  }

  // Children into rows in order, at most `per_row` a row and no wider
  // than `room` (a row holds at least one).
  std::vector<std::vector<std::size_t>> fill_rows(const std::vector<Block>& kids, int room,
                                                  std::size_t per_row) const {
    std::vector<std::vector<std::size_t>> rows(1);
    int used = 0;
    for (std::size_t k = 0; k < kids.size(); ++k) {
      const int need = kids[k].width + (rows.back().empty() ? 0 : o_.gap_x);
      if (!rows.back().empty() && (used + need > room || rows.back().size() >= per_row)) {
        rows.emplace_back();
        used = 0;
      }
      used += kids[k].width + (rows.back().empty() ? 0 : o_.gap_x);
      rows.back().push_back(k);
    }
    return rows;
  }

  // Moves `part` into `into` at (dx, dy).
  static void absorb(Block& into, Block part, int dx, int dy) {
    const int base = static_cast<int>(into.boxes.size());
    for (auto& b : part.boxes) {
      b.x += dx;
      b.y += dy;
      into.boxes.push_back(std::move(b));
    }
    for (auto& c : part.connectors) {
      c.from += base;
      c.to += base;
      for (auto& [x, y] : c.points) {
        x += dx;
        y += dy;
      }
      into.connectors.push_back(std::move(c));
    }
    into.width = std::max(into.width, dx + part.width);
    into.height = std::max(into.height, dy + part.height);
  }

  // Without repeated points and without points in the middle of a straight run.
  static std::vector<std::pair<int, int>> tidy(std::vector<std::pair<int, int>> points) {
    std::vector<std::pair<int, int>> out;
    for (const auto& p : points) {
      if (!out.empty() && out.back() == p) continue;
      if (out.size() >= 2) {
        const auto& a = out[out.size() - 2];
        const auto& b = out.back();
        if ((a.first == b.first && b.first == p.first) ||
            (a.second == b.second && b.second == p.second)) {
          out.back() = p;
          continue;
        }
      }
      out.push_back(p);
    }
    return out;
  }

  double title_px() const { return o_.font_px + 1; }
  // Bold text measured as regular text a tenth larger.
  double bold_px() const { return title_px() * 1.1; }

  PetaBox measure(int n) const {
    const auto& node = nodes_[n];
    double natural = flow::text_width(node.title, bold_px());
    for (const auto& line : node.lines) {
      natural = std::max(natural, flow::text_width(line.text, o_.font_px) + kFiguresGap +
                                      flow::text_width(line.figures, o_.font_px));
    }
    PetaBox box;
    box.node = n;
    box.width = std::clamp(static_cast<int>(std::ceil(natural)) + 2 * o_.padding + 1,
                           o_.min_box_width, std::max(o_.min_box_width, o_.box_width));
    const double inner = box.width - 2 * o_.padding;
    box.title = flow::wrap(node.title, inner, bold_px());
    std::size_t rows = box.title.size();
    for (const auto& line : node.lines) {
      // The name wraps left of the figures; its later lines are indented.
      const double room =
          std::max(inner / 2, inner - kFiguresGap - flow::text_width(line.figures, o_.font_px));
      auto text = flow::wrap(line.text, room, o_.font_px);
      if (text.size() > 1) {
        if (line.text.starts_with(text.front())) {
          const auto rest = flow::wrap(std::string_view(line.text).substr(text.front().size()),
                                       room - kContinuation, o_.font_px);
          text.resize(1);
          text.insert(text.end(), rest.begin(), rest.end());
        } else {  // white space collapsed: every line as narrow as the later ones
          text = flow::wrap(line.text, room - kContinuation, o_.font_px);
        }
      }
      if (text.empty()) text.emplace_back();
      rows += text.size();
      box.lines.push_back({std::move(text), line.figures, line.vacant});
    }
    box.height = 2 * o_.padding + static_cast<int>(rows) * o_.line_height +
                 (node.lines.empty() ? 0 : o_.padding);
    return box;
  }

  const std::vector<PetaNode>& nodes_;
  const PetaLayoutOptions& o_;
  std::vector<std::vector<int>> children_;
  std::vector<int> roots_;
  std::vector<PetaBox> boxes_;
  std::vector<int> depth_;         // 0 for a top-level unit
  std::vector<int> level_height_;  // the tallest box of each depth
};

}  // namespace

std::vector<PetaChart> peta_layout(const std::vector<PetaNode>& nodes,
                                   const PetaLayoutOptions& options) {
  std::vector<PetaChart> charts;
  if (nodes.empty()) return charts;
  const Layout layout(nodes, options);
  auto whole = layout.chart(layout.roots(), false);
  if (whole.width <= options.max_width) {
    charts.push_back(std::move(whole));
    return charts;
  }
  for (int r : layout.roots()) {
    auto one = layout.chart({r}, false);
    if (one.width > options.max_width) one = layout.chart({r}, true);
    charts.push_back(std::move(one));
  }
  return charts;
}

}  // namespace tatakerja::render
