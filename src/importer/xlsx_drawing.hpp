// Shapes drawn on a sheet (xl/drawings/drawingN.xml), placed in the cell
// they are anchored in: the lane symbols of an SOP AP procedure table.
#pragma once

#include <map>
#include <string>
#include <string_view>

#include "tatakerja/importer/sheet.hpp"
#include "tatakerja/importer/xml.hpp"
#include "tatakerja/importer/zip.hpp"

namespace tatakerja::importer {

// The relationships of `part` (id -> part name inside the archive).
std::map<std::string, std::string> read_relationships(ZipReader& zip, const std::string& part);

// Marks the cells of `sheet` that hold a flowchart shape.
void read_drawing_symbols(ZipReader& zip, const XmlElement& sheet_root,
                          const std::string& sheet_part, Sheet& sheet);

// A DrawingML preset geometry (`flowChartDecision`, `diamond`, ...) as a symbol.
Symbol symbol_of_geometry(std::string_view preset);

}  // namespace tatakerja::importer
