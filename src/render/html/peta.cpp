// The Peta Jabatan of the HTML book: its own landscape page(s), one inline
// SVG a chart (peta_layout splits a chart too wide for the page), and a
// legend of what each line says.
#include "../peta.hpp"

#include <fmt/format.h>

#include <sstream>

#include "html.hpp"

namespace tatakerja::render::html {

void write_peta(std::string& out, const Context& c, std::ostream& os) {
  const auto units = peta_units(c.book);
  if (units.empty()) return;
  const PetaLayoutOptions options;
  const auto charts = peta_layout(peta_nodes(c.book, units), options);
  out += fmt::format("<section class=\"chapter peta landscape\" id=\"{}\">\n<h2>", kPetaAnchor);
  esc(out, c.l.position_map);
  out += "</h2>\n<p class=\"muted\">";
  esc(out, c.l.map_legend);
  out += "</p>\n";
  for (const auto& chart : charts) {
    std::ostringstream svg;
    write_peta_svg(chart, options, c.l.position_map, svg);
    out += "<div class=\"peta-chart\">\n";
    out += svg.str();
    out += "</div>\n";
    flush(out, os);
  }
  out += "</section>\n";
  flush(out, os);
}

}  // namespace tatakerja::render::html
