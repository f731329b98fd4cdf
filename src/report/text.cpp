// The text format, in clang's style:
//
//   sops/usul.yaml:12:7: error: step 2 has no `output` [step-output-missing]
//      12 |   - activity: Memeriksa berkas
//         |     ^~~~~~~~
//
// The gutter is the line number right-aligned in at least 5 columns, then
// " | " (just " |" before an empty line); the caret line has the same
// gutter without the number. Columns count code points. The source line is
// shown as written, except that control characters are escaped (\xNN); the
// caret line copies each tab of the source (so the caret lines up whatever
// the tab width) and has a space for every other character on screen.
// `^` marks the column (just after the line's end when the column lies past
// it); `~` extends it to the end column when the end is known and on the
// same line, and under the rest of a control character shown escaped.
// Without a column: `path:line:` and no caret line. For a line the file
// does not have: no snippet. For the file as a whole (line 0) one line:
// `path: severity: message [rule]`. No summary: validate prints it on stderr.
// Colour, when asked for, is on tokens only: the position bold, the
// severity (with its colon) in bold red / magenta / cyan, the caret green.
#include "tatakerja/util/text.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <string>

#include "common.hpp"
#include "formats.hpp"

namespace tatakerja::report {

namespace {

constexpr std::string_view kReset = "\x1b[0m";
constexpr std::string_view kBold = "\x1b[1m";
constexpr std::string_view kGreen = "\x1b[1;32m";
constexpr std::size_t kMinGutter = 5;

std::string_view severity_color(diag::Severity severity) {
  switch (severity) {
    case diag::Severity::Error:
      return "\x1b[1;31m";
    case diag::Severity::Warning:
      return "\x1b[1;35m";
    case diag::Severity::Info:
      return "\x1b[1;36m";
    case diag::Severity::Off:
      break;
  }
  return kBold;
}

std::string paint(bool color, std::string_view style, std::string_view text) {
  if (!color) return std::string(text);
  return fmt::format("{}{}{}", style, text, kReset);
}

// Length in bytes of the UTF-8 sequence starting at `text[i]` (1 for a
// stray byte), never past the end.
std::size_t code_point_size(std::string_view text, std::size_t i) {
  const auto lead = static_cast<unsigned char>(text[i]);
  std::size_t size = 1;
  if (lead >= 0xC0 && lead <= 0xDF) size = 2;
  if (lead >= 0xE0 && lead <= 0xEF) size = 3;
  if (lead >= 0xF0 && lead <= 0xF7) size = 4;
  return std::min(size, text.size() - i);
}

// How one code point of the source is shown: its width on screen (in
// code points: more than 1 when it is a control character shown escaped),
// or a tab.
struct Shown {
  std::size_t width = 1;
  bool tab = false;
};

// Sets `source` to the line as shown and returns the shape of each code point.
std::vector<Shown> show_line(std::string_view line, std::string& source) {
  std::vector<Shown> shapes;
  for (std::size_t i = 0; i < line.size();) {
    const std::size_t size = code_point_size(line, i);
    const std::string_view cp = line.substr(i, size);
    i += size;
    if (cp == "\t" || (size == 1 && cp[0] >= 0x20 && cp[0] < 0x7f)) {
      source += cp;
      shapes.push_back({1, cp == "\t"});
    } else {
      const std::string escaped = util::escape_control(cp);
      source += escaped;
      shapes.push_back({util::count_code_points(escaped), false});
    }
  }
  return shapes;
}

// Filler under one shown code point: a tab under a tab, else `mark` for
// every character on screen.
std::string under(const Shown& cp, char mark) {
  return cp.tab ? std::string("\t") : std::string(cp.width, mark);
}

std::string caret_marks(const std::vector<Shown>& cps, const diag::Diagnostic& d) {
  const std::size_t column = d.loc.column;  // >= 1
  std::string marks = "^";
  if (column <= cps.size() && !cps[column - 1].tab) {
    marks += std::string(cps[column - 1].width - 1, '~');
  }
  if (d.end_line != d.loc.line || d.end_column <= column + 1) return marks;
  const std::size_t end = std::min<std::size_t>(d.end_column - 1, cps.size());  // exclusive
  for (std::size_t i = column; i < end; ++i) marks += under(cps[i], '~');
  return marks;
}

// A long line (a 5 MB one, say) is shown as a window of kWindow code
// points around the column, with "..." where it is cut.
constexpr std::size_t kWindow = 100;
constexpr std::size_t kLeadIn = 40;

struct Window {
  std::string_view text;
  std::size_t first = 0;  // code points cut before
  bool cut_after = false;
};

Window window(std::string_view line, std::size_t column) {
  const std::size_t first = column > kLeadIn + 1 ? column - 1 - kLeadIn : 0;
  std::size_t i = 0, cp = 0, begin = 0;
  for (; i < line.size() && cp < first + kWindow; ++cp) {
    if (cp == first) begin = i;
    i += code_point_size(line, i);
  }
  if (cp <= first) return {line.substr(line.size()), cp, false};
  return {line.substr(begin, i - begin), first, i < line.size()};
}

void write_snippet(std::string_view full_line, diag::Diagnostic d, bool color, std::ostream& out) {
  const std::string number = std::to_string(d.loc.line);
  const std::size_t width = std::max(kMinGutter, number.size());
  const Window shown = window(full_line, d.loc.column);
  std::string source = shown.first ? "..." : "";
  const std::size_t lead = source.size();
  auto cps = show_line(shown.text, source);
  if (shown.cut_after) source += "...";
  if (d.loc.column) d.loc.column = static_cast<std::uint32_t>(d.loc.column - shown.first + lead);
  if (d.end_column && d.end_line == d.loc.line) {
    d.end_column = static_cast<std::uint32_t>(
        d.end_column > shown.first ? d.end_column - shown.first + lead : 0);
  }
  cps.insert(cps.begin(), lead, Shown{});
  out << std::string(width - number.size(), ' ') << number << " |";
  if (!source.empty()) out << ' ' << source;
  out << '\n';
  if (d.loc.column == 0) return;
  std::string padding;
  const std::size_t before = std::min<std::size_t>(d.loc.column - 1, cps.size());
  for (std::size_t i = 0; i < before; ++i) padding += under(cps[i], ' ');
  out << std::string(width, ' ') << " | " << padding << paint(color, kGreen, caret_marks(cps, d))
      << '\n';
}

void write_one(const model::Repository& repo, SourceLines& lines, const diag::Diagnostic& d,
               bool color, std::ostream& out) {
  const std::string severity = fmt::format("{}:", diag::severity_name(d.severity));
  out << paint(color, kBold, util::escape_control(location_text(repo, d)) + ":") << ' '
      << paint(color, severity_color(d.severity), severity) << ' '
      << util::escape_control(d.message) << " [" << util::escape_control(d.rule) << "]\n";
  if (const auto line = lines.at(d)) write_snippet(*line, d, color, out);
}

}  // namespace

void write_text(const model::Repository& repo, const diag::Diagnostics& diagnostics,
                const ReportOptions& options, std::ostream& out) {
  SourceLines lines(repo);
  for (const auto& d : diagnostics) write_one(repo, lines, d, options.color, out);
}

}  // namespace tatakerja::report
