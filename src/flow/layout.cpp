// layout(): lanes, arrows, pages, routes; then the lanes' x, the same on
// every page, once the channels' widths (tracks, end markers) are known.
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
    node.box.x = lane.x + (lane.width - node.box.width) / 2;
  }
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
  channels.lanes_end = channels.left_width;
  for (auto& lane : diagram.lanes) {
    lane.x = channels.lanes_end;
    lane.width = metrics.lane_width;
    channels.lanes_end += lane.width;
  }
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
