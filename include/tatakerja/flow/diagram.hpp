// The flowchart of one SOP, laid out (handbook.md, "An SOP in the SOP AP
// layout"): a pure function from an SOP to shapes and arrows with
// coordinates, which the SVG back-end draws and the HTML book lays over its
// procedure table.
//
// Geometry: one column a lane (pelaksana), one row a step in order; units are
// CSS px (SVG user units), integers, origin at the top left of the page. A
// page is the lanes side by side (Lane::x, Lane::width), and nothing else:
// the Pelaksana group of the SOP AP table holds the lane columns only
// (handbook.md). Arrows that skip rows run in the lanes' margins, beside
// the shapes: forward jumps down the first lane's left margin, loops up
// the last lane's right margin (Lane::margin_left, Lane::margin_right:
// widened for their tracks, 0 when none); the margins are as wide on every
// page of a diagram. From top to bottom: a strip of incoming connectors
// (Page::strip_above high, 0 when none), the rows (Row::y, Row::height), a
// strip of outgoing connectors (Page::strip_below). A table drawn under the
// chart gives the strips an empty row each, and its lane columns
// Lane::width each.
//
// A long procedure is split into pages of `rows_per_page` steps joined by
// off-page connectors (pentagons): each arrow from one page to another
// becomes an outgoing connector below the source page's rows and an
// incoming one above the target page's rows, both marked with the same
// letter (A, B, …, Z, AA, …), one connector a slot of its strip.
//
// Where the procedure ends: a step whose flow goes on to `end` (`next: end`,
// or the last step) is itself an end, a capsule with no arrow out (a
// decision stays a diamond). A decision's way to `end` goes, horizontally
// from the diamond's side vertex, to a small capsule of its own (an end
// marker, Node::end_marker) in the same row: in the lane next to the
// decision's when no channel arrow leaves or enters the decision on that
// side (the right lane first, then the left), else in the outer margin
// beyond the tracks (the last lane's right one first; the first lane's
// left one only when both ways end).
// It is never drawn into another step's shape.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "tatakerja/glossary/terms.hpp"
#include "tatakerja/model/repository.hpp"

namespace tatakerja::flow {

// The only symbols Permenpan-RB 35/2012 allows: a capsule for the start and
// each end (the first step, the last, a step that goes on to `end`, a
// decision's end marker), a rectangle for a process, a diamond for a
// decision, and the off-page connector.
enum class Shape { Terminal, Process, Decision, Connector };

struct Point {
  int x = 0;
  int y = 0;
  friend bool operator==(const Point&, const Point&) = default;
};

struct Box {
  int x = 0;
  int y = 0;
  int width = 0;
  int height = 0;
};

struct Node {
  Shape shape = Shape::Process;
  int step = -1;  // index into Sop::steps; -1 for a connector; an end
                  // marker: its decision's step
  int lane = 0;   // index into Diagram::lanes; an end marker in an outer
                  // margin: its decision's lane (the box lies outside it, in
                  // the first or the last lane's margin)
  int row = 0;    // index into the page's rows; a connector: -1 above the
                  // rows, rows.size() below them
  Box box;
  std::vector<std::string> lines;  // the label, wrapped to fit the shape
  std::string mark;                // a connector's letter (A, B, …), the same on both pages
  // A decision's way to `end`: a small Terminal (LayoutOptions::end_label)
  // in the decision's row, not a step of its own. End markers come after
  // every other node of the page; in_channel: it lies in an outer lane's
  // margin beyond the tracks, not in the lane next to its decision.
  bool end_marker = false;
  bool in_channel = false;
};

enum class EdgeKind {
  Next,  // a process step to the step it goes on to
  Yes,   // a decision's first way
  No,    // a decision's second way
};

struct Edge {
  int from = 0;  // node indices within the page
  int to = 0;
  EdgeKind kind = EdgeKind::Next;
  bool back = false;  // a loop: goes up (or to itself), along the last
                      // lane's right margin; an arrow to another page is two arrows
                      // down, to and from connectors, never `back`
  // Orthogonal polyline: the first point on the source's border, the last on
  // the target's border (where the arrowhead is drawn).
  std::vector<Point> points;
  std::optional<std::string> label;  // a decision's way label
  Point label_at;                    // where the label starts, on its baseline (drawn at font_px)
};

struct Lane {
  std::string name;  // the position's or role's name, or the external actor
  int x = 0;
  int width = 0;  // the margins included
  // The tracks of arrows that skip rows, beside the shapes (0 when none):
  // the shapes are centred in the rest of the lane.
  int margin_left = 0;
  int margin_right = 0;
  bool external = false;
};

struct Row {
  int step = -1;  // index into Sop::steps
  int y = 0;      // in the page (the first row's y is strip_above)
  int height = 0;
};

struct Page {
  int width = 0;        // the lanes
  int height = 0;       // strip_above + the rows' heights + strip_below
  int strip_above = 0;  // the incoming connectors' strip, above the rows
  int strip_below = 0;  // the outgoing connectors' strip, below the rows
  std::vector<Row> rows;
  std::vector<Node> nodes;
  std::vector<Edge> edges;
};

struct Diagram {
  std::vector<Lane> lanes;
  std::vector<Page> pages;  // one, unless split by rows_per_page
  int font_px = 10;         // the labels' font size, as laid out
  int line_height = 13;     // between the baselines of a label's lines
};

struct LayoutOptions {
  int rows_per_page = 0;   // 0: one page, however long
  int lane_width = 120;    // px
  int font_px = 10;        // the labels' font size
  int min_row_height = 0;  // every row at least this tall
  // Per step (index into Sop::steps), the height the procedure table's text
  // of that row needs; rows are at least this tall so that the chart stays
  // aligned with the table. Missing entries count as 0.
  std::vector<int> row_heights;
  std::string yes = glossary::kIndonesian.yes;  // a decision's way labels when it gives none
  std::string no = glossary::kIndonesian.no;
  std::string end_label = glossary::kIndonesian.end;  // a decision's end marker ("End" in English)
  std::string connector_prefix;  // text before a connector's letter (e.g. "Hal. ")
  // The text inside a step's symbol (handbook.shape_text): all of it
  // (Full), its first words (Short, first_words() of kShortChars), or none
  // (None: small, empty symbols; the table's Kegiatan column holds the
  // text, as in the regulation's own examples). Connectors and end markers
  // keep their labels.
  model::ShapeText shape_text = model::ShapeText::Full;
};

// How many code points `shape_text: short` keeps of a step's text.
inline constexpr std::size_t kShortChars = 24;

// The laid-out flowchart of `sop`. Unresolved actors get a lane of their own
// text; unresolved flow targets draw no arrow; `end` is never drawn into a
// step (see "Where the procedure ends" above). Deterministic: the same SOP
// and options give the same diagram.
Diagram layout(const model::Repository& repo, const model::Sop& sop, const LayoutOptions& options);

// The lane names of `sop` in order (lanes:, else first appearance): a
// Position's name, an external actor's text, or the unresolved actor text.
std::vector<Lane> lanes_of(const model::Repository& repo, const model::Sop& sop);

}  // namespace tatakerja::flow
