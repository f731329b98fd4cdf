// Where a value ends (src/yaml/extent.cpp).
#include <doctest/doctest.h>

#include <string>

#include "tatakerja/yaml/extent.hpp"

using tatakerja::yaml::End;

namespace {

std::optional<End> end_of(const std::string& text, std::uint32_t line, std::uint32_t column) {
  const auto starts = tatakerja::yaml::line_starts(text);
  return tatakerja::yaml::value_end(text, starts, line, column);
}

}  // namespace

TEST_CASE("value_end: plain and quoted scalars on one line") {
  const std::string text =
      "id: usul-cuti   # a comment\n"
      "title: \"Pelayanan: Cuti\"\n"
      "note: 'it''s'\n"
      "unit: Subbagian Tata Usaha\n"
      "lanes: [analis, kepala]\n"
      "judul: Penerimaan Surat Masuk\n";
  CHECK(end_of(text, 1, 5) == End{1, 14});  // comment and spaces not included
  CHECK(end_of(text, 2, 8) == End{2, 25});  // with its quotes
  CHECK(end_of(text, 3, 7) == End{3, 14});  // '' inside
  CHECK(end_of(text, 4, 7) == End{4, 27});
  CHECK(end_of(text, 5, 8) == End{5, 24});  // a flow list as one value
  CHECK(end_of(text, 5, 9) == End{5, 15});  // an item of it
  CHECK(end_of(text, 5, 17) == End{5, 23});
}

TEST_CASE("value_end: code points, a multi-line plain scalar, a flow mapping") {
  const std::string text =
      "steps:\n"
      "  - activity: Menerima berkas\n"
      "      dari pemohon  # ok\n"
      "    actor: kepala\n"
      "  - {activity: Memeriksa, actor: analis}\n"
      "  - title: Ujian “naik”\n";
  CHECK(end_of(text, 2, 15) == End{3, 19});
  CHECK(end_of(text, 4, 12) == End{4, 18});
  CHECK(end_of(text, 5, 5) == End{5, 41});  // a duty written as a flow mapping
  CHECK(end_of(text, 5, 16) == End{5, 25});
  CHECK(end_of(text, 6, 12) == End{6, 24});  // columns count code points
}

TEST_CASE("value_end: nothing for a key, a block collection, a block scalar, a comment") {
  const std::string text =
      "kind: SOP\n"
      "duties:\n"
      "  - a\n"
      "notes: |\n"
      "  teks\n"
      "\"quoted key\": 1\n"
      "x: 1 # c\n";
  CHECK_FALSE(end_of(text, 1, 1));  // `kind` is a key (a document's start)
  CHECK_FALSE(end_of(text, 3, 3));  // `- a` as a list
  CHECK_FALSE(end_of(text, 4, 8));  // `|`
  CHECK_FALSE(end_of(text, 6, 1));
  CHECK_FALSE(end_of(text, 7, 6));   // a comment
  CHECK_FALSE(end_of(text, 7, 40));  // past the line
  CHECK_FALSE(end_of(text, 9, 1));   // past the file
  CHECK(end_of(text, 3, 5) == End{3, 6});
}
