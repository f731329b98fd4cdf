#include <doctest/doctest.h>

#include <array>
#include <string>
#include <string_view>

#include "tatakerja/util/text.hpp"

using namespace tatakerja::util;
using namespace std::string_view_literals;

TEST_CASE("text: valid UTF-8 is accepted") {
  CHECK_FALSE(find_invalid_utf8("").has_value());
  CHECK_FALSE(find_invalid_utf8("plain ASCII\n").has_value());
  CHECK_FALSE(find_invalid_utf8("\0\x7f"sv).has_value());
  CHECK_FALSE(find_invalid_utf8("é ü — €").has_value());
  CHECK_FALSE(find_invalid_utf8("\xC2\x80").has_value());      // U+0080, smallest 2-byte
  CHECK_FALSE(find_invalid_utf8("\xDF\xBF").has_value());      // U+07FF
  CHECK_FALSE(find_invalid_utf8("\xE0\xA0\x80").has_value());  // U+0800, smallest 3-byte
  CHECK_FALSE(find_invalid_utf8("\xED\x9F\xBF").has_value());  // U+D7FF, below surrogates
  CHECK_FALSE(find_invalid_utf8("\xEE\x80\x80").has_value());  // U+E000, above surrogates
  CHECK_FALSE(find_invalid_utf8("\xEF\xBB\xBF"
                                "a")
                  .has_value());                                   // a byte-order mark
  CHECK_FALSE(find_invalid_utf8("\xF0\x90\x80\x80").has_value());  // U+10000
  CHECK_FALSE(find_invalid_utf8("\xF0\x9F\x98\x80").has_value());  // an emoji
  CHECK_FALSE(find_invalid_utf8("\xF4\x8F\xBF\xBF").has_value());  // U+10FFFF, the last
}

TEST_CASE("text: the offset of the first invalid byte") {
  CHECK(find_invalid_utf8("ab\xff") == 2u);
  CHECK(find_invalid_utf8("\x80") == 0u);   // a stray continuation byte
  CHECK(find_invalid_utf8("a\xC3") == 1u);  // truncated at the end
  CHECK(find_invalid_utf8("\xC3"
                          "a") == 0u);                 // truncated in the middle
  CHECK(find_invalid_utf8("\xE2\x82") == 0u);          // 3-byte, one missing
  CHECK(find_invalid_utf8("\xF0\x9F\x98") == 0u);      // 4-byte, one missing
  CHECK(find_invalid_utf8("ok \xC0\xAF") == 3u);       // overlong '/'
  CHECK(find_invalid_utf8("\xC1\xBF") == 0u);          // overlong
  CHECK(find_invalid_utf8("\xE0\x80\xAF") == 0u);      // overlong 3-byte
  CHECK(find_invalid_utf8("\xE0\x9F\xBF") == 0u);      // overlong U+07FF
  CHECK(find_invalid_utf8("\xF0\x80\x80\xAF") == 0u);  // overlong 4-byte
  CHECK(find_invalid_utf8("\xF0\x8F\xBF\xBF") == 0u);  // overlong U+FFFF
  CHECK(find_invalid_utf8("\xED\xA0\x80") == 0u);      // U+D800, a surrogate
  CHECK(find_invalid_utf8("\xED\xBF\xBF") == 0u);      // U+DFFF
  CHECK(find_invalid_utf8("\xF4\x90\x80\x80") == 0u);  // U+110000
  CHECK(find_invalid_utf8("\xF5\x80\x80\x80") == 0u);
  CHECK(find_invalid_utf8("\xFE") == 0u);
  CHECK(find_invalid_utf8("é\xE9t\xE9") == 2u);  // Latin-1 after UTF-8
}

TEST_CASE("text: code points are counted, not bytes") {
  CHECK(count_code_points("") == 0);
  CHECK(count_code_points("abc") == 3);
  CHECK(count_code_points("é") == 1);
  CHECK(count_code_points("ü—€😀") == 4);
}

TEST_CASE("text: column_of counts code points from the line start") {
  const std::string_view text = "ab\ncd: ef\n";
  CHECK(column_of(text, 0) == 1);
  CHECK(column_of(text, 1) == 2);
  CHECK(column_of(text, 2) == 3);  // the newline itself
  CHECK(column_of(text, 3) == 1);
  CHECK(column_of(text, 7) == 5);
  CHECK(column_of(text, 1000) == 1);  // clamped to the end, after the last newline

  const std::string_view multi = "x: é—ü\né: ü";
  CHECK(column_of(multi, 3) == 4);   // é
  CHECK(column_of(multi, 5) == 5);   // —
  CHECK(column_of(multi, 8) == 6);   // ü
  CHECK(column_of(multi, 10) == 7);  // the newline
  CHECK(column_of(multi, 11) == 1);  // é on line 2
  CHECK(column_of(multi, 13) == 2);  // ':'
  CHECK(column_of(multi, 15) == 4);  // ü
  CHECK(column_of(multi, 4) == 4);   // inside é: that character's column
  CHECK(column_of("😀x", 4) == 2);
}

TEST_CASE("text: line_at gives a line without its end") {
  const std::string_view text = "one\ntwo\r\n\nfour";
  CHECK(line_at(text, 1) == "one");
  CHECK(line_at(text, 2) == "two");
  CHECK(line_at(text, 3) == "");
  CHECK(line_at(text, 4) == "four");
  CHECK(line_at(text, 5) == "");
  CHECK(line_at(text, 0) == "");
  CHECK(line_at("a\n", 2) == "");
  CHECK(line_at("", 1) == "");
  CHECK(line_at("only\r\n", 1) == "only");
}

TEST_CASE("text: line_at points into the text") {
  const std::string_view text = "a\nbc\n";
  CHECK(line_at(text, 2).data() == text.data() + 2);
  CHECK(line_at(text, 9).data() == text.data() + text.size());
}

TEST_CASE("text: edit_distance counts edits over code points, a swap as one") {
  CHECK(edit_distance("", "") == 0);
  CHECK(edit_distance("abc", "") == 3);
  CHECK(edit_distance("", "abc") == 3);
  CHECK(edit_distance("kitten", "sitting") == 3);
  CHECK(edit_distance("owner", "ownr") == 1);
  CHECK(edit_distance("steps", "stpes") == 1);
  CHECK(edit_distance("nmae", "name") == 1);
  CHECK(edit_distance("ca", "abc") == 3);
  CHECK(edit_distance("é", "e") == 1);
  CHECK(edit_distance("café", "cafe") == 1);
  CHECK(edit_distance("same", "same") == 0);
}

TEST_CASE("text: suggest the nearest likely typo") {
  constexpr std::array<std::string_view, 5> keys{"standard_time", "steps", "status", "staff",
                                                 "summary"};
  CHECK(suggest("step", keys) == "steps");
  CHECK(suggest("stpes", keys) == "steps");  // a swap costs one
  CHECK(suggest("standard_tme", keys) == "standard_time");
  CHECK(suggest("statu", keys) == "status");
  CHECK(suggest("summery", keys) == "summary");
  CHECK(suggest("owner", keys) == "");
  CHECK(suggest("", keys) == "");
  CHECK(suggest("x", std::span<const std::string_view>{}) == "");
}

TEST_CASE("text: suggest's limit is max(1, size/3)") {
  constexpr std::array<std::string_view, 1> kind{"kind"};
  CHECK(suggest("kin", kind) == "kind");  // size 3: limit 1
  CHECK(suggest("ki", kind) == "");       // distance 2
  constexpr std::array<std::string_view, 1> id{"id"};
  CHECK(suggest("ix", id) == "id");  // size 2: limit still 1
  constexpr std::array<std::string_view, 1> long_word{"responsibilities"};
  CHECK(suggest("responsibilties", long_word) == "responsibilities");
  CHECK(suggest("resposiblities", long_word) == "responsibilities");  // distance 2, limit 4
  CHECK(suggest("rsp", long_word) == "");
}

TEST_CASE("text: suggest accepts a difference of case alone") {
  constexpr std::array<std::string_view, 4> kinds{"Unit", "Position", "Employee", "SOP"};
  CHECK(suggest("sop", kinds) == "SOP");  // distance 3, but the same ignoring case
  CHECK(suggest("POSITION", kinds) == "Position");
  CHECK(suggest("Unti", kinds) == "Unit");  // a swap: distance 1
  CHECK(suggest("Uitn", kinds) == "");      // distance 2 > 1
  CHECK(suggest("Posiiton", kinds) == "Position");
}

TEST_CASE("text: suggest breaks ties by the first candidate") {
  constexpr std::array<std::string_view, 3> words{"cat", "car", "cab"};
  CHECK(suggest("caz", words) == "cat");
  constexpr std::array<std::string_view, 2> reversed{"car", "cat"};
  CHECK(suggest("caz", reversed) == "car");
  constexpr std::array<std::string_view, 2> closer{"abcdxxghi", "abcdefgh"};
  CHECK(suggest("abcdefghi", closer) == "abcdefgh");  // distance 1 beats an earlier 2
}

TEST_CASE("text: upper_first_ascii changes an ASCII first letter only") {
  CHECK(upper_first_ascii("selesai") == "Selesai");
  CHECK(upper_first_ascii("End") == "End");
  CHECK(upper_first_ascii("") == "");
  CHECK(upper_first_ascii("éa") == "éa");
}

TEST_CASE("text: to_lower_ascii leaves other bytes alone") {
  CHECK(to_lower_ascii("Hello SOP-12") == "hello sop-12");
  CHECK(to_lower_ascii("ÉTÉ") == "ÉtÉ");
  CHECK(to_lower_ascii("") == "");
}

TEST_CASE("text: escape_control shows control characters as \\xNN") {
  CHECK(escape_control("plain text") == "plain text");
  CHECK(escape_control("tab\tstays") == "tab\tstays");
  CHECK(escape_control("\x1b[31mred") == "\\x1b[31mred");
  CHECK(escape_control("a\nb\r") == "a\\x0ab\\x0d");
  CHECK(escape_control("\x7f") == "\\x7f");
  CHECK(escape_control("\0x"sv) == "\\x00x");
  CHECK(escape_control("\x01\x1f") == "\\x01\\x1f");
  CHECK(escape_control(" ~") == " ~");
}

TEST_CASE("text: escape_control keeps UTF-8 and escapes what is not") {
  CHECK(escape_control("Évaluasi — akhir 😀") == "Évaluasi — akhir 😀");
  CHECK(escape_control("a\xff"
                       "b") == "a\\xffb");
  CHECK(escape_control("\xC0\xAF") == "\\xc0\\xaf");           // overlong
  CHECK(escape_control("\xED\xA0\x80") == "\\xed\\xa0\\x80");  // surrogate
  CHECK(escape_control("\xC3") == "\\xc3");                    // truncated
  CHECK(escape_control("\xC3"
                       "é") == "\\xc3é");  // the next sequence survives
  CHECK(escape_control("\xC2\x9B"
                       "31m") == "\\xc2\\x9b31m");  // C1 control CSI
  CHECK(escape_control("\xC2\xA0") == "\xC2\xA0");  // no-break space is text
}

TEST_CASE("text: natural_less orders numbers by value") {
  using tatakerja::util::natural_less;
  CHECK(natural_less("B-2/2024", "B-10/2024"));
  CHECK_FALSE(natural_less("B-10/2024", "B-2/2024"));
  CHECK(natural_less("B-10/2023", "B-10/2024"));
  CHECK(natural_less("a", "b"));
  CHECK(natural_less("a", "a1"));
  CHECK_FALSE(natural_less("a1", "a"));
  CHECK(natural_less("02", "2"));  // equal values: by bytes, so the order is total
  CHECK_FALSE(natural_less("2", "02"));
  CHECK_FALSE(natural_less("x", "x"));
  CHECK(natural_less("9", "10"));
  CHECK(natural_less("007", "10"));
}

TEST_CASE("text: an invalid byte is found at every place in long ASCII runs") {
  // ASCII is skipped eight bytes at a time: try every offset around the words.
  for (std::size_t at = 0; at < 20; ++at) {
    CAPTURE(at);
    std::string text(20, 'a');
    text[at] = '\xff';
    CHECK(find_invalid_utf8(text) == at);
    text[at] = '\xC3';  // a two-byte lead cut short by the ASCII after it
    CHECK(find_invalid_utf8(text) == at);
    text.replace(at, 1, "\xC3\xA9");  // é: valid
    CHECK_FALSE(find_invalid_utf8(text).has_value());
  }
}

TEST_CASE("text: did you mean, with the guess escaped") {
  using tatakerja::util::did_you_mean;
  CHECK(did_you_mean("") == "");
  CHECK(did_you_mean("steps") == "; did you mean `steps`?");
  // A guess may come from a user's file: an id with an escape sequence.
  CHECK(did_you_mean("sop-\x1b[31m") == "; did you mean `sop-\\x1b[31m`?");
}

TEST_CASE("text: wrap at spaces, by code points") {
  using tatakerja::util::wrap;
  CHECK(wrap("", 10).empty());
  CHECK(wrap("satu dua tiga", 8) == std::vector<std::string>{"satu dua", "tiga"});
  CHECK(wrap("a  b", 10) == std::vector<std::string>{"a b"});
  CHECK(wrap("pendistribusian x", 5) == std::vector<std::string>{"pendistribusian", "x"});
  CHECK(wrap("ÅÅÅ ééé", 7) == std::vector<std::string>{"ÅÅÅ ééé"});  // 7 code points, 13 bytes
}
