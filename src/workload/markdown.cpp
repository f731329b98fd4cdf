// A GitHub-flavoured Markdown table: numbers right-aligned, group headings
// as a row with the title in bold, totals in bold, sub-units indented with
// em spaces. Text is escaped so that a name never breaks the table or turns
// into markup.
#include <algorithm>
#include <string>

#include "sheet.hpp"
#include "tatakerja/util/text.hpp"

namespace tatakerja::workload {

namespace {

bool ends_with_word(std::string_view out, std::string_view word) {
  return out.size() >= word.size() &&
         util::to_lower_ascii(out.substr(out.size() - word.size())) == word;
}

// GFM's extended autolinks ("http://", "https://", "www.") are broken by
// escaping their ':' or '.'.
bool starts_autolink(std::string_view out, char c) {
  if (c == ':') return ends_with_word(out, "http") || ends_with_word(out, "https");
  return c == '.' && ends_with_word(out, "www");
}

// `&` as an entity, so that `&amp;` in a name reads as written.
std::string escaped(const std::string& text) {
  std::string out;
  for (char c : text) {
    if (c == '&') {
      out += "&amp;";
      continue;
    }
    if (std::string_view("\\|*_`[]<>#~").find(c) != std::string_view::npos ||
        starts_autolink(out, c)) {
      out += '\\';
    }
    out += c;
  }
  return out;
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
    for (std::size_t i = 0; i < shown.size(); ++i) {
      std::string text = escaped(dressed(sheet, shown[i], row.cells[shown[i]]));
      const bool strong = row.kind == RowKind::Total || (row.kind == RowKind::Subtotal && i == 0);
      cells.push_back((i == 0 ? indent(row, grouped) : "") + (strong ? bold(text) : text));
    }
    write_row(cells, out);
  }
}

}  // namespace tatakerja::workload
