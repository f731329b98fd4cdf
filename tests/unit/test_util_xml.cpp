#include <doctest/doctest.h>

#include "tatakerja/util/xml.hpp"

using tatakerja::util::xml_escape;

TEST_CASE("xml: markup characters become entities") {
  CHECK(xml_escape("") == "");
  CHECK(xml_escape("a & b < c > d \" e ' f") == "a &amp; b &lt; c &gt; d &quot; e &apos; f");
  CHECK(xml_escape("Évaluasi — akhir") == "Évaluasi — akhir");
}

TEST_CASE("xml: tab, line feed and carriage return as character references") {
  CHECK(xml_escape("a\tb\nc\rd") == "a&#9;b&#10;c&#13;d");
}

TEST_CASE("xml: characters XML 1.0 forbids are shown, never written") {
  CHECK(xml_escape(std::string_view("\x00\x01\x1b[31m", 7)) == "\\x00\\x01\\x1b[31m");
  CHECK(xml_escape("a\xEF\xBF\xBE"
                   "b\xEF\xBF\xBF"
                   "c") ==
        "a\xEF\xBF\xBD"
        "b\xEF\xBF\xBD"
        "c");
  CHECK(xml_escape("\xEF\xBF\xBD") == "\xEF\xBF\xBD");
  CHECK(xml_escape("x\xff"
                   "y") ==
        "x\xEF\xBF\xBD"
        "y");
  CHECK(xml_escape("\x7f") == "\\x7f");  // allowed in XML 1.0, but not in HTML
}
