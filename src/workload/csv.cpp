// CSV (RFC 4180): a header row, CRLF line ends, '.' decimals, every column
// (ids too) and no group headings. A text cell that a spreadsheet would run
// as a formula is neutralised with a leading apostrophe (OWASP "CSV
// injection"); numbers, negative ones included, stay plain numeric cells.
// Control characters other than tab, CR and LF (which the quoting keeps)
// are shown as \xNN (util::escape_control), so a CSV shown in a terminal
// cannot drive it.
#include <array>
#include <span>
#include <string>
#include <string_view>

#include "sheet.hpp"
#include "tatakerja/util/text.hpp"

namespace tatakerja::workload {

namespace {

constexpr std::string_view kEnd = "\r\n";

bool starts_with_any(std::string_view text, std::span<const std::string_view> prefixes) {
  for (auto p : prefixes) {
    if (text.starts_with(p)) return true;
  }
  return false;
}

// `=`, `+`, `-`, `@` (also after leading spaces, which spreadsheets skip, and
// in their full-width forms), or a tab, CR or LF first.
bool looks_like_formula(std::string_view text) {
  static constexpr std::array<std::string_view, 7> kFirst = {
      "\t",           "\r",           "\n",          "\xEF\xBC\x9D",
      "\xEF\xBC\x8B", "\xEF\xBC\x8D", "\xEF\xBC\xA0"};  // ＝ ＋ － ＠
  if (starts_with_any(text, kFirst)) return true;
  const auto start = text.find_first_not_of(' ');
  if (start == std::string_view::npos) return false;
  return std::string_view("=+-@").find(text[start]) != std::string_view::npos;
}

std::string csv_field(std::string_view text) {
  if (text.find_first_of(",\"\r\n") == std::string_view::npos) return std::string(text);
  std::string out = "\"";
  for (char c : text) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

// `text` with its controls escaped, line ends kept.
std::string shown(std::string_view text) {
  std::string out;
  for (;;) {
    const auto end = text.find_first_of("\r\n");
    out += util::escape_control(text.substr(0, end));
    if (end == std::string_view::npos) return out;
    out += text[end];
    text.remove_prefix(end + 1);
  }
}

std::string csv_cell(const Column& column, const std::optional<std::string>& cell) {
  if (!cell || cell->empty()) return "";
  if (column.numeric) return *cell;  // a plain number, written by us
  const std::string text = shown(*cell);
  return csv_field(looks_like_formula(text) ? "'" + text : text);
}

}  // namespace

void write_csv(const Sheet& sheet, std::ostream& out) {
  for (std::size_t c = 0; c < sheet.columns.size(); ++c) {
    out << (c > 0 ? "," : "") << csv_cell(Column{}, sheet.columns[c].label);
  }
  out << kEnd;
  for (const auto& row : sheet.rows) {
    if (row.kind == RowKind::Heading) continue;
    for (std::size_t c = 0; c < sheet.columns.size(); ++c) {
      out << (c > 0 ? "," : "") << csv_cell(sheet.columns[c], row.cells[c]);
    }
    out << kEnd;
  }
}

}  // namespace tatakerja::workload
