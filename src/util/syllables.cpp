#include "tatakerja/util/syllables.hpp"

namespace tatakerja::util {

namespace {

char lower(char c) {
  return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}

bool is_letter(char c) {
  c = lower(c);
  return c >= 'a' && c <= 'z';
}

bool is_vowel(char c) {
  c = lower(c);
  return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
}

// Whether the consonants at `i` and `i + 1` are one of ng, ny, kh, sy.
bool digraph(std::string_view run, std::size_t i) {
  if (i + 1 >= run.size()) return false;
  const char a = lower(run[i]), b = lower(run[i + 1]);
  return (a == 'n' && (b == 'g' || b == 'y')) || (a == 'k' && b == 'h') || (a == 's' && b == 'y');
}

// The consonants of a cluster [begin, end) as units: where each starts.
std::vector<std::size_t> units_of(std::string_view run, std::size_t begin, std::size_t end) {
  std::vector<std::size_t> starts;
  for (std::size_t i = begin; i < end; ++i) {
    starts.push_back(i);
    if (i + 1 < end && digraph(run, i)) ++i;
  }
  return starts;
}

// The break inside the consonants [begin, end) between two vowels.
std::size_t break_in_cluster(std::string_view run, std::size_t begin, std::size_t end) {
  const auto units = units_of(run, begin, end);
  return units.size() == 1 ? units[0] : units[1];
}

void breaks_of_run(std::string_view run, std::size_t offset, std::vector<std::size_t>& out) {
  std::size_t vowel_end = std::string_view::npos;  // just past the last vowel seen
  for (std::size_t i = 0; i < run.size(); ++i) {
    if (!is_vowel(run[i])) continue;
    if (vowel_end != std::string_view::npos && i > vowel_end) {
      const std::size_t at = break_in_cluster(run, vowel_end, i);
      if (at >= 2 && run.size() - at >= 2) out.push_back(offset + at);
    }
    vowel_end = i + 1;
  }
}

}  // namespace

std::vector<std::size_t> syllable_breaks(std::string_view word) {
  std::vector<std::size_t> breaks;
  for (std::size_t i = 0; i < word.size();) {
    if (!is_letter(word[i])) {
      ++i;
      continue;
    }
    std::size_t end = i;
    while (end < word.size() && is_letter(word[end])) ++end;
    breaks_of_run(word.substr(i, end - i), i, breaks);
    i = end;
  }
  return breaks;
}

}  // namespace tatakerja::util
