#include "xlsx_drawing.hpp"

#include <charconv>
#include <map>

#include "tatakerja/importer/error.hpp"

namespace tatakerja::importer {

Symbol symbol_of_geometry(std::string_view preset) {
  if (preset == "flowChartDecision" || preset == "diamond") return Symbol::Decision;
  if (preset == "flowChartTerminator" || preset == "roundRect" || preset == "ellipse" ||
      preset == "flowChartAlternateProcess") {
    return Symbol::Terminator;
  }
  if (preset == "flowChartOffpageConnector" || preset == "flowChartConnector" ||
      preset == "homePlate") {
    return Symbol::Connector;
  }
  return Symbol::Process;
}

namespace {

std::uint32_t number_in(const XmlElement* e) {
  if (!e) return 0;
  std::uint32_t n = 0;
  const auto& t = e->text;
  const auto [p, ec] = std::from_chars(t.data(), t.data() + t.size(), n);
  return ec == std::errc{} && p == t.data() + t.size() && n < Limits::kRows ? n : 0;
}

// The first preset geometry of a shape (or a group's first shape).
std::string preset_of(const XmlElement& anchor) {
  std::vector<const XmlElement*> geometries;
  anchor.find_all("prstGeom", geometries);
  return geometries.empty() ? "" : geometries.front()->attribute_or("prst");
}

bool is_line(std::string_view preset) {
  return preset == "line" || preset.starts_with("straightConnector") ||
         preset.starts_with("bentConnector") || preset.starts_with("curvedConnector") ||
         preset.ends_with("Arrow");
}

using CellIndex = std::map<std::pair<std::uint32_t, std::uint32_t>, std::size_t>;

void place(Sheet& sheet, CellIndex& index, std::uint32_t row, std::uint32_t column, Symbol symbol) {
  const auto [it, added] = index.try_emplace({row, column}, sheet.cells.size());
  if (added) {
    if (sheet.cells.size() >= Limits::kCells) throw Refused("too many shapes on a sheet");
    sheet.cells.push_back(make_cell(row, column, {}));
  }
  sheet.cells[it->second].symbol = symbol;
}

}  // namespace

void read_drawing_symbols(ZipReader& zip, const XmlElement& sheet_root,
                          const std::string& sheet_part, Sheet& sheet) {
  const auto* drawing = sheet_root.child("drawing");
  if (!drawing) return;
  const auto rels = read_relationships(zip, sheet_part);
  const auto target = rels.find(drawing->attribute_or("r:id"));
  if (target == rels.end()) return;
  const auto bytes = zip.read(target->second);
  if (!bytes) return;
  const auto root = parse_xml(*bytes, target->second);
  CellIndex index;
  for (std::size_t i = 0; i < sheet.cells.size(); ++i) {
    index.try_emplace({sheet.cells[i].row, sheet.cells[i].column}, i);
  }
  for (const auto& anchor : root.children) {
    if (anchor.name != "twoCellAnchor" && anchor.name != "oneCellAnchor") continue;
    const auto* from = anchor.child("from");
    if (!from || (!anchor.child("sp") && !anchor.child("grpSp"))) continue;  // arrows are cxnSp
    const std::string preset = preset_of(anchor);
    if (preset.empty() || is_line(preset)) continue;
    std::uint32_t row = number_in(from->child("row")), col = number_in(from->child("col"));
    if (const auto* to = anchor.child("to")) {  // the cell under the shape's middle
      row = (row + number_in(to->child("row"))) / 2;
      col = (col + number_in(to->child("col"))) / 2;
    }
    place(sheet, index, row + 1, col + 1, symbol_of_geometry(preset));
  }
}

}  // namespace tatakerja::importer
