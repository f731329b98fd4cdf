#include <doctest/doctest.h>

#include "tatakerja/util/choice.hpp"

namespace util = tatakerja::util;

namespace {

enum class Fruit { Apple, Pear, Plum };
constexpr util::Spellings<Fruit, 3> kFruits{{
    {Fruit::Apple, "apple"},
    {Fruit::Pear, "pear"},
    {Fruit::Plum, "plum"},
}};

}  // namespace

TEST_CASE("util choice: a word and its value, both ways") {
  CHECK(util::parse_word(kFruits, "pear") == Fruit::Pear);
  CHECK_FALSE(util::parse_word(kFruits, "Pear").has_value());
  CHECK_FALSE(util::parse_word(kFruits, "").has_value());
  CHECK(util::word_of(kFruits, Fruit::Plum) == "plum");
  CHECK(util::words_of(kFruits) == std::vector<std::string>{"apple", "pear", "plum"});
  constexpr auto words = util::word_list(kFruits);
  static_assert(words[1] == "pear");
}

TEST_CASE("util choice: the words as a list in a message") {
  CHECK(util::listed_words(kFruits) == "apple, pear or plum");
  CHECK(util::listed_words(kFruits, "and") == "apple, pear and plum");
  CHECK(util::listed_words(kFruits, Fruit::Pear) == "apple, pear (default) or plum");
  CHECK(util::listed_quoted(kFruits) == "`apple`, `pear` or `plum`");
  const std::vector<std::string> one{"new-errors"}, two{"id", "en"}, none;
  CHECK(util::listed(one) == "new-errors");
  CHECK(util::listed(two) == "id or en");
  CHECK(util::listed(none).empty());
}
