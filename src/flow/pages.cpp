// A procedure split into pages of `rows_per_page` steps; an arrow between
// two pages becomes a pair of off-page connectors (A, B, …): an outgoing one
// in a strip below the source page's last row, an incoming one in a strip
// above the target page's first row, one connector a slot. A decision's
// end markers come last, after the connectors below.
#include <algorithm>

#include "layout.hpp"

namespace tatakerja::flow::detail {

namespace {

// A, B, …, Z, AA, AB, …
std::string letter_of(int n) {
  std::string out;
  for (++n; n > 0; n = (n - 1) / 26) out.insert(out.begin(), static_cast<char>('A' + (n - 1) % 26));
  return out;
}

struct CrossPage {
  const Way* way = nullptr;
  std::string mark;
};

struct PagePlan {
  int first_step = 0;
  int step_count = 0;
  std::vector<const Way*> inner;
  std::vector<CrossPage> incoming, outgoing;
};

class PageBuilder {
 public:
  PageBuilder(const model::Sop& sop, const std::vector<int>& lane_of_step,
              const LayoutOptions& options, const Metrics& metrics)
      : sop_(sop), lane_of_step_(lane_of_step), options_(options), metrics_(metrics) {}

  PageDraft build(const PagePlan& plan) {
    PageDraft draft;
    auto& page = draft.page;
    for (const auto& in : plan.incoming)
      add_connector(draft, lane_of_step_[in.way->to], -1, in.mark);
    page.strip_above = page.height;
    for (int r = 0; r < plan.step_count; ++r) add_step(draft, plan.first_step + r);
    const int after_rows = page.height;
    const int below_row = static_cast<int>(page.rows.size());
    for (const auto& out : plan.outgoing)
      add_connector(draft, lane_of_step_[out.way->from], below_row, out.mark);
    page.strip_below = page.height - after_rows;

    const int above = static_cast<int>(plan.incoming.size());
    auto node_of = [&](int step) { return above + step - plan.first_step; };
    int end_markers = static_cast<int>(page.nodes.size());
    for (const Way* way : plan.inner) {
      if (way->to_end) {
        add_end_marker(draft, node_of(way->from));
        add_edge(page, node_of(way->from), end_markers++, *way, true);
      } else {
        add_edge(page, node_of(way->from), node_of(way->to), *way, true);
      }
    }
    for (int k = 0; k < above; ++k)
      add_edge(page, k, node_of(plan.incoming[k].way->to), *plan.incoming[k].way, false);
    for (std::size_t k = 0; k < plan.outgoing.size(); ++k) {
      const auto* way = plan.outgoing[k].way;
      add_edge(page, node_of(way->from), above + plan.step_count + static_cast<int>(k), *way, true);
    }
    return draft;
  }

 private:
  const model::Sop& sop_;
  const std::vector<int>& lane_of_step_;
  const LayoutOptions& options_;
  const Metrics& metrics_;

  void add_connector(PageDraft& draft, int lane, int row, const std::string& mark) {
    Node node;
    node.shape = Shape::Connector;
    node.lane = lane;
    node.row = row;
    node.mark = mark;
    shape_node(node, options_.connector_prefix + mark, metrics_);
    const int height = node.box.height + 2 * metrics_.strip_padding;
    place(draft, std::move(node), height);
  }

  void add_step(PageDraft& draft, int step) {
    Node node;
    node.shape = shape_of_step(sop_, step);
    node.step = step;
    node.lane = lane_of_step_[step];
    node.row = static_cast<int>(draft.page.rows.size());
    if (options_.shape_text == model::ShapeText::None) {
      shape_empty(node, metrics_);
    } else {
      shape_node(node, shape_label(sop_.steps[step], options_.shape_text), metrics_);
    }
    int height = std::max(options_.min_row_height, node.box.height + 2 * metrics_.row_padding);
    if (static_cast<std::size_t>(step) < options_.row_heights.size()) {
      height = std::max(height, options_.row_heights[step]);
    }
    draft.page.rows.push_back({step, draft.page.height, height});
    place(draft, std::move(node), height);
  }

  // A decision's end marker: a small capsule in the decision's row, centred
  // on the same height (routing decides where it goes across).
  void add_end_marker(PageDraft& draft, int decision) {
    const auto& from = draft.page.nodes[decision];
    Node node;
    node.shape = Shape::Terminal;
    node.end_marker = true;
    node.step = from.step;
    node.lane = from.lane;
    node.row = from.row;
    shape_end_marker(node, options_.end_label, metrics_);
    node.box.y = centre_y(from) - node.box.height / 2;
    draft.slot_end.push_back(draft.slot_end[decision]);
    draft.page.nodes.push_back(std::move(node));
  }

  // Puts `node` in a new slot of `height` at the bottom of the page.
  static void place(PageDraft& draft, Node node, int height) {
    auto& page = draft.page;
    node.box.y = page.height + (height - node.box.height) / 2;
    page.height += height;
    draft.slot_end.push_back(page.height);
    page.nodes.push_back(std::move(node));
  }

  static void add_edge(Page& page, int from, int to, const Way& way, bool labelled) {
    Edge edge;
    edge.from = from;
    edge.to = to;
    edge.kind = way.kind;
    if (labelled) edge.label = way.label;
    page.edges.push_back(std::move(edge));
  }
};

std::vector<PagePlan> plan_pages(const model::Sop& sop, const std::vector<Way>& ways,
                                 int per_page) {
  const int count = static_cast<int>(sop.steps.size());
  const int pages = std::max(1, (count + per_page - 1) / per_page);
  std::vector<PagePlan> plans(pages);
  for (int p = 0; p < pages; ++p) {
    plans[p].first_step = p * per_page;
    plans[p].step_count = std::min(per_page, count - p * per_page);
  }
  int marks = 0;
  for (const auto& way : ways) {
    const int from = way.from / per_page, to = way.to / per_page;
    if (from == to) {
      plans[from].inner.push_back(&way);
      continue;
    }
    const auto mark = letter_of(marks++);
    plans[from].outgoing.push_back({&way, mark});
    plans[to].incoming.push_back({&way, mark});
  }
  return plans;
}

}  // namespace

std::vector<PageDraft> paginate(const model::Sop& sop, const std::vector<Way>& ways,
                                const std::vector<int>& lane_of_step, const LayoutOptions& options,
                                const Metrics& metrics) {
  const int count = static_cast<int>(sop.steps.size());
  const int per_page = options.rows_per_page > 0 ? options.rows_per_page : std::max(1, count);
  PageBuilder builder(sop, lane_of_step, options, metrics);
  std::vector<PageDraft> drafts;
  for (const auto& plan : plan_pages(sop, ways, per_page)) drafts.push_back(builder.build(plan));
  return drafts;
}

}  // namespace tatakerja::flow::detail
