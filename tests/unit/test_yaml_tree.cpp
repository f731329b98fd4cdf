#include <doctest/doctest.h>

#include <string>

#include "tatakerja/yaml/tree.hpp"

using tatakerja::yaml::Node;
using tatakerja::yaml::parse;

namespace {

std::string first_message(const tatakerja::yaml::ParseResult& r) {
  return r.diagnostics.empty() ? "" : r.diagnostics[0].message;
}

}  // namespace

TEST_CASE("a mapping keeps 1-based lines and code-point columns") {
  auto r = parse("kind: SOP\ntitle: \"Pengusulan é\"\nsteps:\n  - activity: Menerima\n", 3);
  REQUIRE(r.diagnostics.empty());
  REQUIRE(r.documents.size() == 1);
  const Node& root = r.documents[0].root;
  REQUIRE(root.is_mapping());
  REQUIRE(root.entries.size() == 3);
  CHECK(root.entries[0].first.loc.line == 1);
  CHECK(root.entries[0].first.loc.column == 1);
  CHECK(root.entries[0].second.loc.column == 7);
  CHECK(root.entries[0].first.loc.file == 3);
  CHECK(root.entries[1].second.quoted);
  const Node& step = root.entries[2].second.items[0];
  CHECK(step.loc.line == 4);
  CHECK(step.loc.column == 5);
  CHECK(step.entries[0].second.scalar == "Menerima");
}

TEST_CASE("a byte-order mark and CRLF line ends are accepted, columns unchanged") {
  auto r = parse(
      "\xEF\xBB\xBF"
      "a: 1\r\nb: x\r\n",
      0);
  REQUIRE(r.diagnostics.empty());
  const Node& root = r.documents[0].root;
  CHECK(root.entries[1].first.loc.line == 2);
  CHECK(root.entries[1].second.loc.column == 4);
  CHECK(root.entries[1].second.scalar == "x");
}

TEST_CASE("columns count code points after multi-byte text") {
  auto r = parse("é: ü\n", 0);
  REQUIRE(r.diagnostics.empty());
  CHECK(r.documents[0].root.entries[0].second.loc.column == 4);
}

TEST_CASE("a duplicate key is reported at the second one; the first is kept") {
  auto r = parse("a: 1\nb: 2\na: 3\n", 0);
  REQUIRE(r.diagnostics.size() == 1);
  CHECK(r.diagnostics[0].rule == "duplicate-key");
  CHECK(r.diagnostics[0].loc.line == 3);
  CHECK(r.diagnostics[0].loc.column == 1);
  CHECK(first_message(r) ==
        "key `a` is written twice in this mapping (first on line 1); the first one is used");
  const Node& root = r.documents[0].root;
  REQUIRE(root.entries.size() == 2);
  CHECK(root.entries[0].second.scalar == "1");
}

TEST_CASE("aliases are refused, so an alias bomb costs nothing") {
  std::string bomb = "a: &a [x, x, x, x, x, x, x, x, x, x]\n";
  for (char c = 'b'; c <= 'j'; ++c) {
    bomb += std::string(1, c) + ": &" + c + " [";
    for (int i = 0; i < 10; ++i) bomb += std::string(i ? ", *" : "*") + char(c - 1);
    bomb += "]\n";
  }
  auto r = parse(bomb, 0);
  REQUIRE(!r.diagnostics.empty());
  CHECK(r.diagnostics[0].rule == "yaml-syntax");
  CHECK(r.diagnostics[0].loc.line == 2);
  CHECK(first_message(r) ==
        "YAML aliases (`*name`) are not supported: write the value out in full");
}

TEST_CASE("an unterminated quote is reported where it opens") {
  auto r = parse("a: 1\nb: \"unterminated\nc: 3\n", 0);
  REQUIRE(r.diagnostics.size() == 1);
  CHECK(r.diagnostics[0].loc.line == 2);
  CHECK(r.diagnostics[0].loc.column == 4);
  CHECK(first_message(r) == "unterminated quoted text: the closing \" is missing");
}

TEST_CASE("quotes that close are fine, escapes included") {
  CHECK(parse("a: \"x \\\" y\"\nb: 'it''s'\n", 0).diagnostics.empty());
}

TEST_CASE("a list then a mapping without --- is reported") {
  auto r = parse("- a\nb: 1\n", 0);
  REQUIRE(r.diagnostics.size() == 1);
  CHECK(r.diagnostics[0].loc.line == 2);
  CHECK(r.diagnostics[0].rule == "yaml-syntax");
}

TEST_CASE("documents separated by --- are fine and carry their line ranges") {
  auto r = parse("a: 1\n---\nb: 2\nc: 3\n", 0);
  REQUIRE(r.diagnostics.empty());
  REQUIRE(r.documents.size() == 2);
  CHECK(r.documents[0].end_line == 1);
  CHECK(r.documents[1].start.line == 2);
  CHECK(r.documents[1].end_line == 4);
}

TEST_CASE("a stray word at the end of a block mapping is reported") {
  auto r = parse("a: 1\nb\n", 0);
  REQUIRE(r.diagnostics.size() == 1);
  CHECK(r.diagnostics[0].loc.line == 2);
  CHECK(first_message(r) == "`b` is not followed by `:`: a line in a mapping must be `key: value`");
}

TEST_CASE("flow mappings may hold keys without values") {
  CHECK(parse("a: {x, y: 1}\n", 0).diagnostics.empty());
}

TEST_CASE("a tab in the indentation is named as such") {
  auto r = parse("a:\n\tb: 1\n", 0);
  REQUIRE(r.diagnostics.size() == 1);
  CHECK(r.diagnostics[0].loc.line == 2);
  CHECK(r.diagnostics[0].loc.column == 1);
  CHECK(first_message(r) == "a tab character in the indentation: YAML indents with spaces only");
}

TEST_CASE("nesting 100,000 levels deep is refused without a crash") {
  auto r = parse(std::string(100000, '[') + std::string(100000, ']'), 0);
  REQUIRE(r.diagnostics.size() == 1);
  CHECK(first_message(r).starts_with("nesting is too deep"));
}

TEST_CASE("null words and quoted text") {
  auto r = parse("a: ~\nb: null\nc: \"null\"\nd:\n", 0);
  const Node& root = r.documents[0].root;
  CHECK(root.entries[0].second.is_null());
  CHECK(root.entries[1].second.is_null());
  CHECK(root.entries[2].second.is_scalar());
  CHECK(root.entries[2].second.scalar == "null");
  CHECK(root.entries[3].second.is_null());
  CHECK(root.entries[3].second.loc.line == 4);
}

TEST_CASE("an unclosed bracket is reported where it opens") {
  auto r = parse("a: 1\nb: [1, 2\nc: 3\n", 0);
  REQUIRE(r.diagnostics.size() == 1);
  CHECK(r.diagnostics[0].loc.line == 2);
  CHECK(r.diagnostics[0].loc.column == 4);
  CHECK(first_message(r) == "this `[` is never closed: add `]` where the list ends");
  auto m = parse("a: {x: 1\n", 0);
  REQUIRE(m.diagnostics.size() == 1);
  CHECK(first_message(m) == "this `{` is never closed: add `}` where the mapping ends");
}

TEST_CASE("other syntax errors carry the parser's position") {
  auto r = parse("a: b: c\n", 0);
  REQUIRE(r.diagnostics.size() == 1);
  CHECK(r.diagnostics[0].rule == "yaml-syntax");
  CHECK(r.diagnostics[0].loc.line == 1);
  CHECK(first_message(r).starts_with("invalid YAML: "));
}

// Found by fuzzing (tests/fuzz/regressions/loader/hang-stray-comma*):
// yaml-cpp 0.7 started empty documents at a stray `,` forever.
TEST_CASE("a stray comma at the top level is reported, not parsed forever") {
  auto r = parse(",", 0);
  REQUIRE(r.diagnostics.size() == 1);
  CHECK(r.diagnostics[0].rule == "yaml-syntax");
  CHECK(r.diagnostics[0].loc.line == 1);
  CHECK(r.diagnostics[0].loc.column == 1);
  CHECK(first_message(r) ==
        "a `,` outside a `[...]` or `{...}` list: quote the text if the comma belongs to it");
  auto list = parse("[a],", 0);
  REQUIRE(list.diagnostics.size() == 1);
  CHECK(list.diagnostics[0].loc.column == 4);
  auto later = parse("a: 1\n---\n, x\n", 0);
  REQUIRE(later.diagnostics.size() == 1);
  CHECK(later.diagnostics[0].loc.line == 3);
  CHECK(later.documents.size() >= 2);
}
