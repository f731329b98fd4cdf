// Orthogonal arrows that never cross a shape, given one shape a slot (row
// or connector):
// - to the next slot: out of the source's bottom, along the slots' boundary
//   when the lane changes, into the target's top;
// - further down: out of the source's left side, down a track of the left
//   channel, into the target's left side;
// - up (a loop), or to itself: the same along the right channel;
// - a decision's way to `end`: straight out of its side vertex into its end
//   marker, in the same row: in the next lane on a side where no channel
//   arrow leaves or enters the decision (right, then left), else in the
//   side channel beyond the tracks (right; left for a second end way).
// The side channels are the first lane's left margin and the last lane's
// right margin (layout.cpp widens them): never a column of their own.
// A horizontal part only ever runs within its source's or target's slot, at
// a height where that slot holds nothing but that shape, or on a boundary
// between slots; vertical parts run in the channels or in a slot's padding.
// Each channel arrow has a track of its own while it runs (interval
// colouring), so no two vertical parts overlap.
#include <algorithm>
#include <cmath>
#include <functional>
#include <queue>
#include <utility>

#include "layout.hpp"
#include "tatakerja/flow/text.hpp"

namespace tatakerja::flow::detail {

namespace {

struct SidePorts {
  int exits = 0;
  bool entries = false;
};

struct NodePorts {
  SidePorts left, right;
};

int port_step(const Node& node, const Metrics& m) {
  return std::max(1, std::min(m.port_offset, node.box.height / 4));
}

Route route_of(const Edge& edge, std::vector<char>& bottom_used) {
  if (edge.to == edge.from + 1 && !bottom_used[edge.from]) {
    bottom_used[edge.from] = 1;
    return Route::Straight;
  }
  return edge.to > edge.from ? Route::Left : Route::Right;
}

bool is_end(Route route) {
  return route == Route::EndLeft || route == Route::EndRight;
}

bool is_left(Route route) {
  return route == Route::Left || route == Route::EndLeft;
}

// Exits on one side leave at the centre (an end route first: its marker is
// centred there), then above it; entries arrive at the centre, or below it
// when arrows also leave from that side.
void assign_ports(const Page& page, RoutePlan& plan, const Metrics& m) {
  std::vector<NodePorts> ports(page.nodes.size());
  auto side = [&](int node, Route route) -> SidePorts& {
    return is_left(route) ? ports[node].left : ports[node].right;
  };
  for (const bool ends : {true, false}) {
    for (std::size_t i = 0; i < page.edges.size(); ++i) {
      auto& p = plan.edges[i];
      if (p.route == Route::Straight || is_end(p.route) != ends) continue;
      const auto& e = page.edges[i];
      p.exit_dy = -port_step(page.nodes[e.from], m) * side(e.from, p.route).exits++;
      if (!ends) side(e.to, p.route).entries = true;
    }
  }
  for (std::size_t i = 0; i < page.edges.size(); ++i) {
    auto& p = plan.edges[i];
    const auto& e = page.edges[i];
    if (p.route != Route::Straight && !is_end(p.route) && side(e.to, p.route).exits > 0) {
      p.entry_dy = port_step(page.nodes[e.to], m);
    }
  }
}

// Where each decision's end markers go. A channel arrow at the decision
// runs across its row's lanes on its side, so the next lane on that side is
// free for a marker only without one; the side channel, beyond the tracks,
// always is. Each side takes one marker at most.
void plan_end_routes(const Page& page, RoutePlan& plan, int lane_count) {
  const auto n = page.nodes.size();
  std::vector<char> left_busy(n, 0), right_busy(n, 0);
  for (std::size_t i = 0; i < page.edges.size(); ++i) {
    const auto route = plan.edges[i].route;
    if (route != Route::Left && route != Route::Right) continue;
    auto& busy = route == Route::Left ? left_busy : right_busy;
    busy[page.edges[i].from] = busy[page.edges[i].to] = 1;
  }
  std::vector<char> left_taken(n, 0), right_taken(n, 0);
  for (std::size_t i = 0; i < page.edges.size(); ++i) {
    if (!page.nodes[page.edges[i].to].end_marker) continue;
    auto& p = plan.edges[i];
    const int from = page.edges[i].from;
    const int lane = page.nodes[from].lane;
    if (!right_taken[from] && !right_busy[from] && lane + 1 < lane_count) {
      p.route = Route::EndRight;
    } else if (!left_taken[from] && !left_busy[from] && lane > 0) {
      p.route = Route::EndLeft;
    } else {
      p.route = right_taken[from] ? Route::EndLeft : Route::EndRight;
      p.in_channel = true;
    }
    (p.route == Route::EndLeft ? left_taken : right_taken)[from] = 1;
  }
}

// Interval colouring: by start, each arrow takes the lowest track free over
// its whole vertical extent (ends included). Returns the number of tracks.
int assign_tracks(const Page& page, RoutePlan& plan, Route channel) {
  std::vector<std::pair<std::pair<int, int>, std::size_t>> spans;
  for (std::size_t i = 0; i < page.edges.size(); ++i) {
    if (plan.edges[i].route != channel) continue;
    const auto& e = page.edges[i];
    const int y1 = centre_y(page.nodes[e.from]) + plan.edges[i].exit_dy;
    const int y2 = centre_y(page.nodes[e.to]) + plan.edges[i].entry_dy;
    spans.push_back({{std::min(y1, y2), std::max(y1, y2)}, i});
  }
  std::sort(spans.begin(), spans.end());
  using Busy = std::pair<int, int>;  // end, track
  std::priority_queue<Busy, std::vector<Busy>, std::greater<>> busy;
  std::priority_queue<int, std::vector<int>, std::greater<>> free;
  int tracks = 0;
  for (const auto& [span, i] : spans) {
    while (!busy.empty() && busy.top().first < span.first) {
      free.push(busy.top().second);
      busy.pop();
    }
    int track = tracks;
    if (free.empty()) {
      ++tracks;
    } else {
      track = free.top();
      free.pop();
    }
    plan.edges[i].track = track;
    busy.push({span.second, track});
  }
  return tracks;
}

int label_width(const Edge& edge, const Metrics& m) {
  return static_cast<int>(std::ceil(text_width(*edge.label, m.font_px)));
}

void place_label(Edge& edge, Route route, int page_width, const Metrics& m) {
  if (!edge.label) return;
  const Point from = edge.points.front();
  const int width = label_width(edge, m);
  if (route == Route::Straight) {
    edge.label_at = {from.x + 4, from.y + m.font_px + 1};
    return;
  }
  int x = is_left(route) ? from.x - 3 - width : from.x + 3;
  x = std::max(0, std::min(x, page_width - width));
  edge.label_at = {x, from.y - 3};
}

std::vector<Point> straight_points(const Node& from, const Node& to, int boundary) {
  const Point out{centre_x(from), from.box.y + from.box.height};
  const Point in{centre_x(to), to.box.y};
  if (out.x == in.x) return {out, in};
  return {out, {out.x, boundary}, {in.x, boundary}, in};
}

std::vector<Point> channel_points(const Node& from, const Node& to, const EdgePlan& p,
                                  int track_x) {
  const bool right = p.route == Route::Right;
  const Point out{side_x(from, p.exit_dy, right), centre_y(from) + p.exit_dy};
  const Point in{side_x(to, p.entry_dy, right), centre_y(to) + p.entry_dy};
  return {out, {track_x, out.y}, {track_x, in.y}, in};
}

// Between a label and the end marker beyond it.
constexpr int kLabelGap = 4;

// The x of a decision's side vertex, were its lanes to start at 0.
int vertex_in_lanes(const Node& decision, bool right, const Metrics& m) {
  Node at = decision;
  at.box.x = decision.lane * m.lane_width + (m.lane_width - decision.box.width) / 2;
  return side_x(at, 0, right);
}

// The room an end route's label takes beyond the vertex, up to the marker.
int label_room(const Edge& edge, const Metrics& m) {
  return edge.label ? 3 + label_width(edge, m) + kLabelGap : kLabelGap;
}

}  // namespace

RoutePlan plan_routes(const Page& page, int lane_count, const Metrics& metrics) {
  RoutePlan plan;
  plan.edges.resize(page.edges.size());
  std::vector<char> bottom_used(page.nodes.size(), 0);
  for (std::size_t i = 0; i < page.edges.size(); ++i) {
    if (page.nodes[page.edges[i].to].end_marker) continue;
    plan.edges[i].route = route_of(page.edges[i], bottom_used);
  }
  plan_end_routes(page, plan, lane_count);
  assign_ports(page, plan, metrics);
  plan.left_tracks = assign_tracks(page, plan, Route::Left);
  plan.right_tracks = assign_tracks(page, plan, Route::Right);
  return plan;
}

ChannelWidths end_marker_widths(const Page& page, const RoutePlan& plan, const Channels& tracks,
                                int lanes_width, const Metrics& m) {
  ChannelWidths widths;
  for (std::size_t i = 0; i < page.edges.size(); ++i) {
    const auto& p = plan.edges[i];
    if (!is_end(p.route) || !p.in_channel) continue;
    const auto& edge = page.edges[i];
    const auto& from = page.nodes[edge.from];
    const int w = page.nodes[edge.to].box.width;
    const int room = label_room(edge, m);
    if (p.route == Route::EndRight) {
      // Beyond the outermost track, and beyond the label.
      const int beyond = std::max(m.track_gap * (tracks.right_tracks + 1),
                                  vertex_in_lanes(from, true, m) + room - lanes_width);
      widths.right = std::max(widths.right, beyond + w + m.channel_margin);
    } else {
      const int before =
          std::max(m.track_gap * (tracks.left_tracks + 1), room - vertex_in_lanes(from, false, m));
      widths.left = std::max(widths.left, before + w + m.channel_margin);
    }
  }
  return widths;
}

void place_end_markers(Page& page, const RoutePlan& plan, const std::vector<Lane>& lanes,
                       const Channels& channels, const Metrics& m) {
  for (std::size_t i = 0; i < page.edges.size(); ++i) {
    const auto& p = plan.edges[i];
    if (!is_end(p.route)) continue;
    const auto& edge = page.edges[i];
    const auto& from = page.nodes[edge.from];
    auto& marker = page.nodes[edge.to];
    const bool right = p.route == Route::EndRight;
    const int w = marker.box.width;
    const int room = label_room(edge, m);
    const int vertex = side_x(from, 0, right);
    marker.in_channel = p.in_channel;
    if (p.in_channel) {
      // Beyond the outermost track, and beyond the label.
      if (right) {
        const int tracks_end = channels.lanes_end + m.track_gap * (channels.right_tracks + 1);
        marker.box.x = std::max(tracks_end, vertex + room);
      } else {
        const int tracks_start = channels.left_width - m.track_gap * (channels.left_tracks + 1);
        marker.box.x = std::min(tracks_start, vertex - room) - w;
      }
      continue;
    }
    // Centred in the next lane, unless the label needs the room; never
    // out of the lane.
    marker.lane = from.lane + (right ? 1 : -1);
    const auto& lane = lanes[marker.lane];
    const int left = lane.x + lane.margin_left;  // the lane less its tracks
    const int inner = lane.width - lane.margin_left - lane.margin_right;
    const int centred = left + (inner - w) / 2;
    const int x = right ? std::max(centred, vertex + room) : std::min(centred, vertex - room - w);
    marker.box.x = std::clamp(x, left + 2, left + inner - w - 2);
  }
}

void draw_routes(Page& page, const std::vector<int>& slot_end, const RoutePlan& plan,
                 const Channels& channels, const Metrics& metrics) {
  for (std::size_t i = 0; i < page.edges.size(); ++i) {
    auto& edge = page.edges[i];
    const auto& p = plan.edges[i];
    const auto& from = page.nodes[edge.from];
    const auto& to = page.nodes[edge.to];
    const int gap = metrics.track_gap * (p.track + 1);
    switch (p.route) {
      case Route::Straight:
        edge.points = straight_points(from, to, slot_end[edge.from]);
        break;
      case Route::Left:
        edge.points = channel_points(from, to, p, channels.left_width - gap);
        break;
      case Route::Right:
        edge.points = channel_points(from, to, p, channels.lanes_end + gap);
        break;
      case Route::EndLeft:
      case Route::EndRight: {
        const bool right = p.route == Route::EndRight;
        const int y = centre_y(from) + p.exit_dy;
        edge.points = {{side_x(from, p.exit_dy, right), y},
                       {side_x(to, y - centre_y(to), !right), y}};
        break;
      }
    }
    edge.back = p.route == Route::Right;
    place_label(edge, p.route, page.width, metrics);
  }
}

}  // namespace tatakerja::flow::detail
