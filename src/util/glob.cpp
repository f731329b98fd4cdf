#include "tatakerja/util/glob.hpp"

#include <cstdint>
#include <string>
#include <vector>

// Both levels use the classic two-pointer wildcard match: on a mismatch,
// only the most recent star is retried one step further. That is exact when
// every other item matches exactly one element, as here (a `*` matches
// characters of a segment; a `**` matches whole segments), and it costs
// O(pattern × text) at worst, never exponential time.

namespace tatakerja::util {

namespace {

constexpr std::size_t kNone = std::string_view::npos;

// Bytes of the UTF-8 character at `s[i]` (1 for a stray byte), never past the end.
std::size_t char_size(std::string_view s, std::size_t i) {
  const auto lead = static_cast<unsigned char>(s[i]);
  std::size_t size = 1;
  if (lead >= 0xF0)
    size = 4;
  else if (lead >= 0xE0)
    size = 3;
  else if (lead >= 0xC0)
    size = 2;
  for (std::size_t k = 1; k < size; ++k) {
    if (i + k >= s.size() || (static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return k;
  }
  return size;
}

std::uint32_t char_value(std::string_view s, std::size_t i, std::size_t size) {
  std::uint32_t value = static_cast<unsigned char>(s[i]);
  if (size > 1) value &= 0x7Fu >> size;
  for (std::size_t k = 1; k < size; ++k)
    value = (value << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3Fu);
  return value;
}

// The index of the `]` closing the class opened at `p[open]`, or kNone.
std::size_t class_end(std::string_view p, std::size_t open) {
  std::size_t j = open + 1;
  if (j < p.size() && (p[j] == '!' || p[j] == '^')) ++j;
  if (j < p.size() && p[j] == ']') ++j;  // a leading `]` is a member
  return p.find(']', j);
}

// Whether `c` is a member of the class `p[open..close]`.
bool class_has(std::string_view p, std::size_t open, std::size_t close, std::uint32_t c) {
  std::size_t j = open + 1;
  const bool negated = p[j] == '!' || p[j] == '^';
  if (negated) ++j;
  bool found = false;
  while (j < close) {
    const std::size_t size = char_size(p, j);
    const std::uint32_t low = char_value(p, j, size);
    j += size;
    std::uint32_t high = low;
    if (j + 1 < close && p[j] == '-') {  // a range; a `-` before `]` is a member
      const std::size_t end_size = char_size(p, j + 1);
      high = char_value(p, j + 1, end_size);
      j += 1 + end_size;
    }
    if (c >= low && c <= high) found = true;
  }
  return found != negated;
}

// Matches the single-character item at `p[pi]` (a literal, `?` or a class)
// against the character at `s[si]`: the item's length in `p`, or 0.
std::size_t match_item(std::string_view p, std::size_t pi, std::string_view s, std::size_t si) {
  const auto lead = static_cast<unsigned char>(p[pi]);
  if (lead < 0x80 && lead != '?' && lead != '[') return s[si] == p[pi] ? 1 : 0;  // most items
  const std::size_t text_size = char_size(s, si);
  if (p[pi] == '?') return 1;
  if (p[pi] == '[') {
    const std::size_t close = class_end(p, pi);
    if (close != kNone) {
      return class_has(p, pi, close, char_value(s, si, text_size)) ? close - pi + 1 : 0;
    }
  }
  const std::size_t size = char_size(p, pi);
  return p.substr(pi, size) == s.substr(si, text_size) ? size : 0;
}

// One segment (no '/'): `*`, `?`, `[...]` and literals.
bool match_segment(std::string_view p, std::string_view s) {
  std::size_t pi = 0, si = 0;
  std::size_t star_p = kNone, star_s = 0;
  while (si < s.size()) {
    if (pi < p.size() && p[pi] == '*') {
      while (pi < p.size() && p[pi] == '*') ++pi;
      star_p = pi;
      star_s = si;
    } else if (std::size_t item = pi < p.size() ? match_item(p, pi, s, si) : 0; item != 0) {
      pi += item;
      si += char_size(s, si);
    } else if (star_p != kNone) {
      pi = star_p;
      star_s += char_size(s, star_s);
      si = star_s;
    } else {
      return false;
    }
  }
  while (pi < p.size() && p[pi] == '*') ++pi;
  return pi == p.size();
}

std::vector<std::string_view> split(std::string_view text) {
  std::vector<std::string_view> parts;
  parts.reserve(8);  // one allocation for any usual path
  std::size_t start = 0;
  for (std::size_t slash; (slash = text.find('/', start)) != kNone; start = slash + 1) {
    parts.push_back(text.substr(start, slash - start));
  }
  parts.push_back(text.substr(start));
  return parts;
}

// Whole segments, where a `**` segment matches any number of them.
bool match_segments(const std::vector<std::string_view>& p,
                    const std::vector<std::string_view>& s) {
  std::size_t pi = 0, si = 0;
  std::size_t star_p = kNone, star_s = 0;
  while (si < s.size()) {
    if (pi < p.size() && p[pi] == "**") {
      while (pi < p.size() && p[pi] == "**") ++pi;
      star_p = pi;
      star_s = si;
    } else if (pi < p.size() && match_segment(p[pi], s[si])) {
      ++pi;
      ++si;
    } else if (star_p != kNone) {
      pi = star_p;
      si = ++star_s;
    } else {
      return false;
    }
  }
  while (pi < p.size() && p[pi] == "**") ++pi;
  return pi == p.size();
}

}  // namespace

bool glob_match(std::string_view pattern, std::string_view path) {
  std::vector<std::string_view> p = split(pattern);
  // A trailing `**` means everything under the folder, not the folder itself.
  if (p.back() == "**") p.push_back("*");
  return match_segments(p, split(path));
}

}  // namespace tatakerja::util
