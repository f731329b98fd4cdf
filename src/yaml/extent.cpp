// The end of a value, from the text: a small scanner for the tokens a
// diagnostic can point at. It never guesses: when the place holds anything
// but one scalar or flow collection, there is no end.
#include "tatakerja/yaml/extent.hpp"

#include <algorithm>
#include <cctype>

#include "quote.hpp"
#include "tatakerja/util/text.hpp"

namespace tatakerja::yaml {

namespace {

// Bytes of the UTF-8 sequence starting at `i`.
std::size_t code_point_size(std::string_view text, std::size_t i) {
  std::size_t n = 1;
  while (i + n < text.size() && (static_cast<unsigned char>(text[i + n]) & 0xC0) == 0x80) ++n;
  return n;
}

bool blank(char c) {
  return c == ' ' || c == '\t';
}

struct Scan {
  std::string_view text;
  const std::vector<std::size_t>& starts;

  std::size_t line_end(std::size_t line) const {  // 0-based line: offset of its '\n' or CR
    std::size_t end = line + 1 < starts.size() ? starts[line + 1] - 1 : text.size();
    if (end > starts[line] && end <= text.size() && end > 0 && text[end - 1] == '\r') --end;
    return end;
  }
  std::size_t line_of(std::size_t offset) const {
    return static_cast<std::size_t>(std::upper_bound(starts.begin(), starts.end(), offset) -
                                    starts.begin()) -
           1;
  }
  End end_at(std::size_t offset) const {  // the place of the byte at `offset`
    const std::size_t line = line_of(offset);
    const auto column = util::count_code_points(text.substr(starts[line], offset - starts[line]));
    return End{static_cast<std::uint32_t>(line + 1), static_cast<std::uint32_t>(column + 1)};
  }
  // After a token ending at `end` (exclusive): is a `:` next, making it a key?
  bool key_follows(std::size_t end, std::size_t limit) const {
    while (end < limit && blank(text[end])) ++end;
    return end < limit && text[end] == ':';
  }
};

// The bracket that closes the flow collection opened at `open`.
std::optional<std::size_t> closing_bracket(std::string_view text, std::size_t open) {
  int depth = 0;
  for (std::size_t i = open; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '"' ||
        (c == '\'' && i > 0 && !std::isalnum(static_cast<unsigned char>(text[i - 1])))) {
      const std::size_t close = closing_quote(text, i);
      if (close == std::string_view::npos) return std::nullopt;
      i = close;
    } else if (c == '#' && i > 0 && blank(text[i - 1])) {
      while (i < text.size() && text[i] != '\n') ++i;
    } else if (c == '[' || c == '{') {
      ++depth;
    } else if ((c == ']' || c == '}') && --depth == 0) {
      return i;
    }
  }
  return std::nullopt;
}

// Unclosed `[`/`{` before `at` on its line: is a plain scalar there inside a
// flow collection (and so ended by `,`, `]` and `}`)?
bool in_flow(std::string_view line) {
  int depth = 0;
  for (char c : line) {
    if (c == '[' || c == '{') ++depth;
    if ((c == ']' || c == '}') && depth > 0) --depth;
  }
  return depth > 0;
}

// The column (0-based) of what owns a block value at `at`: the key before
// its `:`, or the `-` of its entry; -1 when the value opens its line.
long owner_indent(std::string_view before) {
  std::size_t end = before.find_last_not_of(" \t");
  if (end == std::string_view::npos) return -1;
  if (before[end] == '-') return static_cast<long>(end);
  if (before[end] != ':') return -1;
  std::size_t key = before.find_first_not_of(" \t");
  for (std::size_t dash = before.find("- ", key); dash != std::string_view::npos && dash < end;
       dash = before.find("- ", dash + 1)) {
    if (before.substr(key, dash - key).find_first_not_of("- \t") == std::string_view::npos)
      key = dash + 2;
  }
  key = before.find_first_not_of(" \t", key);
  return static_cast<long>(key);
}

// A plain scalar in block context from `at`: its end on the line, then on
// every continuation line indented past its owner.
std::optional<std::size_t> plain_end(const Scan& s, std::size_t line, std::size_t at, bool flow) {
  const std::size_t limit = s.line_end(line);
  std::size_t end = at;
  for (std::size_t i = at; i < limit; ++i) {
    const char c = s.text[i];
    if (c == ':' &&
        (i + 1 == limit || blank(s.text[i + 1]) ||
         (flow && (s.text[i + 1] == ',' || s.text[i + 1] == ']' || s.text[i + 1] == '}'))))
      return std::nullopt;  // a key
    if (c == '#' && i > at && blank(s.text[i - 1])) break;
    if (flow && (c == ',' || c == ']' || c == '}')) break;
    if (!blank(c)) end = i + 1;
  }
  if (flow || end < limit) return end;
  const long owner = owner_indent(s.text.substr(s.starts[line], at - s.starts[line]));
  if (owner < 0) return end;
  for (std::size_t next = line + 1; next < s.starts.size(); ++next) {
    const std::size_t from = s.starts[next], to = s.line_end(next);
    const std::string_view text = s.text.substr(from, to - from);
    const std::size_t indent = text.find_first_not_of(" \t");
    if (indent == std::string_view::npos) continue;  // a blank line folds into the scalar
    if (static_cast<long>(indent) <= owner || text[indent] == '#') break;
    if (text.find(": ") != std::string_view::npos || text.ends_with(":")) break;
    const std::size_t comment = text.find(" #");
    const std::string_view kept = text.substr(0, comment);
    end = from + kept.find_last_not_of(" \t") + 1;
    if (comment != std::string_view::npos) break;
  }
  return end;
}

}  // namespace

std::vector<std::size_t> line_starts(std::string_view text) {
  std::vector<std::size_t> starts{0};
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\n') starts.push_back(i + 1);
  }
  return starts;
}

std::optional<End> value_end(std::string_view text, const std::vector<std::size_t>& starts,
                             std::uint32_t line, std::uint32_t column) {
  if (line == 0 || column == 0 || line > starts.size()) return std::nullopt;
  const Scan s{text, starts};
  const std::size_t row = line - 1, limit = s.line_end(row);
  std::size_t at = starts[row];
  for (std::uint32_t c = 1; c < column && at < limit; ++c) at += code_point_size(text, at);
  if (at >= limit) return std::nullopt;
  const char c = text[at];
  const std::string_view before = text.substr(starts[row], at - starts[row]);
  if (c == '"' || c == '\'') {
    const std::size_t close = closing_quote(text, at);
    if (close == std::string_view::npos || s.key_follows(close + 1, s.line_end(s.line_of(close)))) {
      return std::nullopt;
    }
    return s.end_at(close + 1);
  }
  if (c == '[' || c == '{') {
    const auto close = closing_bracket(text, at);
    if (!close || s.key_follows(*close + 1, s.line_end(s.line_of(*close)))) return std::nullopt;
    return s.end_at(*close + 1);
  }
  if (c == '#' || c == '|' || c == '>' || c == '&' || c == '*' || c == '!' || c == '%' ||
      c == '@' || c == '`' || ((c == '-' || c == '?') && (at + 1 == limit || blank(text[at + 1]))))
    return std::nullopt;
  const auto end = plain_end(s, row, at, in_flow(before));
  if (!end || *end <= at) return std::nullopt;
  return s.end_at(*end);
}

}  // namespace tatakerja::yaml
