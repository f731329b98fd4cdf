// The Word reader (WordprocessingML): every table at the body's top level
// as a sheet ("table 1", "table 2", ...), with horizontal merges
// (`gridSpan`) and vertical ones (`vMerge`) as merged ranges, each cell's
// paragraphs as lines of text, and the flowchart shape drawn in a cell
// (DrawingML `prstGeom`, or a VML shape) as its symbol.
#include <fmt/format.h>

#include <map>

#include "tatakerja/importer/error.hpp"
#include "tatakerja/importer/read.hpp"
#include "tatakerja/importer/xml.hpp"
#include "tatakerja/importer/zip.hpp"
#include "xlsx_drawing.hpp"

namespace tatakerja::importer {

namespace {

bool is_drawing(const XmlElement& e) {
  return e.name == "drawing" || e.name == "pict" || e.name == "AlternateContent" ||
         e.name == "object";
}

// Text of runs (`t`, `tab`, `br`), outside drawings (a shape's own text
// box is the shape's, not the cell's).
void run_text(const XmlElement& e, std::string& out) {
  for (const auto& c : e.children) {
    if (is_drawing(c) || c.name == "tbl") continue;
    if (c.name == "t") {
      out += c.text;
    } else if (c.name == "tab") {
      out += ' ';
    } else if (c.name == "br") {
      out += '\n';
    } else {
      run_text(c, out);
    }
  }
}

std::string cell_text(const XmlElement& tc) {
  std::string out;
  for (const auto* p : tc.children_named("p")) {
    std::string line;
    run_text(*p, line);
    if (!out.empty()) out += '\n';
    out += line;
  }
  while (!out.empty() && out.back() == '\n') out.pop_back();
  return out;
}

// VML shape types (`#_x0000_t110`) of the flowchart symbols.
Symbol symbol_of_vml(const XmlElement& e) {
  const std::string type = e.attribute_or("type");
  if (e.name == "roundrect" || e.name == "oval" || type.ends_with("t116"))
    return Symbol::Terminator;
  if (type.ends_with("t110") || type.ends_with("t4")) return Symbol::Decision;
  if (type.ends_with("t177")) return Symbol::Connector;
  return Symbol::Process;
}

Symbol cell_symbol(const XmlElement& tc) {
  std::vector<const XmlElement*> found;
  tc.find_all("prstGeom", found);
  for (const auto* g : found) {
    const std::string preset = g->attribute_or("prst");
    if (preset != "line" && !preset.ends_with("Arrow") &&
        preset.find("Connector1") == std::string::npos && !preset.starts_with("bentConnector")) {
      return symbol_of_geometry(preset);
    }
  }
  for (const char* vml : {"shape", "rect", "roundrect", "oval"}) {
    found.clear();
    tc.find_all(vml, found);
    if (!found.empty()) return symbol_of_vml(*found.front());
  }
  return Symbol::None;
}

std::uint32_t grid_span(const XmlElement& tc) {
  const auto* pr = tc.child("tcPr");
  const auto* span = pr ? pr->child("gridSpan") : nullptr;
  if (!span) return 1;
  const std::string v = span->attribute_or("w:val", "1");
  std::uint32_t n = 0;
  for (char c : v) {
    if (c < '0' || c > '9' || n > 1000) return 1;
    n = n * 10 + static_cast<std::uint32_t>(c - '0');
  }
  return n == 0 ? 1 : n;
}

// "restart", "continue" or "" (no vertical merge).
std::string vertical_merge(const XmlElement& tc) {
  const auto* pr = tc.child("tcPr");
  const auto* vm = pr ? pr->child("vMerge") : nullptr;
  if (!vm) return "";
  return vm->attribute_or("w:val", "continue");
}

Sheet read_table(const XmlElement& tbl, std::size_t number) {
  Sheet sheet = named_sheet(fmt::format("table {}", number));
  std::uint32_t row = 0;
  std::map<std::uint32_t, std::size_t> open_merges;  // column -> the last merge starting there
  for (const auto* tr : tbl.children_named("tr")) {
    if (++row > Limits::kRows) throw Refused(fmt::format("table {}: too many rows", number));
    std::uint32_t column = 1;
    for (const auto* tc : tr->children_named("tc")) {
      const std::uint32_t span = grid_span(*tc);
      const std::string vmerge = vertical_merge(*tc);
      if (vmerge == "continue") {
        const auto open = open_merges.find(column);
        if (open != open_merges.end() && sheet.merges[open->second].last_row + 1 == row) {
          sheet.merges[open->second].last_row = row;
        }
      } else {
        Cell cell = make_cell(row, column, cell_text(*tc));
        cell.symbol = cell_symbol(*tc);
        if (!cell.text.empty() || cell.symbol != Symbol::None) {
          if (sheet.cells.size() >= Limits::kCells) throw Refused("a table with too many cells");
          sheet.cells.push_back(std::move(cell));
        }
        if (span > 1 || vmerge == "restart") {
          sheet.merges.push_back(Merge{row, column, row, column + span - 1});
          open_merges[column] = sheet.merges.size() - 1;
          if (sheet.merges.size() > Limits::kMerges) throw Refused("a table with too many merges");
        }
      }
      column += span;
      if (column > Limits::kColumns)
        throw Refused(fmt::format("table {}: too many columns", number));
    }
  }
  sheet.sort();
  return sheet;
}

}  // namespace

Book read_docx(std::string bytes, std::string path) {
  ZipReader zip(std::move(bytes));
  const auto part = zip.read("word/document.xml");
  if (!part) throw Refused("not a Word document (no `word/document.xml`)");
  const auto root = parse_xml(*part, "word/document.xml");
  const auto* body = root.child("body");
  Book book;
  book.path = std::move(path);
  if (!body) return book;
  std::size_t number = 0;
  for (const auto* tbl : body->children_named("tbl")) {
    book.sheets.push_back(read_table(*tbl, ++number));
  }
  return book;
}

}  // namespace tatakerja::importer
