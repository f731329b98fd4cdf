// The tree builder's bookkeeping (src/yaml/builder.cpp): duplicate keys in
// short and long mappings, and columns counted incrementally from mark to mark.
#include <doctest/doctest.h>

#include <algorithm>
#include <cstdint>
#include <string>
#include <vector>

#include "tatakerja/yaml/tree.hpp"

using tatakerja::yaml::Node;
using tatakerja::yaml::parse;

namespace {

// "k0: 0\nk1: 1\n..." with `count` keys.
std::string keys(int count) {
  std::string text;
  for (int i = 0; i < count; ++i) text += "k" + std::to_string(i) + ": " + std::to_string(i) + "\n";
  return text;
}

std::vector<std::string> messages(const tatakerja::yaml::ParseResult& r) {
  std::vector<std::string> out;
  for (const auto& d : r.diagnostics)
    out.push_back(d.rule + " " + std::to_string(d.loc.line) + ": " + d.message);
  return out;
}

}  // namespace

TEST_CASE("builder: every repeated key of a short mapping is dropped, the first kept") {
  auto r = parse("b: 1\na: 2\nb: 3\nc: 4\na: 5\nb: 6\n", 0);
  const std::vector<std::string> expected{
      "duplicate-key 3: key `b` is written twice in this mapping (first on line 1); the first one "
      "is used",
      "duplicate-key 5: key `a` is written twice in this mapping (first on line 2); the first one "
      "is used",
      "duplicate-key 6: key `b` is written twice in this mapping (first on line 1); the first one "
      "is used",
  };
  CHECK(messages(r) == expected);
  const Node& root = r.documents.at(0).root;
  REQUIRE(root.entries.size() == 3);
  CHECK(root.entries[0].first.scalar == "b");
  CHECK(root.entries[0].second.scalar == "1");
  CHECK(root.entries[1].first.scalar == "a");
  CHECK(root.entries[1].second.scalar == "2");
  CHECK(root.entries[2].first.scalar == "c");
}

TEST_CASE("builder: a quoted key and a plain one with the same text are the same key") {
  auto r = parse("a: 1\n\"a\": 2\n", 0);
  REQUIRE(r.diagnostics.size() == 1);
  CHECK(r.diagnostics[0].loc.line == 2);
  CHECK(r.documents.at(0).root.entries.size() == 1);
}

TEST_CASE("builder: a long mapping finds its duplicates too, in the same way") {
  for (int count : {31, 32, 33, 100}) {
    CAPTURE(count);
    auto r = parse(keys(count) + "k7: again\nk0: again\n", 0);
    REQUIRE(r.diagnostics.size() == 2);
    const std::string last_line = std::to_string(count + 2);
    CHECK(r.diagnostics[0].rule == "duplicate-key");
    // A long mapping reports in key order, a short one in file order; the
    // reports are sorted before anyone sees them.
    std::vector<std::uint32_t> lines{r.diagnostics[0].loc.line, r.diagnostics[1].loc.line};
    std::sort(lines.begin(), lines.end());
    CHECK(lines == std::vector<std::uint32_t>{static_cast<std::uint32_t>(count + 1),
                                              static_cast<std::uint32_t>(count + 2)});
    const Node& root = r.documents.at(0).root;
    REQUIRE(root.entries.size() == static_cast<std::size_t>(count));
    CHECK(root.entries[7].second.scalar == "7");
    CHECK(root.entries[0].second.scalar == "0");
    CHECK(root.entries.back().first.scalar == "k" + std::to_string(count - 1));
  }
}

TEST_CASE("builder: columns count code points across lines and after multi-byte text") {
  auto r = parse("é: [ü, \"ä\", x]\nb:\n  - ñ: é\n    c: d\n", 0);
  REQUIRE(r.diagnostics.empty());
  const Node& root = r.documents.at(0).root;
  const Node& list = root.entries.at(0).second;
  REQUIRE(list.items.size() == 3);
  CHECK(list.loc.column == 4);
  CHECK(list.items[0].loc.column == 5);
  CHECK(list.items[1].loc.column == 8);
  CHECK(list.items[2].loc.column == 13);
  const Node& item = root.entries.at(1).second.items.at(0);
  CHECK(item.entries.at(0).first.loc.line == 3);
  CHECK(item.entries.at(0).first.loc.column == 5);
  CHECK(item.entries.at(0).second.loc.column == 8);
  CHECK(item.entries.at(1).first.loc.line == 4);
  CHECK(item.entries.at(1).first.loc.column == 5);
  CHECK(item.entries.at(1).second.loc.column == 8);
}
