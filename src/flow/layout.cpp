// layout(): lanes, arrows, pages, routes; then the lanes' x, the same on
// every page, once the outer margins' widths (tracks, end markers) are
// known: the first lane's left margin and the last lane's right margin hold
// the side channels, so no column is ever added beside the lanes.
#include "layout.hpp"

#include <algorithm>

namespace tatakerja::flow {

namespace detail {

Metrics metrics_of(const LayoutOptions& options) {
  Metrics m;
  m.font_px = std::max(4, options.font_px);
  m.line_height = (m.font_px * 13 + 9) / 10;
  m.lane_width = std::max(options.lane_width, 4 * m.font_px + 20);
  m.shape_width = (m.lane_width - 20) & ~1;
  m.row_padding = m.font_px + 4;
  m.strip_padding = m.font_px;
  return m;
}

namespace {

int channel_width(int tracks, const Metrics& m) {
  return tracks == 0 ? 0 : tracks * m.track_gap + m.channel_margin;
}

void place_nodes(Page& page, const std::vector<Lane>& lanes) {
  for (auto& node : page.nodes) {
    if (node.end_marker) continue;  // place_end_markers()
    const auto& lane = lanes[node.lane];
    const int inner = lane.width - lane.margin_left - lane.margin_right;
    node.box.x = lane.x + lane.margin_left + (inner - node.box.width) / 2;
  }
}

// The lanes side by side, the outer margins widened for the channels.
void place_lanes(std::vector<Lane>& lanes, Channels& channels, int right_width, const Metrics& m) {
  int x = 0;
  for (auto& lane : lanes) {
    lane.x = x;
    lane.width = m.lane_width;
    x += lane.width;
  }
  channels.lanes_end = x + channels.left_width;
  if (lanes.empty()) return;
  lanes.front().margin_left = channels.left_width;
  lanes.back().margin_right = right_width;
  lanes.front().width += channels.left_width;
  lanes.back().width += right_width;
  for (std::size_t i = 1; i < lanes.size(); ++i) lanes[i].x += channels.left_width;
}

}  // namespace

}  // namespace detail

Diagram layout(const model::Repository& repo, const model::Sop& sop, const LayoutOptions& options) {
  using namespace detail;
  const auto metrics = metrics_of(options);
  auto assignment = assign_lanes(repo, sop);
  const auto ways = ways_of(sop, options);
  auto drafts = paginate(sop, ways, assignment.lane_of_step, options, metrics);

  const int lane_count = static_cast<int>(assignment.lanes.size());
  std::vector<RoutePlan> plans;
  plans.reserve(drafts.size());
  Channels channels;
  for (const auto& draft : drafts) {
    plans.push_back(plan_routes(draft.page, lane_count, metrics));
    channels.left_tracks = std::max(channels.left_tracks, plans.back().left_tracks);
    channels.right_tracks = std::max(channels.right_tracks, plans.back().right_tracks);
  }
  channels.left_width = channel_width(channels.left_tracks, metrics);
  int right_width = channel_width(channels.right_tracks, metrics);
  for (std::size_t p = 0; p < drafts.size(); ++p) {
    const auto widths = end_marker_widths(drafts[p].page, plans[p], channels,
                                          lane_count * metrics.lane_width, metrics);
    channels.left_width = std::max(channels.left_width, widths.left);
    right_width = std::max(right_width, widths.right);
  }

  Diagram diagram;
  diagram.lanes = std::move(assignment.lanes);
  diagram.font_px = metrics.font_px;
  diagram.line_height = metrics.line_height;
  place_lanes(diagram.lanes, channels, right_width, metrics);
  const int width = channels.lanes_end + right_width;
  for (std::size_t p = 0; p < drafts.size(); ++p) {
    auto& page = drafts[p].page;
    page.width = width;
    place_nodes(page, diagram.lanes);
    place_end_markers(page, plans[p], diagram.lanes, channels, metrics);
    draw_routes(page, drafts[p].slot_end, plans[p], channels, metrics);
    diagram.pages.push_back(std::move(page));
  }
  return diagram;
}

}  // namespace tatakerja::flow
