// The workbook reader (ECMA-376 SpreadsheetML): the sheets in the
// workbook's order, their cells' cached values (shared strings, inline
// strings, a formula's last result; the formula itself is never read),
// merged ranges, and the flowchart shapes anchored in cells (xlsx_drawing).
#include <fmt/format.h>

#include <charconv>
#include <map>

#include "tatakerja/importer/error.hpp"
#include "tatakerja/importer/read.hpp"
#include "tatakerja/importer/xml.hpp"
#include "tatakerja/importer/zip.hpp"
#include "xlsx_drawing.hpp"

namespace tatakerja::importer {

namespace {

// `Target` of a relationship, resolved against the folder of the part that
// owns it ("xl/"), or absolute from the archive's root ("/xl/...").
std::string resolve_target(const std::string& folder, const std::string& target) {
  if (target.starts_with("/")) return target.substr(1);
  std::string path = folder + target;
  // Fold "a/../b" (drawings use "../drawings/drawing1.xml").
  std::vector<std::string> parts;
  std::size_t start = 0;
  while (start <= path.size()) {
    const auto end = std::min(path.find('/', start), path.size());
    const std::string part = path.substr(start, end - start);
    if (part == "..") {
      if (!parts.empty()) parts.pop_back();
    } else if (!part.empty() && part != ".") {
      parts.push_back(part);
    }
    start = end + 1;
  }
  std::string out;
  for (const auto& p : parts) out += (out.empty() ? "" : "/") + p;
  return out;
}

std::string read_part(ZipReader& zip, const std::string& name) {
  auto bytes = zip.read(name);
  if (!bytes) throw Refused(fmt::format("not an Excel workbook (no `{}`)", name));
  return std::move(*bytes);
}

std::string folder_of(const std::string& part) {
  const auto slash = part.rfind('/');
  return slash == std::string::npos ? "" : part.substr(0, slash + 1);
}

}  // namespace

std::map<std::string, std::string> read_relationships(ZipReader& zip, const std::string& part) {
  std::map<std::string, std::string> out;
  const std::string folder = folder_of(part);
  const std::string rels = folder + "_rels/" + part.substr(folder.size()) + ".rels";
  const auto bytes = zip.read(rels);
  if (!bytes) return out;
  const auto root = parse_xml(*bytes, rels);
  for (const auto* r : root.children_named("Relationship")) {
    if (r->attribute_or("TargetMode") == "External") continue;
    out[r->attribute_or("Id")] = resolve_target(folder, r->attribute_or("Target"));
  }
  return out;
}

namespace {

std::vector<std::string> shared_strings(ZipReader& zip, const std::string& path) {
  std::vector<std::string> out;
  const auto bytes = zip.read(path);
  if (!bytes) return out;
  const auto root = parse_xml(*bytes, path);
  for (const auto* si : root.children_named("si")) {
    std::string text;
    if (const auto* t = si->child("t")) text = t->text;
    for (const auto* r : si->children_named("r")) {
      if (const auto* t = r->child("t")) text += t->text;
    }
    out.push_back(std::move(text));
  }
  return out;
}

std::string cell_text(const XmlElement& c, const std::vector<std::string>& strings, bool& number) {
  const std::string type = c.attribute_or("t", "n");
  const auto* v = c.child("v");
  number = false;
  if (type == "inlineStr") {
    const auto* is = c.child("is");
    return is ? is->all_text() : "";
  }
  if (!v) return "";
  if (type == "s") {
    std::size_t index = 0;
    const auto& t = v->text;
    const auto [p, ec] = std::from_chars(t.data(), t.data() + t.size(), index);
    if (ec != std::errc{} || p != t.data() + t.size() || index >= strings.size()) {
      throw Refused(
          fmt::format("cell {}: a shared string that does not exist", c.attribute_or("r", "?")));
    }
    return strings[index];
  }
  if (type == "b") return v->text == "1" ? "TRUE" : "FALSE";
  if (type == "n") {
    number = true;
    return tidy_number(v->text);
  }
  return v->text;  // str (a formula's text result), e (#DIV/0!), d
}

void read_cells(const XmlElement& root, const std::vector<std::string>& strings, Sheet& sheet) {
  const auto* data = root.child("sheetData");
  if (!data) return;
  std::uint32_t row_number = 0;
  for (const auto* row : data->children_named("row")) {
    std::uint32_t r = row_number + 1, col = 0, ignored = 0;
    if (const auto* attr = row->attribute("r")) {
      if (!parse_cell_ref("A" + *attr, r, ignored)) throw Refused("a row without a valid number");
    }
    row_number = r;
    if (r > Limits::kRows) {
      throw Refused(fmt::format("sheet `{}` has a row {}; an import reads at most {} rows",
                                sheet.name, r, Limits::kRows));
    }
    for (const auto* c : row->children_named("c")) {
      std::uint32_t cr = r, cc = col + 1;
      if (const auto* ref = c->attribute("r"); ref && !parse_cell_ref(*ref, cr, cc)) {
        throw Refused(fmt::format("sheet `{}`: a cell with a bad reference", sheet.name));
      }
      col = cc;
      if (cc > Limits::kColumns)
        throw Refused(fmt::format("sheet `{}`: a column past XFD", sheet.name));
      Cell cell = make_cell(cr, cc, {});
      cell.text = cell_text(*c, strings, cell.number);
      if (cell.text.empty()) continue;
      if (sheet.cells.size() >= Limits::kCells) {
        throw Refused(
            fmt::format("sheet `{}` has more than {} cells; an import reads forms, not "
                        "databases",
                        sheet.name, Limits::kCells));
      }
      sheet.cells.push_back(std::move(cell));
    }
  }
}

void read_merges(const XmlElement& root, Sheet& sheet) {
  const auto* merges = root.child("mergeCells");
  if (!merges) return;
  for (const auto* m : merges->children_named("mergeCell")) {
    const std::string ref = m->attribute_or("ref");
    const auto colon = ref.find(':');
    Merge merge;
    if (colon == std::string::npos ||
        !parse_cell_ref(ref.substr(0, colon), merge.first_row, merge.first_column) ||
        !parse_cell_ref(ref.substr(colon + 1), merge.last_row, merge.last_column) ||
        merge.last_row < merge.first_row || merge.last_column < merge.first_column) {
      continue;  // a range we cannot read merges nothing
    }
    sheet.merges.push_back(merge);
  }
}

}  // namespace

Book read_xlsx(std::string bytes, std::string path) {
  ZipReader zip(std::move(bytes));
  Book book;
  book.path = std::move(path);
  const auto workbook = parse_xml(read_part(zip, "xl/workbook.xml"), "xl/workbook.xml");
  const auto rels = read_relationships(zip, "xl/workbook.xml");
  std::string strings_part = "xl/sharedStrings.xml";
  const auto strings = shared_strings(zip, strings_part);
  const auto* sheets = workbook.child("sheets");
  if (!sheets) throw Refused("not an Excel workbook (no sheets)");
  for (const auto* s : sheets->children_named("sheet")) {
    const auto target = rels.find(s->attribute_or("r:id"));
    if (target == rels.end()) continue;
    const auto part = zip.read(target->second);
    if (!part) continue;
    Sheet sheet = named_sheet(s->attribute_or("name"));
    const auto root = parse_xml(*part, target->second);
    read_cells(root, strings, sheet);
    read_merges(root, sheet);
    read_drawing_symbols(zip, root, target->second, sheet);
    sheet.sort();
    book.sheets.push_back(std::move(sheet));
  }
  return book;
}

}  // namespace tatakerja::importer
