// A GitHub-flavoured Markdown table: numbers right-aligned, group headings
// as a row with the title in bold, totals in bold, sub-units indented with
// em spaces. Text is escaped so that a name never breaks the table or turns
// into markup.
#include "tatakerja/util/markdown.hpp"

#include <algorithm>
#include <string>

#include "sheet.hpp"

namespace tatakerja::workload {

namespace {

// Every text through the one Markdown escaper (util/markdown.hpp), as the
// book's Markdown does. A lone "-" (no figure) stays as it is: inside a
// table cell it starts no list, and the book writes it so too.
std::string escaped(const std::string& text) {
  return text == "-" ? text : util::markdown::cell(text);
}

// A cell: figures are the tool's own text ("+1", "-1", "2,640"), written as
// they are; everything else is escaped.
std::string cell_text(const Sheet& sheet, std::size_t column, const std::string& text) {
  return sheet.columns[column].numeric ? text : escaped(text);
}

std::string bold(const std::string& text) {
  return text.empty() ? text : "**" + text + "**";
}

// Em spaces for the levels of the unit hierarchy; the level that rows get
// from sitting under a heading is not repeated.
std::string indent(const Row& row, bool grouped) {
  const int levels = row.indent - (grouped && row.kind != RowKind::Heading ? 1 : 0);
  std::string out;
  for (int i = 0; i < levels; ++i) out += "&emsp;";
  return out;
}

void write_row(const std::vector<std::string>& cells, std::ostream& out) {
  out << '|';
  for (const auto& cell : cells) out << ' ' << cell << " |";
  out << '\n';
}

}  // namespace

void write_markdown(const Sheet& sheet, std::ostream& out) {
  std::vector<std::size_t> shown;
  for (std::size_t c = 0; c < sheet.columns.size(); ++c) {
    if (!sheet.columns[c].csv_only) shown.push_back(c);
  }
  std::vector<std::string> header, rule;
  for (std::size_t c : shown) {
    header.push_back(escaped(sheet.columns[c].label));
    rule.push_back(sheet.columns[c].numeric ? "---:" : "---");
  }
  write_row(header, out);
  write_row(rule, out);
  const bool grouped = std::any_of(sheet.rows.begin(), sheet.rows.end(),
                                   [](const Row& r) { return r.kind == RowKind::Heading; });
  for (const auto& row : sheet.rows) {
    std::vector<std::string> cells;
    if (row.kind == RowKind::Heading) {
      cells.assign(shown.size(), "");
      cells[0] = indent(row, grouped) + bold(escaped(dressed(sheet, 0, row.cells[0])));
      write_row(cells, out);
      continue;
    }
    bool labelled = false;  // a subtotal's label (its first text) is in bold
    for (std::size_t i = 0; i < shown.size(); ++i) {
      std::string text = cell_text(sheet, shown[i], dressed(sheet, shown[i], row.cells[shown[i]]));
      const bool label = row.kind == RowKind::Subtotal && !labelled && !text.empty();
      labelled = labelled || label;
      const bool strong = row.kind == RowKind::Total || label;
      cells.push_back((i == 0 ? indent(row, grouped) : "") + (strong ? bold(text) : text));
    }
    write_row(cells, out);
  }
}

}  // namespace tatakerja::workload
