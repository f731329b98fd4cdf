// The escaping fixes found by the injection tests (tests/scripts/injection_*.sh),
// each at the unit that makes it: one test a bug, each failing before its fix.
#include <doctest/doctest.h>

#include <sstream>

#include "tatakerja/flow/output.hpp"
#include "tatakerja/util/markdown.hpp"
#include "tatakerja/util/text.hpp"
#include "tatakerja/util/xml.hpp"
#include "test_flow_fixture.hpp"
#include "workload_fixture.hpp"

using namespace tatakerja;

TEST_CASE("injection: bidi embeddings, overrides and isolates are shown escaped") {
  // U+202E RIGHT-TO-LEFT OVERRIDE would reverse what a terminal shows.
  CHECK(util::escape_control("a\u202Eb") == "a\\xe2\\x80\\xaeb");
  CHECK(util::escape_control("\u202A\u202B\u202C\u202D") ==
        "\\xe2\\x80\\xaa\\xe2\\x80\\xab\\xe2\\x80\\xac\\xe2\\x80\\xad");
  CHECK(util::escape_control("\u2066\u2067\u2068\u2069") ==
        "\\xe2\\x81\\xa6\\xe2\\x81\\xa7\\xe2\\x81\\xa8\\xe2\\x81\\xa9");
  // Their neighbours, and text in other scripts, stay as they are.
  CHECK(util::escape_control("\u2029\u202F\u2065\u206A") == "\u2029\u202F\u2065\u206A");
  CHECK(util::escape_control("Jalan \u2014 \u0627\u0644\u0639\u0631\u0628\u064A\u0629") ==
        "Jalan \u2014 \u0627\u0644\u0639\u0631\u0628\u064A\u0629");
}

TEST_CASE("injection: HTML and SVG show DEL and C1 controls as \\xNN, not raw") {
  // Raw, they are a parse error in HTML and invisible; U+009B is a CSI.
  CHECK(util::xml_escape("a\x7f"
                         "b") == "a\\x7fb");
  CHECK(util::xml_escape("\u009B"
                         "31m") == "\\xc2\\x9b31m");
  CHECK(util::xml_escape("\u0080\u009F\u00A0") == "\\xc2\\x80\\xc2\\x9f\u00A0");
}

TEST_CASE("injection: a DOT label keeps `&amp;` as written (Graphviz reads entities)") {
  auto t = ::test::flow_repo(R"(kind: SOP
id: s
title: S
steps:
  - {activity: "A &amp; B &lt;i&gt; & C", actor: analis}
)");
  std::ostringstream out;
  flow::write_dot(t.repo, t.repo.sops.back(), {}, out);
  CHECK(out.str().find("label=\"A &amp;amp; B &amp;lt;i&amp;gt; &amp; C\"") != std::string::npos);
}

TEST_CASE("injection: Markdown makes no autolink of a URL in user text") {
  using util::markdown::inline_text;
  CHECK(inline_text("lihat https://evil.example/x dan HTTP://a") ==
        "lihat https\\://evil.example/x dan HTTP\\://a");
  CHECK(inline_text("www.evil.example dan WWW.x") == "www\\.evil.example dan WWW\\.x");
  CHECK(inline_text("pukul 08:00, versi 1.5") == "pukul 08:00, versi 1.5");
}

TEST_CASE("injection: workload Markdown escapes `&` and breaks autolinks") {
  const std::string yaml = R"(kind: Position
id: p
name: "A &amp; B https://evil www.evil"
staff: 1
duties:
  - {id: a, text: t, volume: 1, standard_time: 1h}
)";
  const auto out = ::test::render(yaml, workload::View::Position, workload::Format::Markdown,
                                  model::Language::En);
  CHECK(out.find("| A &amp;amp; B https\\://evil www\\.evil |") != std::string::npos);
}

TEST_CASE("injection: workload and the book escape Markdown with one character set") {
  // The two Markdown writers once escaped differently: workload left `$`
  // (GitHub math) alone and backslash-escaped < >. One escaper now.
  const std::string name = "Biaya $5 <b>x</b> ~a~ #1";
  const std::string yaml =
      "kind: Position\nid: p\nname: \"" + name +
      "\"\nstaff: 1\nduties:\n  - {id: a, text: t, volume: 1, standard_time: 1h}\n";
  const auto out = ::test::render(yaml, workload::View::Position, workload::Format::Markdown,
                                  model::Language::En);
  const std::string expected = util::markdown::cell(name);
  CHECK(expected == "Biaya \\$5 &lt;b&gt;x&lt;/b&gt; \\~a\\~ \\#1");
  CHECK(out.find("| " + expected + " |") != std::string::npos);
}

TEST_CASE("injection: CSV cells show control characters as \\xNN, line ends kept") {
  const std::string yaml = R"(kind: Position
id: p
name: "x\e[31my\u009b\u202e"
staff: 1
duties:
  - {id: a, text: "=a\e]0;t\x07\nb\rc", volume: 1, standard_time: 1h}
)";
  const auto positions = ::test::render(yaml, workload::View::Position, workload::Format::Csv);
  CHECK(positions.find(",x\\x1b[31my\\xc2\\x9b\\xe2\\x80\\xae,") != std::string::npos);
  const auto duties = ::test::render(yaml, workload::View::Duty, workload::Format::Csv);
  CHECK(duties.find(",\"'=a\\x1b]0;t\\x07\nb\rc\",") != std::string::npos);
}
