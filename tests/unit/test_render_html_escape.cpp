// The HTML handbook never lets text from the YAML become markup: every
// field of every document carries a hostile text, and the book must hold
// no script, no raw quote inside an attribute and no control byte.
#include <doctest/doctest.h>

#include <regex>

#include "finding.hpp"
#include "render/html/html.hpp"
#include "test_render_html_fixture.hpp"

namespace {

// `<script>`, quotes, `&`, `|`, backticks, `"]`, `-->` and an ESC byte, as
// a double-quoted YAML scalar (YAML writes ESC as \e).
const std::string kEvil =
    R"("<script>alert(1)</script> \"q\" 'a' & | `b` \"] --> \e[31m <img src=http://x>")";

std::string evil_repo() {
  const std::string e = kEvil;
  return "kind: Unit\nid: u\nname: " + e +
         "\n---\n"
         "kind: Position\nid: p\nname: " +
         e + "\nunit: u\ntype: " + e + "\nsummary: " + e +
         "\nreports_to: q\nqualifications: {education: " + e + ", training: [" + e +
         "], experience: " + e + "}\nduties:\n  - {id: d, text: " + e + ", output: " + e +
         ", unit_of_output: " + e +
         ", volume: 3, standard_time: 1 jam}\n---\n"
         "kind: Position\nid: q\nname: " +
         e +
         "\nunit: u\n---\n"
         "kind: Employee\nid: \"1\"\nname: " +
         e +
         "\nposition: p\n---\n"
         "kind: SOP\nid: s\nnumber: " +
         e + "\ntitle: " + e +
         "\nunit: u\nowner: p\n"
         "duties: [d]\napproved_by: {position: " +
         e + ", name: " + e + ", nip: " + e +
         "}\n"
         "legal_basis: [" +
         e + "]\nqualifications: [" + e + "]\nrelated: [t, " + e +
         "]\n"
         "equipment: [" +
         e + "]\nwarnings: [" + e + "]\nrecords: [" + e +
         "]\n"
         "external_actors: [" +
         e + "]\noutput: " + e +
         "\nsteps:\n"
         "  - {activity: " +
         e + ", actor: " + e + ", requirements: [" + e + ", " + e + "], time: 10m, output: " + e +
         ", notes: " + e +
         "}\n"
         "  - {activity: " +
         e + ", actor: p, decision: " + e + ", labels: [" + e + ", " + e +
         "], no: \"1\", time: 5m, output: " + e +
         "}\n"
         "  - {activity: " +
         e + ", actor: q, time: 5m, output: " + e +
         "}\n---\n"
         "kind: SOP\nid: t\nnumber: " +
         e + "\ntitle: " + e +
         "\nunit: u\nowner: q\nsteps:\n"
         "  - {activity: " +
         e + ", actor: q, time: 5m, output: " + e + "}\n  - {activity: " + e +
         ", actor: r, time: 5m, output: " + e + "}\n---\nkind: Role\nid: r\nname: " + e +
         "\nmembers: [p, q]\n";
}

void check_clean(const std::string& html) {
  CHECK(html.find("<script") == std::string::npos);
  CHECK(html.find("<img src=http") == std::string::npos);
  CHECK(html.find('\x1b') == std::string::npos);
  CHECK(html.find("\"q\"") == std::string::npos);  // raw quotes: they would end an attribute
  CHECK(html.find("'a'") == std::string::npos);
  CHECK(html.find("-->") == std::string::npos);
  CHECK(html.find("src=\"http") == std::string::npos);
  CHECK(html.find("href=\"http") == std::string::npos);
  // Every attribute value is quoted and holds no '<'.
  const std::regex attribute("=\"[^\"]*<");
  CHECK_FALSE(std::regex_search(html, attribute));
}

}  // namespace

TEST_CASE("html escape: a hostile text in every field stays text") {
  tatakerja::render::BookOptions options;
  options.errors.push_back(finding("schema", {1, 1, 1}, kEvil));
  test::Rendered kept;
  const auto html = test::render_html({{"evil.yaml", evil_repo()}}, options, &kept);
  INFO(test::describe(kept.read.repo, kept.read.diagnostics));
  check_clean(html);
  // The text is there, escaped, in each kind of place.
  const std::string shown =
      "&lt;script&gt;alert(1)&lt;/script&gt; &quot;q&quot; &apos;a&apos; "
      "&amp; | `b` &quot;] --&gt; \\x1b[31m";
  CHECK(test::count_of(html, shown) >= 30);
  CHECK(html.find("<tspan") != std::string::npos);  // and inside the SVG
  // The Role lane's members under the procedure table, its name escaped.
  CHECK(html.find("<p class=\"members\">Anggota &lt;script&gt;") != std::string::npos);
}

TEST_CASE("html escape: the --split pages are clean too") {
  auto read = test::read_repo({{"evil.yaml", evil_repo()}});
  const auto analysis = tatakerja::workload::analyse(read.repo, {});
  const auto book = tatakerja::render::plan(read.repo, analysis, {});
  REQUIRE(book.sops.size() == 2);
  for (int s : book.sops) {
    std::ostringstream out;
    tatakerja::render::write_sop_page(book, tatakerja::render::Format::Html, s, out);
    check_clean(out.str());
  }
  for (int p : book.positions) {
    std::ostringstream out;
    tatakerja::render::write_position_page(book, tatakerja::render::Format::Html, p, out);
    check_clean(out.str());
  }
  std::ostringstream index;
  tatakerja::render::write_index_page(book, tatakerja::render::Format::Html, index);
  check_clean(index.str());
}

TEST_CASE("html escape: base64 of the logo") {
  using tatakerja::render::html::base64;
  CHECK(base64("") == "");
  CHECK(base64("f") == "Zg==");
  CHECK(base64("fo") == "Zm8=");
  CHECK(base64("foo") == "Zm9v");
  CHECK(base64("foobar") == "Zm9vYmFy");
  CHECK(base64(std::string("\xff\x00\x80", 3)) == "/wCA");
}
