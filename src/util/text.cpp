#include "tatakerja/util/text.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <vector>

namespace tatakerja::util {

namespace {

bool in_range(std::string_view text, std::size_t i, unsigned char low, unsigned char high) {
  if (i >= text.size()) return false;
  const auto byte = static_cast<unsigned char>(text[i]);
  return byte >= low && byte <= high;
}

bool is_continuation(char byte) {
  return (static_cast<unsigned char>(byte) & 0xC0) == 0x80;
}

// Length of the well-formed UTF-8 sequence at `text[i]`, or 0 when the bytes
// there are not one (a stray or truncated byte, an overlong form, a
// surrogate, or a code point above U+10FFFF). Follows Unicode table 3-7.
std::size_t sequence_length(std::string_view text, std::size_t i) {
  const auto lead = static_cast<unsigned char>(text[i]);
  if (lead < 0x80) return 1;
  std::size_t size = 0;
  unsigned char low = 0x80, high = 0xBF;  // range of the second byte
  if (lead >= 0xC2 && lead <= 0xDF)
    size = 2;
  else if (lead >= 0xE0 && lead <= 0xEF)
    size = 3;
  else if (lead >= 0xF0 && lead <= 0xF4)
    size = 4;
  else
    return 0;
  if (lead == 0xE0) low = 0xA0;   // overlong
  if (lead == 0xED) high = 0x9F;  // surrogates
  if (lead == 0xF0) low = 0x90;   // overlong
  if (lead == 0xF4) high = 0x8F;  // above U+10FFFF
  if (!in_range(text, i + 1, low, high)) return 0;
  for (std::size_t k = 2; k < size; ++k) {
    if (!in_range(text, i + k, 0x80, 0xBF)) return 0;
  }
  return size;
}

// The code points of valid UTF-8 `text` as numbers (stray bytes as themselves).
std::vector<std::uint32_t> decode(std::string_view text) {
  std::vector<std::uint32_t> out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t size = std::max<std::size_t>(1, sequence_length(text, i));
    std::uint32_t value = static_cast<unsigned char>(text[i]);
    if (size > 1) value &= 0x7Fu >> size;
    for (std::size_t k = 1; k < size; ++k) {
      value = (value << 6) | (static_cast<unsigned char>(text[i + k]) & 0x3Fu);
    }
    out.push_back(value);
    i += size;
  }
  return out;
}

// A C0 control other than tab, DEL, (two bytes) a C1 control U+0080..U+009F,
// or (three bytes) a bidi embedding, override or isolate, U+202A..U+202E and
// U+2066..U+2069, which reorder what a terminal shows ("Trojan Source").
bool is_control(std::string_view text, std::size_t i, std::size_t size) {
  const auto lead = static_cast<unsigned char>(text[i]);
  if (size == 1) return (lead < 0x20 && lead != '\t') || lead == 0x7F;
  const auto second = static_cast<unsigned char>(text[i + 1]);
  if (size == 2) return lead == 0xC2 && second < 0xA0;
  if (size != 3 || lead != 0xE2) return false;
  const auto third = static_cast<unsigned char>(text[i + 2]);
  return (second == 0x80 && third >= 0xAA && third <= 0xAE) ||
         (second == 0x81 && third >= 0xA6 && third <= 0xA9);
}

void append_escaped(std::string& out, unsigned char byte) {
  constexpr char kHex[] = "0123456789abcdef";
  out += "\\x";
  out += kHex[byte >> 4];
  out += kHex[byte & 0x0F];
}

}  // namespace

std::optional<std::size_t> find_invalid_utf8(std::string_view text) {
  for (std::size_t i = 0; i < text.size();) {
    std::uint64_t word = 0;
    if (i + sizeof word <= text.size()) {
      std::memcpy(&word, text.data() + i, sizeof word);
      if ((word & 0x8080808080808080u) == 0) {  // eight ASCII bytes at once
        i += sizeof word;
        continue;
      }
    }
    if (static_cast<unsigned char>(text[i]) < 0x80) {
      ++i;
      continue;
    }
    const std::size_t size = sequence_length(text, i);
    if (size == 0) return i;
    i += size;
  }
  return std::nullopt;
}

std::size_t count_code_points(std::string_view text) {
  return static_cast<std::size_t>(
      std::count_if(text.begin(), text.end(), [](char c) { return !is_continuation(c); }));
}

std::size_t column_of(std::string_view text, std::size_t offset) {
  offset = std::min(offset, text.size());
  const std::size_t newline = offset == 0 ? std::string_view::npos : text.rfind('\n', offset - 1);
  const std::size_t start = newline == std::string_view::npos ? 0 : newline + 1;
  // An offset inside a multi-byte character counts as that character.
  while (offset > start && offset < text.size() && is_continuation(text[offset])) --offset;
  return count_code_points(text.substr(start, offset - start)) + 1;
}

std::string_view line_at(std::string_view text, std::size_t line) {
  if (line == 0) return text.substr(0, 0);
  std::size_t start = 0;
  for (std::size_t n = 1; n < line; ++n) {
    const std::size_t newline = text.find('\n', start);
    if (newline == std::string_view::npos) return text.substr(text.size(), 0);
    start = newline + 1;
  }
  const std::size_t newline = text.find('\n', start);
  std::string_view result =
      text.substr(start, newline == std::string_view::npos ? text.size() - start : newline - start);
  if (result.ends_with('\r')) result.remove_suffix(1);
  return result;
}

// Optimal string alignment: Levenshtein plus the swap of two neighbours
// at a cost of 1, the commonest typo (`nmae` for `name`).
std::size_t edit_distance(std::string_view a, std::string_view b) {
  const std::vector<std::uint32_t> x = decode(a), y = decode(b);
  const std::size_t width = y.size() + 1;
  std::vector<std::size_t> before(width), previous(width), row(width);
  for (std::size_t j = 0; j < width; ++j) previous[j] = j;
  for (std::size_t i = 1; i <= x.size(); ++i) {
    row[0] = i;
    for (std::size_t j = 1; j < width; ++j) {
      const std::size_t cost = x[i - 1] == y[j - 1] ? 0 : 1;
      row[j] = std::min({previous[j] + 1, row[j - 1] + 1, previous[j - 1] + cost});
      if (i > 1 && j > 1 && x[i - 1] == y[j - 2] && x[i - 2] == y[j - 1]) {
        row[j] = std::min(row[j], before[j - 2] + 1);
      }
    }
    std::swap(before, previous);
    std::swap(previous, row);
  }
  return previous[y.size()];
}

std::string suggest(std::string_view word, std::span<const std::string_view> candidates) {
  if (word.empty()) return {};
  const std::size_t size = count_code_points(word);
  const std::size_t limit = std::max<std::size_t>(1, size / 3);
  const std::string lower = to_lower_ascii(word);
  std::string_view best;
  std::size_t best_distance = limit + 1;
  for (const std::string_view candidate : candidates) {
    std::size_t distance = 0;
    if (to_lower_ascii(candidate) != lower) {
      const std::size_t other = count_code_points(candidate);
      if ((other > size ? other - size : size - other) > limit) continue;  // too far, and cheap
      distance = edit_distance(word, candidate);
    }
    if (distance < best_distance) {
      best = candidate;
      best_distance = distance;
    }
  }
  return std::string(best);
}

std::vector<std::string> wrap(std::string_view text, std::size_t width) {
  std::vector<std::string> lines;
  std::string line;
  std::size_t line_width = 0;
  std::string_view rest = text;
  while (!rest.empty()) {
    const auto space = rest.find(' ');
    const std::string_view word = rest.substr(0, space);
    rest.remove_prefix(space == std::string_view::npos ? rest.size() : space + 1);
    if (word.empty()) continue;
    const std::size_t word_width = count_code_points(word);
    if (!line.empty() && line_width + 1 + word_width > width) {
      lines.push_back(std::move(line));
      line.clear();
      line_width = 0;
    }
    if (!line.empty()) {
      line += ' ';
      ++line_width;
    }
    line += word;
    line_width += word_width;
  }
  if (!line.empty()) lines.push_back(std::move(line));
  return lines;
}

std::string did_you_mean(std::string_view guess) {
  if (guess.empty()) return {};
  return fmt::format("; did you mean `{}`?", escape_control(guess));
}

std::string fold_text(std::string_view text) {
  std::string folded;
  bool gap = false;
  for (unsigned char c : text) {
    if (c >= 'A' && c <= 'Z') c = static_cast<unsigned char>(c - 'A' + 'a');
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c >= 0x80) {
      if (gap && !folded.empty()) folded += ' ';
      folded += static_cast<char>(c);
      gap = false;
    } else {
      gap = true;
    }
  }
  return folded;
}

std::string to_lower_ascii(std::string_view text) {
  std::string out(text);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

std::string upper_first_ascii(std::string_view text) {
  std::string out(text);
  if (!out.empty() && out[0] >= 'a' && out[0] <= 'z')
    out[0] = static_cast<char>(out[0] - 'a' + 'A');
  return out;
}

std::string escape_control(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t size = sequence_length(text, i);
    if (size == 0 || is_control(text, i, size)) {
      // An invalid byte is escaped alone; the rest may start a valid sequence.
      const std::size_t shown = size == 0 ? 1 : size;
      for (std::size_t k = 0; k < shown; ++k)
        append_escaped(out, static_cast<unsigned char>(text[i + k]));
      i += shown;
    } else {
      out.append(text.substr(i, size));
      i += size;
    }
  }
  return out;
}

namespace {

bool is_digit(char c) {
  return c >= '0' && c <= '9';
}

}  // namespace

bool natural_less(std::string_view a, std::string_view b) {
  std::size_t i = 0, j = 0;
  while (i < a.size() && j < b.size()) {
    if (is_digit(a[i]) && is_digit(b[j])) {
      std::size_t ei = i, ej = j;
      while (ei < a.size() && is_digit(a[ei])) ++ei;
      while (ej < b.size() && is_digit(b[ej])) ++ej;
      // Compare the values: without leading zeros, the longer run is larger.
      std::size_t zi = i, zj = j;
      while (zi + 1 < ei && a[zi] == '0') ++zi;
      while (zj + 1 < ej && b[zj] == '0') ++zj;
      const auto da = a.substr(zi, ei - zi), db = b.substr(zj, ej - zj);
      if (da.size() != db.size()) return da.size() < db.size();
      if (da != db) return da < db;
      i = ei;
      j = ej;
      continue;
    }
    if (a[i] != b[j]) return static_cast<unsigned char>(a[i]) < static_cast<unsigned char>(b[j]);
    ++i;
    ++j;
  }
  if ((i < a.size()) != (j < b.size())) return j < b.size();
  return a < b;  // equal in value ("02" and "2"): by bytes, for a total order
}

}  // namespace tatakerja::util
