// The terminal table: columns aligned (numbers right-aligned), headers
// wrapped over several lines so that the long official labels do not widen
// their column, groups under a heading line, a rule above the total.
#include <algorithm>
#include <string>

#include "sheet.hpp"
#include "tatakerja/util/text.hpp"

namespace tatakerja::workload {

namespace {

constexpr std::string_view kGap = "  ";

std::size_t width_of(std::string_view text) {
  return util::count_code_points(text);
}

std::string pad(const std::string& text, std::size_t width, bool right) {
  const std::string fill(width - std::min(width, width_of(text)), ' ');
  return right ? fill + text : text + fill;
}

// The label's pieces: words, and a break allowed after a '/'.
std::vector<std::string> chunks_of(const std::string& label) {
  std::vector<std::string> chunks{""};
  for (char c : label) {
    if (c == ' ') {
      if (!chunks.back().empty()) chunks.emplace_back();
      continue;
    }
    chunks.back() += c;
    if (c == '/') chunks.emplace_back();
  }
  if (chunks.back().empty()) chunks.pop_back();
  return chunks;
}

// Greedy wrap into lines of at most `width` (a chunk longer stays whole).
std::vector<std::string> wrap(const std::string& label, std::size_t width) {
  std::vector<std::string> lines;
  for (const auto& chunk : chunks_of(label)) {
    if (lines.empty()) {
      lines.push_back(chunk);
      continue;
    }
    const bool glued = lines.back().ends_with("/");
    const std::string joined = lines.back() + (glued ? "" : " ") + chunk;
    if (width_of(joined) <= width)
      lines.back() = joined;
    else
      lines.push_back(chunk);
  }
  return lines;
}

std::size_t longest_chunk(const std::string& label) {
  std::size_t longest = 0;
  for (const auto& chunk : chunks_of(label)) longest = std::max(longest, width_of(chunk));
  return longest;
}

void end_line(std::string line, std::ostream& out) {
  while (!line.empty() && line.back() == ' ') line.pop_back();
  out << line << '\n';
}

// Text wider than this wraps onto more lines (a word longer stays whole).
constexpr std::size_t kMaxText = 60;

struct Layout {
  std::vector<std::size_t> shown;   // column indices
  std::vector<std::size_t> widths;  // per shown column
};

std::string indent_of(const Row& row, std::size_t i) {
  return i == 0 ? std::string(static_cast<std::size_t>(2 * row.indent), ' ') : std::string();
}

std::size_t column_width(const Sheet& sheet, std::size_t c, bool first) {
  const Column& column = sheet.columns[c];
  std::size_t widest = 0, longest_word = longest_chunk(column.label);
  for (const auto& row : sheet.rows) {
    if (row.kind == RowKind::Heading) continue;
    const std::string text = dressed(sheet, c, row.cells[c]);
    const std::size_t indent = first ? static_cast<std::size_t>(2 * row.indent) : 0;
    widest = std::max(widest, indent + width_of(text));
    if (!column.numeric) longest_word = std::max(longest_word, indent + longest_chunk(text));
  }
  return column.numeric ? std::max(widest, longest_word)
                        : std::max(std::min(widest, kMaxText), longest_word);
}

Layout layout_of(const Sheet& sheet) {
  Layout layout;
  for (std::size_t c = 0; c < sheet.columns.size(); ++c) {
    if (!sheet.columns[c].csv_only) layout.shown.push_back(c);
  }
  for (std::size_t i = 0; i < layout.shown.size(); ++i) {
    layout.widths.push_back(column_width(sheet, layout.shown[i], i == 0));
  }
  return layout;
}

// One row's cells as lines: text wrapped to its column, numbers on the
// first line.
std::vector<std::vector<std::string>> cell_lines(const Sheet& sheet, const Layout& layout,
                                                 const Row& row) {
  std::vector<std::vector<std::string>> cells;
  for (std::size_t i = 0; i < layout.shown.size(); ++i) {
    const std::size_t c = layout.shown[i];
    const std::string indent = indent_of(row, i);
    const std::string text = dressed(sheet, c, row.cells[c]);
    std::vector<std::string> lines{text};
    if (!sheet.columns[c].numeric && indent.size() + width_of(text) > layout.widths[i]) {
      lines = wrap(text, layout.widths[i] - indent.size());
    }
    for (auto& line : lines) line.insert(0, indent);
    cells.push_back(std::move(lines));
  }
  return cells;
}

void write_header(const Sheet& sheet, const Layout& layout, std::ostream& out) {
  std::vector<std::vector<std::string>> lines;
  std::size_t height = 0;
  for (std::size_t i = 0; i < layout.shown.size(); ++i) {
    lines.push_back(wrap(sheet.columns[layout.shown[i]].label, layout.widths[i]));
    height = std::max(height, lines.back().size());
  }
  for (std::size_t h = 0; h < height; ++h) {  // bottom-aligned
    std::string line;
    for (std::size_t i = 0; i < lines.size(); ++i) {
      const std::size_t skip = height - lines[i].size();
      const std::string text = h >= skip ? lines[i][h - skip] : "";
      if (i > 0) line += kGap;
      line += pad(text, layout.widths[i], sheet.columns[layout.shown[i]].numeric);
    }
    end_line(line, out);
  }
}

void write_rule(const Layout& layout, std::ostream& out) {
  std::string line;
  for (std::size_t i = 0; i < layout.widths.size(); ++i) {
    if (i > 0) line += kGap;
    line += std::string(layout.widths[i], '-');
  }
  end_line(line, out);
}

}  // namespace

std::string dressed(const Sheet& sheet, std::size_t column,
                    const std::optional<std::string>& cell) {
  if (!cell) return "-";
  const Column& c = sheet.columns[column];
  std::string text = *cell;
  if (c.numeric) {
    std::replace(text.begin(), text.end(), '.', sheet.labels->decimal_mark);
    if (c.with_sign && !text.empty() && text[0] != '-' && text != "0") text.insert(0, "+");
    return text;
  }
  for (char& ch : text) {
    if (ch == '\n' || ch == '\r' || ch == '\t') ch = ' ';
  }
  return util::escape_control(text);
}

void write_table(const Sheet& sheet, std::ostream& out) {
  const Layout layout = layout_of(sheet);
  write_header(sheet, layout, out);
  write_rule(layout, out);
  for (const auto& row : sheet.rows) {
    if (row.kind == RowKind::Heading) {
      end_line(std::string(static_cast<std::size_t>(2 * row.indent), ' ') +
                   dressed(sheet, 0, row.cells[0]),
               out);
      continue;
    }
    if (row.kind == RowKind::Total) write_rule(layout, out);
    const auto cells = cell_lines(sheet, layout, row);
    std::size_t height = 0;
    for (const auto& lines : cells) height = std::max(height, lines.size());
    for (std::size_t h = 0; h < height; ++h) {
      std::string line;
      for (std::size_t i = 0; i < cells.size(); ++i) {
        if (i > 0) line += kGap;
        const std::string text = h < cells[i].size() ? cells[i][h] : "";
        line += pad(text, layout.widths[i], sheet.columns[layout.shown[i]].numeric);
      }
      end_line(line, out);
    }
  }
}

}  // namespace tatakerja::workload
