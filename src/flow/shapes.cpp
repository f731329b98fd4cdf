// The shapes of the flowchart, sized around their wrapped labels, and
// where their borders are. Every label fits inside its shape: a process
// inside its rectangle less a padding, a terminal between its rounded ends,
// a decision inside the rectangle inscribed in its diamond, a connector
// inside the square part of its pentagon.
#include <algorithm>
#include <cmath>

#include "layout.hpp"
#include "tatakerja/flow/text.hpp"

namespace tatakerja::flow::detail {

namespace {

constexpr int kTextPadding = 4;  // between a label and its shape's side
constexpr int kMaxTerminalRadius = 13;
// A terminal's label starts 6 px below its top, where the rounded end is
// 13 - sqrt(13² - 7²) = 2.05 px in from the side: lines keep 3 px more.
constexpr int kTerminalInset = 3;
constexpr double kConnectorSide = 0.6;  // the pentagon's straight sides, of its height

int even_up(int value) {
  return value + (value & 1);
}

int text_height(const Node& node, const Metrics& m) {
  return static_cast<int>(node.lines.size()) * m.line_height;
}

void shape_process(Node& node, std::string_view text, const Metrics& m) {
  node.box.width = m.shape_width;
  node.lines = wrap(text, m.shape_width - 2 * kTextPadding, m.font_px);
  node.box.height = even_up(std::max(30, text_height(node, m) + 12));
}

void shape_terminal(Node& node, std::string_view text, const Metrics& m) {
  node.box.width = m.shape_width;
  node.lines = wrap(text, m.shape_width - 2 * (kTextPadding + kTerminalInset), m.font_px);
  node.box.height = even_up(std::max(2 * kMaxTerminalRadius, text_height(node, m) + 12));
}

// Whether wrapping `text` to `width` breaks a word inside it.
bool breaks_a_word(std::string_view text, double width, int font_px) {
  for (std::size_t start = 0; start < text.size();) {
    std::size_t end = text.find(' ', start);
    if (end == std::string_view::npos) end = text.size();
    if (text_width(text.substr(start, end - start), font_px) > width) return true;
    start = end + 1;
  }
  return false;
}

// The text rectangle's corner (f·a, t) lies inside the diamond of half
// sizes a, b when f + t/b <= 1: for each share f of the width, the height
// that needs; the lowest that breaks no word wins (else the lowest).
void shape_decision(Node& node, std::string_view text, const Metrics& m) {
  const int half_width = m.lane_width / 2 - 4;
  node.box.width = 2 * half_width;
  node.box.height = 0;
  bool broken = true;
  for (const double share : {0.5, 0.55, 0.6, 0.65, 0.7, 0.75}) {
    const double text_width = 2 * half_width * share - 2 * kTextPadding;
    auto lines = wrap(text, text_width, m.font_px);
    const double half_text = static_cast<double>(lines.size()) * m.line_height / 2 + 2;
    const int height =
        even_up(std::max(40, 2 * static_cast<int>(std::ceil(half_text / (1 - share)))));
    const bool breaks = breaks_a_word(text, text_width, m.font_px);
    if (node.box.height == 0 || (broken && !breaks) ||
        (breaks == broken && height < node.box.height)) {
      node.box.height = height;
      node.lines = std::move(lines);
      broken = breaks;
    }
  }
}

void shape_connector(Node& node, std::string_view text, const Metrics& m) {
  const int width = static_cast<int>(std::ceil(text_width(text, m.font_px))) + 2 * kTextPadding + 2;
  node.box.width = even_up(std::clamp(width, 30, m.shape_width));
  node.lines = wrap(text, node.box.width - 2 * kTextPadding, m.font_px);
  const double square = text_height(node, m) + 6;
  node.box.height = even_up(std::max(30, static_cast<int>(std::ceil(square / kConnectorSide))));
}

}  // namespace

void shape_node(Node& node, std::string_view text, const Metrics& metrics) {
  switch (node.shape) {
    case Shape::Terminal:
      return shape_terminal(node, text, metrics);
    case Shape::Process:
      return shape_process(node, text, metrics);
    case Shape::Decision:
      return shape_decision(node, text, metrics);
    case Shape::Connector:
      return shape_connector(node, text, metrics);
  }
}

// Small and empty: a rectangle or capsule four letters wide and two high,
// a diamond a little larger.
void shape_empty(Node& node, const Metrics& m) {
  node.lines.clear();
  const int unit = m.font_px;
  if (node.shape == Shape::Decision) {
    node.box.width = even_up(5 * unit);
    node.box.height = even_up(3 * unit + 2);
  } else {
    node.box.width = even_up(4 * unit + 4);
    node.box.height = even_up(2 * unit + 4);
  }
  node.box.width = std::min(node.box.width, m.shape_width);
}

// A decision's end marker: as narrow as its label allows (one line when it
// fits in the shape width), as low as a capsule goes.
void shape_end_marker(Node& node, std::string_view text, const Metrics& m) {
  const int inner = 2 * (kTextPadding + kTerminalInset);
  const int width = static_cast<int>(std::ceil(text_width(text, m.font_px))) + inner + 2;
  node.box.width = std::min(even_up(std::max(width, 2 * kMaxTerminalRadius + 14)), m.shape_width);
  node.lines = wrap(text, node.box.width - inner, m.font_px);
  node.box.height = even_up(std::max(2 * kMaxTerminalRadius, text_height(node, m) + 12));
}

int centre_x(const Node& node) {
  return node.box.x + node.box.width / 2;
}
int centre_y(const Node& node) {
  return node.box.y + node.box.height / 2;
}

int text_centre_y(const Node& node) {
  if (node.shape != Shape::Connector) return centre_y(node);
  return node.box.y + static_cast<int>(node.box.height * kConnectorSide / 2);
}

int terminal_radius(const Node& node) {
  return std::min(node.box.height / 2, kMaxTerminalRadius);
}

int side_x(const Node& node, int dy, bool right) {
  const double half_width = node.box.width / 2.0;
  const double half_height = node.box.height / 2.0;
  const double d = std::min<double>(std::abs(dy), half_height);
  double inset = 0;
  if (node.shape == Shape::Decision) {
    inset = half_width * d / half_height;
  } else if (node.shape == Shape::Terminal) {
    const double r = terminal_radius(node);
    const double e = std::clamp(d - (half_height - r), 0.0, r);
    inset = r - std::sqrt(r * r - e * e);
  } else if (node.shape == Shape::Connector && dy > 0) {
    const double straight = node.box.height * kConnectorSide - half_height;
    const double slope = node.box.height * (1 - kConnectorSide);
    inset = std::max(0.0, (dy - straight) / slope) * half_width;
  }
  const int offset = static_cast<int>(std::lround(half_width - std::min(inset, half_width)));
  return right ? centre_x(node) + offset : centre_x(node) - offset;
}

}  // namespace tatakerja::flow::detail
