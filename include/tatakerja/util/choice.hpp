// A closed set of words that stand for an enum's values: `--format json`,
// `language: en`. Each set is one table, defined once beside its enum; the
// command line's choices, the completion scripts and the "expected ..."
// messages all read that table, so a value added to it is accepted,
// completed and named everywhere at once.
#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace tatakerja::util {

template <typename E>
struct Spelling {
  E value;
  std::string_view word;
};

template <typename E, std::size_t N>
using Spellings = std::array<Spelling<E>, N>;

template <typename E, std::size_t N>
std::optional<E> parse_word(const Spellings<E, N>& table, std::string_view word) {
  for (const auto& s : table) {
    if (s.word == word) return s.value;
  }
  return std::nullopt;
}

// The word of `value`; empty when the table has none.
template <typename E, std::size_t N>
std::string_view word_of(const Spellings<E, N>& table, E value) {
  for (const auto& s : table) {
    if (s.value == value) return s.word;
  }
  return {};
}

// The words alone, for code that takes a list of words (the config
// reader's choices and schema).
template <typename E, std::size_t N>
constexpr std::array<std::string_view, N> word_list(const Spellings<E, N>& table) {
  std::array<std::string_view, N> words{};
  for (std::size_t i = 0; i < N; ++i) words[i] = table[i].word;
  return words;
}

template <typename E, std::size_t N>
std::vector<std::string> words_of(const Spellings<E, N>& table) {
  std::vector<std::string> words;
  for (const auto& s : table) words.emplace_back(s.word);
  return words;
}

// "a, b or c" (`last` is "or" or "and").
std::string listed(std::span<const std::string> words, std::string_view last = "or");

template <typename E, std::size_t N>
std::string listed_words(const Spellings<E, N>& table, std::string_view last = "or") {
  return listed(words_of(table), last);
}

// "text (default), markdown or json": the words with `value` marked.
template <typename E, std::size_t N>
std::string listed_words(const Spellings<E, N>& table, E value) {
  auto words = words_of(table);
  for (std::size_t i = 0; i < N; ++i) {
    if (table[i].value == value) words[i] += " (default)";
  }
  return listed(words);
}

// "`id` or `en`"
template <typename E, std::size_t N>
std::string listed_quoted(const Spellings<E, N>& table) {
  auto words = words_of(table);
  for (auto& word : words) word = "`" + word + "`";
  return listed(words);
}

}  // namespace tatakerja::util
