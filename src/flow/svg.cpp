// One page of a laid-out flowchart as SVG: inline in the handbook's HTML
// (the chart lies over the procedure table's lane columns, so it draws its
// own light grid), or a file of its own with a band of lane names on top.
// No script, no external reference, no font but generic families; every
// text from the YAML goes through util::xml_escape.
#include <fmt/format.h>

#include <algorithm>

#include "layout.hpp"
#include "tatakerja/flow/output.hpp"
#include "tatakerja/flow/text.hpp"
#include "tatakerja/util/xml.hpp"

namespace tatakerja::flow {

namespace {

using detail::centre_x;
using detail::text_centre_y;

constexpr const char* kFonts = "DejaVu Sans, Liberation Sans, Arial, sans-serif";

// An id that is a valid XML name whatever the caller gives.
std::string marker_id(const std::string& prefix) {
  std::string id = prefix.empty() ? "flow-" : prefix;
  for (char& c : id) {
    const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                    c == '-' || c == '_';
    if (!ok) c = '_';
  }
  if (!(id[0] >= 'a' && id[0] <= 'z') && !(id[0] >= 'A' && id[0] <= 'Z')) id = "f" + id;
  return id + "arrow";
}

// Lines centred on x, around y, one <tspan> a line.
void write_lines(const std::vector<std::string>& lines, int x, int y, int line_height,
                 std::ostream& out) {
  if (lines.empty()) return;
  const int top = y - static_cast<int>(lines.size()) * line_height / 2;
  out << fmt::format(R"(<text x="{}" text-anchor="middle" fill="#000000" stroke="none">)", x);
  for (std::size_t k = 0; k < lines.size(); ++k) {
    const int baseline = top + static_cast<int>(k) * line_height + (3 * line_height + 2) / 4;
    out << fmt::format(R"(<tspan x="{}" y="{}">{}</tspan>)", x, baseline,
                       util::xml_escape(lines[k]));
  }
  out << "</text>\n";
}

void write_shape(const Node& node, int line_height, std::ostream& out) {
  const auto& b = node.box;
  const int cx = centre_x(node);
  switch (node.shape) {
    case Shape::Terminal: {
      const int r = detail::terminal_radius(node);
      out << fmt::format(R"(<rect x="{}" y="{}" width="{}" height="{}" rx="{}" ry="{}"/>)", b.x,
                         b.y, b.width, b.height, r, r);
      break;
    }
    case Shape::Process:
      out << fmt::format(R"(<rect x="{}" y="{}" width="{}" height="{}"/>)", b.x, b.y, b.width,
                         b.height);
      break;
    case Shape::Decision:
      out << fmt::format(R"(<polygon points="{},{} {},{} {},{} {},{}"/>)", cx, b.y, b.x + b.width,
                         b.y + b.height / 2, cx, b.y + b.height, b.x, b.y + b.height / 2);
      break;
    case Shape::Connector: {
      const int side = b.y + b.height * 3 / 5;
      out << fmt::format(R"(<polygon points="{},{} {},{} {},{} {},{} {},{}"/>)", b.x, b.y,
                         b.x + b.width, b.y, b.x + b.width, side, cx, b.y + b.height, b.x, side);
      break;
    }
  }
  out << '\n';
  write_lines(node.lines, cx, text_centre_y(node), line_height, out);
}

void write_edge(const Edge& edge, const std::string& marker, std::ostream& out) {
  if (edge.points.size() < 2) return;
  std::string d;
  for (const auto& p : edge.points) d += fmt::format("{}{},{}", d.empty() ? "M" : " L", p.x, p.y);
  out << fmt::format(R"~(<path d="{}" fill="none" marker-end="url(#{})"/>)~", d, marker) << '\n';
  if (!edge.label) return;
  out << fmt::format(R"(<text x="{}" y="{}" stroke="none">{}</text>)", edge.label_at.x,
                     edge.label_at.y, util::xml_escape(*edge.label))
      << '\n';
}

// Lane separators, and a light line between rows (and round the strips).
void write_grid(const Diagram& diagram, const Page& page, std::ostream& out) {
  std::string lanes, rows;
  for (const auto& lane : diagram.lanes) lanes += fmt::format("M{},0V{}", lane.x, page.height);
  if (!diagram.lanes.empty()) {
    const auto& last = diagram.lanes.back();
    lanes += fmt::format("M{},0V{}", last.x + last.width, page.height);
  }
  const int left = diagram.lanes.empty() ? 0 : diagram.lanes.front().x;
  const int right = diagram.lanes.empty() ? 0 : diagram.lanes.back().x + diagram.lanes.back().width;
  for (const auto& row : page.rows) {
    if (row.y > 0) rows += fmt::format("M{},{}H{}", left, row.y, right);
  }
  if (page.strip_below > 0)
    rows += fmt::format("M{},{}H{}", left, page.height - page.strip_below, right);
  if (!rows.empty())
    out << fmt::format(R"(<path d="{}" fill="none" stroke="#d9d9d9"/>)", rows) << '\n';
  if (!lanes.empty())
    out << fmt::format(R"(<path d="{}" fill="none" stroke="#999999"/>)", lanes) << '\n';
}

// The band of lane names above a standalone chart; returns its height.
int header_height(const Diagram& diagram) {
  std::size_t lines = 1;
  for (const auto& lane : diagram.lanes) {
    lines = std::max(lines, wrap(lane.name, lane.width - 8, diagram.font_px).size());
  }
  return static_cast<int>(lines) * diagram.line_height + 12;
}

void write_header(const Diagram& diagram, const Page& page, int height, std::ostream& out) {
  out << fmt::format(R"(<rect x="0" y="0" width="{}" height="{}" fill="#f2f2f2" stroke="none"/>)",
                     page.width, height)
      << '\n';
  for (const auto& lane : diagram.lanes) {
    write_lines(wrap(lane.name, lane.width - 8, diagram.font_px), lane.x + lane.width / 2,
                height / 2, diagram.line_height, out);
  }
}

}  // namespace

void write_svg(const Diagram& diagram, const Page& page, const SvgOptions& options,
               std::ostream& out) {
  const int top = options.standalone ? header_height(diagram) : 0;
  const int height = top + page.height;
  const auto marker = marker_id(options.id_prefix);
  if (options.standalone) out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
  out << fmt::format(
      R"(<svg{} width="{}" height="{}" viewBox="0 0 {} {}" font-family="{}" font-size="{}">)",
      options.standalone ? R"( xmlns="http://www.w3.org/2000/svg")" : "", page.width, height,
      page.width, height, kFonts, diagram.font_px);
  out << '\n';
  if (!options.title.empty()) out << "<title>" << util::xml_escape(options.title) << "</title>\n";
  out << fmt::format(
      R"(<defs><marker id="{}" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" )"
      R"(markerHeight="7" orient="auto"><path d="M0,0L10,5L0,10z"/></marker></defs>)",
      marker);
  out << '\n';
  if (options.standalone) write_header(diagram, page, top, out);
  out << fmt::format(R"~(<g transform="translate(0,{})">)~", top) << '\n';
  write_grid(diagram, page, out);
  out << R"(<g fill="#ffffff" stroke="#000000">)" << '\n';
  for (const auto& node : page.nodes) write_shape(node, diagram.line_height, out);
  out << "</g>\n<g fill=\"#000000\" stroke=\"#000000\">\n";
  for (const auto& edge : page.edges) write_edge(edge, marker, out);
  out << "</g>\n</g>\n</svg>\n";
}

}  // namespace tatakerja::flow
