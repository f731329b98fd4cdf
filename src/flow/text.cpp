#include "tatakerja/flow/text.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <iterator>
#include <string_view>

#include "tatakerja/util/syllables.hpp"

namespace tatakerja::flow {

namespace {

// One code point of `text` at byte `i`: its value and its length in bytes. A
// byte that does not start a well-formed sequence is taken alone, with the
// value U+FFFD (XML output shows it as such).
struct CodePoint {
  std::uint32_t value = 0;
  std::size_t size = 1;
};

bool continuation(std::string_view text, std::size_t i) {
  return i < text.size() && (static_cast<unsigned char>(text[i]) & 0xC0) == 0x80;
}

CodePoint decode_at(std::string_view text, std::size_t i) {
  const auto lead = static_cast<unsigned char>(text[i]);
  if (lead < 0x80) return {lead, 1};
  std::size_t size = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC2 ? 2 : 0;
  if (size == 0 || lead > 0xF4) return {0xFFFD, 1};
  std::uint32_t value = lead & (0x7Fu >> size);
  for (std::size_t k = 1; k < size; ++k) {
    if (!continuation(text, i + k)) return {0xFFFD, 1};
    value = (value << 6) | (static_cast<unsigned char>(text[i + k]) & 0x3Fu);
  }
  return {value, size};
}

// Width in em of one code point: the largest advance of DejaVu Sans,
// Liberation Sans and Arial (the same metrics) in its class, plus about 5%.
// DejaVu is the wider of the two nearly everywhere: `i` 0.28, space 0.32,
// `t` 0.39, `s` 0.52, `k` 0.58, lower case and digits 0.64, `O` 0.79, `M`
// 0.86, `m` 0.97, `W` 0.99, `@` 1.0 (Arial 1.02). Checked against
// DejaVuSans.ttf's advance widths for every code point up to U+FFFF.
struct EmClass {
  std::string_view chars;
  double em;
};

constexpr EmClass kClasses[] = {
    {"ijl'", 0.31}, {"I", 0.33},   {" ", 0.35},          {".,:;|!()[]-/\\", 0.43},
    {"ft", 0.43},   {"r", 0.45},   {"`\"*_", 0.55},      {"szcJ?", 0.59},
    {"kvxy", 0.63}, {"FLT", 0.65}, {"ABEKPSVXYZ", 0.73}, {"CDGHNOQRU", 0.83},
    {"w", 0.86},    {"M", 0.9},    {"m", 1.02},          {"W%@&#+=<>~^", 1.05},
};

// The classes as a table by ASCII code, made at compile time (every
// character of every label is measured: a search of each class was a
// tenth of a whole render). A character's first class wins.
constexpr std::array<double, 0x80> kAsciiEm = [] {
  std::array<double, 0x80> table{};
  table.fill(0.67);  // the other lower-case letters, digits, $ { }
  for (auto k = std::rbegin(kClasses); k != std::rend(kClasses); ++k) {
    for (char c : k->chars) table[static_cast<unsigned char>(c)] = k->em;
  }
  return table;
}();

double em_of(std::uint32_t c) {
  if (c < 0x20 || c == 0x7F || (c >= 0x80 && c < 0xA0)) return 2.6;  // drawn as \xNN
  if (c >= 0x180) return 1.8;  // DejaVu's widest: 1.74 (U+2031); CJK, emoji fallbacks
  if (c >= 0x80) return 1.1;   // Latin-1 and Latin Extended-A: 1.07 (Œ)
  return kAsciiEm[c];
}

bool is_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

// A piece of text that is never broken unless it is wider than a line: a
// word, or the part of one up to and including a '-' or '/'.
struct Piece {
  std::string_view text;
  bool space_before = false;
  double width = 0;
};

std::vector<Piece> pieces_of(std::string_view text, double font_px) {
  std::vector<Piece> pieces;
  bool space = false;
  std::size_t start = 0;
  double width = 0;
  auto flush = [&](std::size_t end) {
    if (end > start) {
      pieces.push_back({text.substr(start, end - start), space && !pieces.empty(), width});
      space = false;
    }
    width = 0;
  };
  for (std::size_t i = 0; i < text.size();) {
    if (is_space(text[i])) {
      flush(i);
      space = true;
      start = ++i;
      continue;
    }
    const auto cp = decode_at(text, i);
    width += em_of(cp.value) * font_px;
    i += cp.size;
    if (cp.value == '-' || cp.value == '/') {
      flush(i);
      start = i;
    }
  }
  flush(text.size());
  return pieces;
}

// Appends `piece`, wider than a line, broken only at its syllable
// boundaries (util::syllable_breaks) with a hyphen ending each part but the
// last: the longest part that fits the room left on the line (after `join`
// px of space), else on a line of its own. A part that fits nowhere stays
// whole and overflows: a word is never broken without a hyphen.
void hyphenate(std::string_view piece, double join, double width_px, double font_px,
               std::vector<std::string>& lines, std::string& line, double& line_width) {
  const auto breaks = util::syllable_breaks(piece);
  const double hyphen = em_of('-') * font_px;
  std::size_t from = 0;
  auto width_of = [&](std::size_t end) {
    return text_width(piece.substr(from, end - from), font_px);
  };
  auto flush = [&] {
    lines.push_back(std::move(line));
    line.clear();
    line_width = 0;
  };
  while (from < piece.size()) {
    const double gap = line.empty() ? 0 : join;
    if (width_of(piece.size()) + gap + line_width <= width_px || (line.empty() && breaks.empty())) {
      if (gap > 0) line += ' ';
      line.append(piece.substr(from));
      line_width += gap + width_of(piece.size());
      return;
    }
    std::size_t at = 0;
    for (const auto b : breaks) {
      if (b > from && line_width + gap + width_of(b) + hyphen <= width_px) at = b;
    }
    if (at == 0 && !line.empty()) {
      flush();
      continue;
    }
    if (at == 0) {  // not even the first syllable fits: it overflows
      const auto next = std::upper_bound(breaks.begin(), breaks.end(), from);
      if (next == breaks.end()) {
        line.append(piece.substr(from));
        line_width = width_of(piece.size());
        return;
      }
      at = *next;
    }
    if (gap > 0) line += ' ';
    line.append(piece.substr(from, at - from)).append("-");
    flush();
    from = at;
  }
}

}  // namespace

double text_width(std::string_view text, double font_px) {
  double em = 0;
  for (std::size_t i = 0; i < text.size();) {
    const auto cp = decode_at(text, i);
    em += em_of(cp.value);
    i += cp.size;
  }
  return em * font_px;
}

std::vector<std::string> wrap(std::string_view text, double width_px, double font_px) {
  std::vector<std::string> lines;
  std::string line;
  double line_width = 0;
  const double space_width = em_of(' ') * font_px;
  for (const auto& piece : pieces_of(text, font_px)) {
    const double join = line.empty() || !piece.space_before ? 0 : space_width;
    if (line_width + join + piece.width <= width_px) {
      if (join > 0) line += ' ';
      line.append(piece.text);
      line_width += join + piece.width;
      continue;
    }
    if (piece.width > width_px) {  // a word wider than a line
      hyphenate(piece.text, piece.space_before ? space_width : 0, width_px, font_px, lines, line,
                line_width);
      continue;
    }
    if (!line.empty()) lines.push_back(std::move(line));
    line.assign(piece.text);
    line_width = piece.width;
  }
  if (!line.empty()) lines.push_back(std::move(line));
  return lines;
}

std::string first_words(std::string_view text, std::size_t max_chars) {
  std::string out;
  std::size_t chars = 0;
  for (std::size_t i = 0; i < text.size();) {
    if (is_space(text[i])) {
      ++i;
      continue;
    }
    std::size_t end = i, count = 0;
    while (end < text.size() && !is_space(text[end])) {
      end += decode_at(text, end).size;
      ++count;
    }
    const std::size_t need = out.empty() ? count : chars + 1 + count;
    if (!out.empty() && need > max_chars) return out + "\u2026";
    if (!out.empty()) out += ' ';
    out.append(text.substr(i, end - i));
    chars = need;
    i = end;
  }
  return out;
}

}  // namespace tatakerja::flow
