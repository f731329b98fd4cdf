#include <doctest/doctest.h>

#include <sstream>

#include "tatakerja/flow/output.hpp"
#include "test_flow_fixture.hpp"

using namespace tatakerja;

namespace {

std::string svg(const model::Repository& repo, const flow::SvgOptions& options,
                const flow::LayoutOptions& layout = {}) {
  const auto d = flow::layout(repo, repo.sops.back(), layout);
  std::ostringstream out;
  for (const auto& page : d.pages) flow::write_svg(d, page, options, out);
  return out.str();
}

std::size_t count(const std::string& text, std::string_view what) {
  std::size_t n = 0;
  for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
  return n;
}

const char* kTwoSteps = R"(kind: SOP
id: dua
title: Dua langkah
steps:
  - {activity: Mulai, actor: analis}
  - {activity: Selesai, actor: kepala}
)";

}  // namespace

TEST_CASE("flow svg: a standalone file with lane headers, shapes and an arrow") {
  auto t = ::test::flow_repo(kTwoSteps);
  REQUIRE(::test::describe(t.repo, t.diagnostics) == "");
  flow::SvgOptions options;
  options.standalone = true;
  options.id_prefix = "sop-dua-";
  options.title = "Dua langkah";
  CHECK(svg(t.repo, options) == R"~(<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="240" height="146" viewBox="0 0 240 146" font-family="DejaVu Sans, Liberation Sans, Arial, sans-serif" font-size="10">
<title>Dua langkah</title>
<defs><marker id="sop-dua-arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" orient="auto"><path d="M0,0L10,5L0,10z"/></marker></defs>
<rect x="0" y="0" width="240" height="38" fill="#f2f2f2" stroke="none"/>
<text x="60" text-anchor="middle" fill="#000000" stroke="none"><tspan x="60" y="16">Analis Sumber Daya</tspan><tspan x="60" y="29">Manusia Aparatur</tspan></text>
<text x="180" text-anchor="middle" fill="#000000" stroke="none"><tspan x="180" y="23">Kepala Kantor</tspan></text>
<g transform="translate(0,38)">
<path d="M0,54H240" fill="none" stroke="#d9d9d9"/>
<path d="M0,0V108M120,0V108M240,0V108" fill="none" stroke="#999999"/>
<g fill="#ffffff" stroke="#000000">
<rect x="10" y="14" width="100" height="26" rx="13" ry="13"/>
<text x="60" text-anchor="middle" fill="#000000" stroke="none"><tspan x="60" y="31">Mulai</tspan></text>
<rect x="130" y="68" width="100" height="26" rx="13" ry="13"/>
<text x="180" text-anchor="middle" fill="#000000" stroke="none"><tspan x="180" y="85">Selesai</tspan></text>
</g>
<g fill="#000000" stroke="#000000">
<path d="M60,40 L60,54 L180,54 L180,68" fill="none" marker-end="url(#sop-dua-arrow)"/>
</g>
</g>
</svg>
)~");
}

TEST_CASE("flow svg: inline, one <svg> a page, markers unique by prefix") {
  auto t = ::test::flow_repo(::test::long_sop_yaml());
  flow::SvgOptions options;
  options.id_prefix = "p7 \"x";
  flow::LayoutOptions layout;
  layout.rows_per_page = 12;
  const auto out = svg(t.repo, options, layout);
  CHECK(out.find("<?xml") == std::string::npos);
  CHECK(out.find("xmlns") == std::string::npos);
  CHECK(out.find("<title>") == std::string::npos);
  CHECK(count(out, "<svg ") == 4);
  CHECK(count(out, R"(<marker id="p7__xarrow")") == 4);
  std::size_t edges = 0;
  for (const auto& page : flow::layout(t.repo, t.repo.sops[0], layout).pages)
    edges += page.edges.size();
  CHECK(count(out, "marker-end=\"url(#p7__xarrow)\"") == edges);
  CHECK(out.find("<script") == std::string::npos);
  CHECK(count(out, "<polygon") > 7);  // decisions and connectors
}

TEST_CASE("flow svg: hostile texts are escaped, in shapes, lanes, labels and the title") {
  auto t = ::test::hostile_repo();
  flow::SvgOptions options;
  options.standalone = true;
  options.title = t.repo.sops[0].title.value;
  const auto out = svg(t.repo, options);
  CHECK(out.find("<script") == std::string::npos);
  CHECK(out.find("<b>") == std::string::npos);
  CHECK(out.find("<i>") == std::string::npos);
  CHECK(out.find('\x1b') == std::string::npos);
  CHECK(out.find("<title>Judul &lt;script&gt;alert(1)&lt;/script&gt;</title>") !=
        std::string::npos);
  CHECK(out.find("&quot;]") != std::string::npos);
  CHECK(out.find("\\x1b[31m") != std::string::npos);
  CHECK(out.find(">Ya &quot;] --&gt;|</text>") != std::string::npos);
  CHECK(out.find(">Tidak `\\` \\x1b</text>") != std::string::npos);
  CHECK(out.find("Selesai &amp; &lt;b&gt;") != std::string::npos);
  // Every element that opens is a known one.
  for (auto at = out.find('<'); at != std::string::npos; at = out.find('<', at + 1)) {
    const auto name = out.substr(at + 1, out.find_first_of(" >/", at + 1) - at - 1);
    CAPTURE(name);
    const bool known = name == "?xml" || name == "svg" || name == "title" || name == "defs" ||
                       name == "marker" || name == "path" || name == "g" || name == "rect" ||
                       name == "polygon" || name == "text" || name == "tspan" || name.empty();
    CHECK(known);
  }
}
