#include <doctest/doctest.h>

#include <sstream>

#include "tatakerja/util/json.hpp"

using tatakerja::util::json_quote;
using tatakerja::util::JsonWriter;

TEST_CASE("json: strings escaped per RFC 8259") {
  CHECK(json_quote("") == "\"\"");
  CHECK(json_quote("plain / text") == "\"plain / text\"");
  CHECK(json_quote("a\"b\\c") == "\"a\\\"b\\\\c\"");
  CHECK(json_quote("\b\f\n\r\t") == "\"\\b\\f\\n\\r\\t\"");
  CHECK(json_quote(std::string_view("\x00\x01\x1b\x1f\x7f", 5)) ==
        "\"\\u0000\\u0001\\u001b\\u001f\\u007f\"");
  CHECK(json_quote("Évaluasi — akhir") == "\"Évaluasi — akhir\"");
}

TEST_CASE("json: bytes that are not UTF-8 become U+FFFD") {
  CHECK(json_quote("a\xff"
                   "b") ==
        "\"a\xEF\xBF\xBD"
        "b\"");
  CHECK(json_quote("\xC3") == "\"\xEF\xBF\xBD\"");
  CHECK(json_quote("\xC0\xAF") == "\"\xEF\xBF\xBD\xEF\xBF\xBD\"");  // overlong '/'
}

TEST_CASE("json: pretty-printed in the order written") {
  std::ostringstream out;
  JsonWriter w(out);
  w.begin_object();
  w.key("version").number(1);
  w.key("empty").begin_array().end_array();
  w.key("none").begin_object().end_object();
  w.key("list").begin_array().number(-3).string("x").boolean(true).null().end_array();
  w.key("nested").begin_object().key("b").boolean(false).key("a").number(2).end_object();
  w.end_object();
  CHECK(w.done());
  CHECK(out.str() ==
        "{\n"
        "  \"version\": 1,\n"
        "  \"empty\": [],\n"
        "  \"none\": {},\n"
        "  \"list\": [\n"
        "    -3,\n"
        "    \"x\",\n"
        "    true,\n"
        "    null\n"
        "  ],\n"
        "  \"nested\": {\n"
        "    \"b\": false,\n"
        "    \"a\": 2\n"
        "  }\n"
        "}");
}

TEST_CASE("json: compact with indent 0; keys escaped too") {
  std::ostringstream out;
  JsonWriter w(out, 0);
  w.begin_array()
      .begin_object()
      .key("k\"ey")
      .string("v")
      .end_object()
      .number(4294967296)
      .end_array();
  CHECK(w.done());
  CHECK(out.str() == "[{\"k\\\"ey\":\"v\"},4294967296]");
}

TEST_CASE("json: one scalar is a whole value") {
  std::ostringstream out;
  JsonWriter w(out);
  CHECK_FALSE(w.done());
  w.string("only");
  CHECK(w.done());
  CHECK(out.str() == "\"only\"");
}

TEST_CASE("json: exact decimals written as number text") {
  std::ostringstream out;
  JsonWriter w(out, 0);
  w.begin_array().number_text("2.256").number_text("-1").number_text("3300").end_array();
  CHECK(out.str() == "[2.256,-1,3300]");
}
