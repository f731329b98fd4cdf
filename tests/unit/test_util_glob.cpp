#include <doctest/doctest.h>

#include <chrono>
#include <string>

#include "tatakerja/util/glob.hpp"

using tatakerja::util::glob_match;

TEST_CASE("glob: literal paths") {
  CHECK(glob_match("a.yaml", "a.yaml"));
  CHECK(glob_match("sops/a.yaml", "sops/a.yaml"));
  CHECK_FALSE(glob_match("a.yaml", "b.yaml"));
  CHECK_FALSE(glob_match("a.yaml", "a.yam"));
  CHECK_FALSE(glob_match("a.yaml", "a.yamll"));
  CHECK_FALSE(glob_match("a.yaml", "x/a.yaml"));
  CHECK_FALSE(glob_match("sops/a.yaml", "sops"));
  CHECK_FALSE(glob_match("A.yaml", "a.yaml"));  // case-sensitive
}

TEST_CASE("glob: `*` stays within one folder") {
  CHECK(glob_match("*.yaml", "a.yaml"));
  CHECK(glob_match("*.yaml", ".yaml"));
  CHECK(glob_match("*", "anything"));
  CHECK(glob_match("sops/*.yaml", "sops/usul.yaml"));
  CHECK(glob_match("*/*.yaml", "sops/usul.yaml"));
  CHECK(glob_match("a*b*c", "abc"));
  CHECK(glob_match("a*b*c", "axxbyybzc"));
  CHECK(glob_match("a**b", "ab"));  // `**` inside a segment is a plain star
  CHECK_FALSE(glob_match("*.yaml", "sops/a.yaml"));
  CHECK_FALSE(glob_match("a*b*c", "axxbyy"));
  CHECK_FALSE(glob_match("sops/*", "sops/x/a.yaml"));
  CHECK_FALSE(glob_match("a**b", "a/b"));
}

TEST_CASE("glob: `?` is one character, not '/'") {
  CHECK(glob_match("?.yaml", "a.yaml"));
  CHECK(glob_match("?.yaml", "é.yaml"));  // one code point, two bytes
  CHECK(glob_match("a?c", "a😀c"));
  CHECK_FALSE(glob_match("?.yaml", ".yaml"));
  CHECK_FALSE(glob_match("?.yaml", "ab.yaml"));
  CHECK_FALSE(glob_match("a?b", "a/b"));
}

TEST_CASE("glob: character classes") {
  CHECK(glob_match("[abc].yaml", "b.yaml"));
  CHECK_FALSE(glob_match("[abc].yaml", "d.yaml"));
  CHECK(glob_match("v[0-9].yaml", "v7.yaml"));
  CHECK_FALSE(glob_match("v[0-9].yaml", "vx.yaml"));
  CHECK(glob_match("[!a].yaml", "b.yaml"));
  CHECK_FALSE(glob_match("[!a].yaml", "a.yaml"));
  CHECK(glob_match("[^a].yaml", "b.yaml"));
  CHECK(glob_match("[]x]", "]"));   // a leading `]` is a member
  CHECK(glob_match("[a-]", "-"));   // a trailing `-` is a member
  CHECK(glob_match("[é-ü]", "ö"));  // ranges of code points
  CHECK_FALSE(glob_match("[é-ü]", "e"));
  CHECK(glob_match("[", "["));  // unterminated: a literal
  CHECK(glob_match("a[b", "a[b"));
  CHECK_FALSE(glob_match("a[!b]c", "a/c"));
  CHECK(glob_match("*.y[a]ml", "x.yaml"));
  CHECK(glob_match("*.[yY][aA][mM][lL]", "x.YAML"));
}

TEST_CASE("glob: `**` matches zero or more folders") {
  CHECK(glob_match("**/*.yaml", "a.yaml"));
  CHECK(glob_match("**/*.yaml", "x/a.yaml"));
  CHECK(glob_match("**/*.yaml", "x/y/a.yaml"));
  CHECK_FALSE(glob_match("**/*.yaml", "x/y/a.yml"));
  CHECK(glob_match("sops/**/*.yaml", "sops/a.yaml"));
  CHECK(glob_match("sops/**/*.yaml", "sops/2024/q1/a.yaml"));
  CHECK_FALSE(glob_match("sops/**/*.yaml", "units/a.yaml"));
  CHECK(glob_match("**/draft/**", "a/draft/b.yaml"));
  CHECK(glob_match("**/draft/**", "draft/b.yaml"));
  CHECK_FALSE(glob_match("**/draft/**", "a/drafts/b.yaml"));
  CHECK(glob_match("a/**/**/b", "a/b"));
  CHECK(glob_match("a/**/b", "a/x/b/y/b"));
  CHECK_FALSE(glob_match("a/**/b", "a/x/b/y"));
}

TEST_CASE("glob: a trailing `**` is everything under the folder") {
  CHECK(glob_match("build/**", "build/a.yaml"));
  CHECK(glob_match("build/**", "build/x/y/a.yaml"));
  CHECK_FALSE(glob_match("build/**", "build"));
  CHECK_FALSE(glob_match("build/**", "builder/a.yaml"));
  CHECK_FALSE(glob_match("build/**", "src/build/a.yaml"));
  CHECK(glob_match("**", "a.yaml"));
  CHECK(glob_match("**", "x/y/a.yaml"));
}

TEST_CASE("glob: hostile patterns take linear-ish time") {
  const std::string text(2000, 'a');
  std::string pattern;
  for (int i = 0; i < 30; ++i) pattern += "a*";
  pattern += "b";
  std::string folders;
  for (int i = 0; i < 500; ++i) folders += "a/";
  folders += "c";
  std::string segments;
  for (int i = 0; i < 20; ++i) segments += "**/a/";
  segments += "b";

  const auto start = std::chrono::steady_clock::now();
  CHECK_FALSE(glob_match(pattern, text));
  CHECK(glob_match(pattern.substr(0, pattern.size() - 1), text));
  CHECK_FALSE(glob_match(segments, folders));
  CHECK_FALSE(glob_match("**/**/**/**/**/**/**/**/b", folders));
  const auto elapsed = std::chrono::steady_clock::now() - start;
  CHECK(elapsed < std::chrono::seconds(1));
}

TEST_CASE("glob: multi-byte literals match only themselves") {
  CHECK(glob_match("sops/é*.yaml", "sops/éa.yaml"));
  CHECK_FALSE(glob_match("sops/é*.yaml", "sops/ea.yaml"));
  CHECK_FALSE(glob_match("sops/e*.yaml", "sops/éa.yaml"));
  CHECK(glob_match("**/*ü?.yaml", "a/b/xüé.yaml"));
  CHECK_FALSE(glob_match("**/*ü?.yaml", "a/b/xué.yaml"));
}
