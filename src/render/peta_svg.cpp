// One chart of the Peta Jabatan as inline SVG: the connectors, then each
// box with its unit's name (bold, centred) and its positions one a line; a
// vacant position in red, a box whose positions are all vacant dashed. No
// script, no external reference, no font but generic families; every text
// from the YAML goes through util::xml_escape.
#include <fmt/format.h>

#include <algorithm>

#include "peta.hpp"
#include "tatakerja/util/xml.hpp"

namespace tatakerja::render {

namespace {

constexpr const char* kFonts = "DejaVu Sans, Liberation Sans, Arial, sans-serif";
constexpr const char* kVacant = "#c00000";
constexpr int kContinuation = 8;  // as the layout indents a name's later lines

int baseline(int top, int line_height) {
  return top + (3 * line_height + 2) / 4;
}

void write_box(const PetaBox& b, const PetaLayoutOptions& o, std::ostream& out) {
  const bool all_vacant = !b.lines.empty() && std::all_of(b.lines.begin(), b.lines.end(),
                                                          [](const auto& l) { return l.vacant; });
  out << fmt::format(R"(<rect x="{}" y="{}" width="{}" height="{}" fill="#ffffff" stroke="{}"{}/>)",
                     b.x, b.y, b.width, b.height, all_vacant ? kVacant : "#000000",
                     all_vacant ? R"( stroke-dasharray="4 3")" : "")
      << '\n';
  int top = b.y + o.padding;
  const int cx = b.x + b.width / 2;
  if (!b.title.empty()) {
    out << fmt::format(R"(<text x="{}" text-anchor="middle" font-weight="bold" font-size="{}">)",
                       cx, o.font_px + 1);
    for (const auto& line : b.title) {
      out << fmt::format(R"(<tspan x="{}" y="{}">{}</tspan>)", cx, baseline(top, o.line_height),
                         util::xml_escape(line));
      top += o.line_height;
    }
    out << "</text>\n";
  }
  if (b.lines.empty()) return;
  top += o.padding / 2;
  out << fmt::format(R"(<path d="M{},{}H{}" fill="none" stroke="#999999"/>)", b.x, top,
                     b.x + b.width)
      << '\n';
  top += o.padding / 2;
  const int left = b.x + o.padding;
  const int right = b.x + b.width - o.padding;
  for (const auto& line : b.lines) {
    const std::string fill = line.vacant ? fmt::format(R"( fill="{}")", kVacant) : std::string();
    if (!line.figures.empty()) {
      out << fmt::format(R"(<text x="{}" y="{}" text-anchor="end"{}>{}</text>)", right,
                         baseline(top, o.line_height), fill, util::xml_escape(line.figures))
          << '\n';
    }
    out << fmt::format(R"(<text x="{}"{}>)", left, fill);
    for (std::size_t k = 0; k < line.text.size(); ++k) {
      const int x = left + (k == 0 ? 0 : kContinuation);
      out << fmt::format(R"(<tspan x="{}" y="{}">{}</tspan>)", x, baseline(top, o.line_height),
                         util::xml_escape(line.text[k]));
      top += o.line_height;
    }
    out << "</text>\n";
  }
}

}  // namespace

void write_peta_svg(const PetaChart& chart, const PetaLayoutOptions& options,
                    std::string_view title, std::ostream& out) {
  // A pixel of margin so that the outer strokes are not cut.
  const int w = chart.width + 2, h = chart.height + 2;
  out << fmt::format(
             R"(<svg class="peta" width="{}" height="{}" viewBox="-1 -1 {} {}" font-family="{}" font-size="{}" role="img">)",
             w, h, w, h, kFonts, options.font_px)
      << '\n';
  out << "<title>" << util::xml_escape(title) << "</title>\n";
  if (!chart.connectors.empty()) {
    out << R"(<g fill="none" stroke="#000000">)" << '\n';
    for (const auto& c : chart.connectors) {
      std::string d;
      for (std::size_t k = 0; k < c.points.size(); ++k) {
        d += fmt::format("{}{},{}", k == 0 ? "M" : "L", c.points[k].first, c.points[k].second);
      }
      out << fmt::format(R"(<path d="{}"/>)", d) << '\n';
    }
    out << "</g>\n";
  }
  out << R"(<g fill="#000000" stroke="none">)" << '\n';
  for (const auto& b : chart.boxes) write_box(b, options, out);
  out << "</g>\n</svg>\n";
}

}  // namespace tatakerja::render
