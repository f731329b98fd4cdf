// The Peta Jabatan of the Markdown book. A git host shows no inline SVG
// reliably, so the map is the unit tree as a nested list: each unit (bold),
// its positions under it with kelas jabatan, B/K and ±, then its sub-units.
// An empty name is "-", never an empty emphasis.
#include "../peta.hpp"

#include <fmt/format.h>

#include "markdown.hpp"

namespace tatakerja::render::md {

void write_peta(std::ostream& out, const Context& c) {
  const auto units = peta_units(c.book);
  if (units.empty()) return;
  out << "<a id=\"" << kPetaAnchor << "\"></a>\n\n## " << c.l.position_map << "\n\n"
      << c.l.map_legend << "\n\n";
  std::vector<int> depth(units.size(), 0);
  for (std::size_t u = 0; u < units.size(); ++u) {
    if (units[u].parent >= 0) depth[u] = depth[units[u].parent] + 1;
    const std::string indent(4 * static_cast<std::size_t>(depth[u]), ' ');
    const std::string name = units[u].unit >= 0
                                 ? inline_text(c.repo.units[units[u].unit].name.value)
                                 : std::string(c.l.no_unit);
    out << indent << "- " << (name.empty() ? std::string(c.l.none) : "**" + name + "**") << '\n';
    for (const auto& p : units[u].positions) {
      out << indent << "    - "
          << position_link(c, p.position, c.repo.positions[p.position].name.value) << ' '
          << inline_text(peta_figures(p, c.l)) << '\n';
    }
  }
  out << '\n';
}

}  // namespace tatakerja::render::md
