// The flowchart layout's stages, private to src/flow: lanes, the arrows
// between steps, shapes, pages and routes. layout() in layout.cpp runs
// them in order.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "tatakerja/flow/diagram.hpp"

namespace tatakerja::flow::detail {

// Sizes derived from the options, in px.
struct Metrics {
  int lane_width = 120;
  int font_px = 10;
  int line_height = 13;    // of a wrapped label
  int shape_width = 100;   // a step's shape: the lane less a margin each side
  int row_padding = 14;    // above and below a step's shape
  int strip_padding = 10;  // above and below a connector in its strip
  int port_offset = 8;     // between arrows that leave or enter one side
  int track_gap = 8;       // between the vertical tracks of a side channel
  int channel_margin = 6;  // between the outermost track and the page's edge
};
Metrics metrics_of(const LayoutOptions& options);

// lanes.cpp: the lanes, and the lane of each step (by its actor; a step
// without an actor goes into a lane without a name).
struct LaneAssignment {
  std::vector<Lane> lanes;
  std::vector<int> lane_of_step;
};
LaneAssignment assign_lanes(const model::Repository& repo, const model::Sop& sop);

// ways.cpp: the arrows between steps, in step order (a step's first way,
// then a decision's "Tidak"); a process step's `end` draws no arrow (the
// step is a capsule), a decision's `end` is a way to an end marker of its
// own (to_end, `to` is the decision itself); unresolved targets dropped.
struct Way {
  int from = 0;  // step indices
  int to = 0;
  EdgeKind kind = EdgeKind::Next;
  std::optional<std::string> label;
  bool to_end = false;
};
std::vector<Way> ways_of(const model::Sop& sop, const LayoutOptions& options);

// What the text back-ends (dot.cpp, mermaid.cpp) draw: the lanes, each
// lane's steps in order, the ways, and the steps with a way to an end
// marker of their own.
struct TextGraph {
  LaneAssignment lanes;
  std::vector<std::vector<int>> steps_of_lane;
  std::vector<Way> ways;
  std::vector<char> ends;
};
TextGraph text_graph(const model::Repository& repo, const model::Sop& sop,
                     const LayoutOptions& options);
// A step's shape: a decision's diamond, else a capsule for the first and the
// last step and for one that goes on to `end`, else a rectangle; its text: the question of a
// decision, else (`decision: true`, or no question) the activity.
Shape shape_of_step(const model::Sop& sop, int step);
std::string_view step_text(const model::Step& step);
// What a step's symbol shows of its text, by LayoutOptions::shape_text.
std::string shape_label(const model::Step& step, model::ShapeText shape_text);

// shapes.cpp: a node's shape sized around its wrapped text (box width and
// height, lines); where its border is.
void shape_node(Node& node, std::string_view text, const Metrics& metrics);
// A step's symbol without text (shape_text none): small, as the
// regulation's examples draw them.
void shape_empty(Node& node, const Metrics& metrics);
void shape_end_marker(Node& node, std::string_view text, const Metrics& metrics);
int centre_x(const Node& node);
int centre_y(const Node& node);
int text_centre_y(const Node& node);  // where the lines are centred
int terminal_radius(const Node& node);
// The x of the node's left (or right) border at y = centre_y + dy.
int side_x(const Node& node, int dy, bool right);

// pages.cpp: the pages with their rows, nodes (sized, in their lane, at
// their y; x not yet known) and edges (no points yet). Node order is the
// vertical order: connectors above, steps, connectors below; `slot_end`
// holds each node's slot's bottom y.
struct PageDraft {
  Page page;
  std::vector<int> slot_end;
};
std::vector<PageDraft> paginate(const model::Sop& sop, const std::vector<Way>& ways,
                                const std::vector<int>& lane_of_step, const LayoutOptions& options,
                                const Metrics& metrics);

// routing.cpp: which way each edge goes (down to the next slot, or along
// the left or right channel; a decision's way to its end marker straight
// out of a side), with tracks; then the points, once the lanes' x are known.
enum class Route { Straight, Left, Right, EndLeft, EndRight };
struct EdgePlan {
  Route route = Route::Straight;
  int exit_dy = 0;          // from the source's centre y
  int entry_dy = 0;         // from the target's centre y
  int track = 0;            // in its channel, 0 nearest the lanes
  bool in_channel = false;  // an end route: its marker lies in the side
                            // channel, beyond the tracks (else in the lane
                            // next to the decision's)
};
struct RoutePlan {
  std::vector<EdgePlan> edges;
  int left_tracks = 0;
  int right_tracks = 0;
};
RoutePlan plan_routes(const Page& page, int lane_count, const Metrics& metrics);
struct Channels {
  int left_width = 0;   // the first lane's left margin: its shapes start here
  int lanes_end = 0;    // the last lane's shapes end here, where its right
                        // margin (the right channel) starts
  int left_tracks = 0;  // of the whole diagram
  int right_tracks = 0;
};
// The widths the side channels need for the end markers in them (0 when
// none), given the diagram's tracks and the lanes' total width.
struct ChannelWidths {
  int left = 0;
  int right = 0;
};
ChannelWidths end_marker_widths(const Page& page, const RoutePlan& plan, const Channels& tracks,
                                int lanes_width, const Metrics& metrics);
// The end markers' lane and x, once the steps' x are known.
void place_end_markers(Page& page, const RoutePlan& plan, const std::vector<Lane>& lanes,
                       const Channels& channels, const Metrics& metrics);
void draw_routes(Page& page, const std::vector<int>& slot_end, const RoutePlan& plan,
                 const Channels& channels, const Metrics& metrics);

}  // namespace tatakerja::flow::detail
