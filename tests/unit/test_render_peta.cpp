#include <doctest/doctest.h>

#include <sstream>

#include "render/peta.hpp"
#include "tatakerja/flow/text.hpp"
#include "test_render_fixture.hpp"

using namespace tatakerja;
using render::PetaChart;
using render::PetaNode;

namespace {

// A node with `lines` positions named "Jabatan N", none vacant.
PetaNode node(int parent, std::string title, int lines = 1) {
  PetaNode n;
  n.parent = parent;
  n.title = std::move(title);
  for (int k = 0; k < lines; ++k) n.lines.push_back({"Jabatan " + std::to_string(k), "1/1 0"});
  return n;
}

// A root with `children` children, each with `grandchildren` of its own.
std::vector<PetaNode> office(int children, int grandchildren = 0) {
  std::vector<PetaNode> nodes{node(-1, "Kantor")};
  for (int c = 0; c < children; ++c) {
    const int parent = static_cast<int>(nodes.size());
    nodes.push_back(node(0, "Seksi " + std::to_string(c), 2));
    for (int g = 0; g < grandchildren; ++g) {
      nodes.push_back(node(parent, "Subseksi " + std::to_string(c) + "." + std::to_string(g)));
    }
  }
  return nodes;
}

bool overlap(const render::PetaBox& a, const render::PetaBox& b) {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

// Every box inside the chart, no two boxes overlapping.
void check_boxes(const PetaChart& chart) {
  for (std::size_t i = 0; i < chart.boxes.size(); ++i) {
    const auto& a = chart.boxes[i];
    CHECK(a.x >= 0);
    CHECK(a.y >= 0);
    CHECK(a.x + a.width <= chart.width);
    CHECK(a.y + a.height <= chart.height);
    for (std::size_t j = i + 1; j < chart.boxes.size(); ++j) {
      INFO("boxes " << a.node << " and " << chart.boxes[j].node);
      CHECK_FALSE(overlap(a, chart.boxes[j]));
    }
  }
}

// Every connector: orthogonal, from its parent's bottom to its child's top
// centre, never through the inside of a box.
void check_connectors(const PetaChart& chart) {
  for (const auto& c : chart.connectors) {
    REQUIRE(c.points.size() >= 2);
    const auto& from = chart.boxes[c.from];
    const auto& to = chart.boxes[c.to];
    CHECK(c.points.front().second == from.y + from.height);
    CHECK(c.points.front().first >= from.x);
    CHECK(c.points.front().first <= from.x + from.width);
    CHECK(c.points.back() == std::pair(to.x + to.width / 2, to.y));
    for (std::size_t k = 1; k < c.points.size(); ++k) {
      const auto [x0, y0] = c.points[k - 1];
      const auto [x1, y1] = c.points[k];
      CHECK((x0 == x1 || y0 == y1));
      for (const auto& b : chart.boxes) {
        const bool crosses = std::min(x0, x1) < b.x + b.width && std::max(x0, x1) > b.x &&
                             std::min(y0, y1) < b.y + b.height && std::max(y0, y1) > b.y;
        CHECK_FALSE(crosses);
      }
    }
  }
}

const render::PetaBox& box_of(const PetaChart& chart, int node) {
  for (const auto& b : chart.boxes) {
    if (b.node == node) return b;
  }
  FAIL("no box for node " << node);
  return chart.boxes.front();
}

int centre(const render::PetaBox& b) {
  return b.x + b.width / 2;
}

std::string svg_of(const PetaChart& chart, const render::PetaLayoutOptions& options = {}) {
  std::ostringstream out;
  render::write_peta_svg(chart, options, "Peta Jabatan", out);
  return out.str();
}

}  // namespace

TEST_CASE("peta layout: a tidy tree, children centred under their parent, in tree order") {
  const auto nodes = office(3, 2);
  const auto charts = render::peta_layout(nodes);
  REQUIRE(charts.size() == 1);
  const auto& chart = charts[0];
  CHECK(chart.boxes.size() == nodes.size());
  CHECK(chart.connectors.size() == nodes.size() - 1);
  CHECK(chart.width <= 1050);
  check_boxes(chart);
  check_connectors(chart);
  for (std::size_t n = 0; n < nodes.size(); ++n) {
    std::vector<int> kids;
    for (std::size_t k = 0; k < nodes.size(); ++k) {
      if (nodes[k].parent == static_cast<int>(n)) kids.push_back(static_cast<int>(k));
    }
    if (kids.empty()) continue;
    const auto& parent = box_of(chart, static_cast<int>(n));
    const int first = centre(box_of(chart, kids.front()));
    const int last = centre(box_of(chart, kids.back()));
    CHECK(std::abs(centre(parent) - (first + last) / 2) <= 1);
    for (std::size_t k = 1; k < kids.size(); ++k) {
      CHECK(box_of(chart, kids[k - 1]).x < box_of(chart, kids[k]).x);  // siblings in order
    }
    for (int k : kids) CHECK(box_of(chart, k).y > parent.y + parent.height);
  }
}

TEST_CASE("peta layout: boxes of one depth stand on one level") {
  auto nodes = office(2, 0);
  nodes[1].lines.resize(6, {"Jabatan panjang sekali", "1/1 0"});  // a taller box
  nodes.push_back(node(1, "Bawah A"));
  nodes.push_back(node(2, "Bawah B"));
  const auto chart = render::peta_layout(nodes).at(0);
  CHECK(box_of(chart, 1).y == box_of(chart, 2).y);
  CHECK(box_of(chart, 3).y == box_of(chart, 4).y);
  check_boxes(chart);
  check_connectors(chart);
}

TEST_CASE("peta layout: deterministic") {
  const auto nodes = office(4, 3);
  const auto a = render::peta_layout(nodes);
  const auto b = render::peta_layout(nodes);
  REQUIRE(a.size() == b.size());
  for (std::size_t c = 0; c < a.size(); ++c) CHECK(svg_of(a[c]) == svg_of(b[c]));
}

TEST_CASE("peta layout: one chart a top-level unit when the whole is too wide") {
  std::vector<PetaNode> nodes{node(-1, "Sekretariat")};
  for (int k = 0; k < 3; ++k) nodes.push_back(node(0, "Bagian " + std::to_string(k)));
  nodes.push_back(node(-1, "Kecamatan"));
  for (int k = 0; k < 3; ++k) nodes.push_back(node(4, "Kelurahan " + std::to_string(k)));
  render::PetaLayoutOptions options;
  REQUIRE(render::peta_layout(nodes, options).size() == 1);  // fits 1050 px
  options.max_width = 500;
  const auto charts = render::peta_layout(nodes, options);
  REQUIRE(charts.size() == 2);
  CHECK(charts[0].boxes.front().node == 0);
  CHECK(charts[1].boxes.front().node == 4);
  for (const auto& chart : charts) {
    CHECK(chart.boxes.size() == 4);
    CHECK(chart.width <= 500);
    check_boxes(chart);
    check_connectors(chart);
  }
}

TEST_CASE("peta layout: a row of children too wide for the page is stacked in even rows") {
  const auto nodes = office(5);
  render::PetaLayoutOptions options;
  options.max_width = 450;
  REQUIRE(render::peta_layout(nodes, {}).at(0).boxes.at(1).width == options.min_box_width);
  const auto charts = render::peta_layout(nodes, options);
  REQUIRE(charts.size() == 1);
  const auto& chart = charts[0];
  CHECK(chart.width <= 450);
  check_boxes(chart);
  check_connectors(chart);
  // Five children of 110 px, at most three a row in 450 px: 3 and 2, in tree order.
  const int first_row = box_of(chart, 1).y;
  CHECK(box_of(chart, 2).y == first_row);
  CHECK(box_of(chart, 3).y == first_row);
  CHECK(box_of(chart, 4).y > first_row);
  CHECK(box_of(chart, 5).y == box_of(chart, 4).y);
  CHECK(box_of(chart, 4).x < box_of(chart, 5).x);
  // The rows stand right of the trunk.
  for (int k = 1; k <= 5; ++k) CHECK(box_of(chart, k).x >= options.indent);
}

TEST_CASE("peta layout: nested rows stay within the page") {
  render::PetaLayoutOptions options;
  options.max_width = 600;
  const auto nodes = office(4, 4);
  const auto charts = render::peta_layout(nodes, options);
  REQUIRE(charts.size() == 1);
  CHECK(charts[0].width <= 600);
  check_boxes(charts[0]);
  check_connectors(charts[0]);
}

TEST_CASE("peta layout: long names wrap inside the box, figures kept whole") {
  std::vector<PetaNode> nodes{
      node(-1, "Kantor Kementerian Agama Kabupaten Grobogan Provinsi Jawa Tengah")};
  nodes[0].lines = {{"Analis Sumber Daya Manusia Aparatur Ahli Pertama (8)", "12/13 -1"}};
  const auto chart = render::peta_layout(nodes).at(0);
  const auto& b = chart.boxes.at(0);
  CHECK(b.width <= 190);
  CHECK(b.title.size() > 1);
  REQUIRE(b.lines.size() == 1);
  CHECK(b.lines[0].text.size() > 1);
  CHECK(b.lines[0].figures == "12/13 -1");
  for (const auto& line : b.lines[0].text) {
    CHECK(flow::text_width(line, 10) <= b.width - 12 - flow::text_width("12/13 -1", 10));
  }
}

TEST_CASE("peta svg: golden of a small tree, vacancy in red, a box all vacant dashed") {
  std::vector<PetaNode> nodes{node(-1, "Kantor <Uji> & Co")};
  nodes[0].lines = {{"Kepala Kantor (12)", "1/1 0"}};
  nodes.push_back(node(0, "Tata Usaha"));
  nodes[1].lines = {{"Analis (8)", "2/3 -1"}, {"Arsiparis (kosong)", "0/1 -1", true}};
  nodes.push_back(node(0, "Seksi Kosong"));
  nodes[2].lines = {{"Penyuluh (kosong)", "0/2 -2", true}};
  const auto charts = render::peta_layout(nodes);
  REQUIRE(charts.size() == 1);
  test::check_golden("peta_small.svg", svg_of(charts[0]));
}

TEST_CASE("peta units: the book's tree with kelas jabatan, B, K, ± and vacancies") {
  const auto b = test::make_book(test::kSmallOffice);
  const auto units = render::peta_units(b->book);
  const auto& repo = b->read.repo;
  REQUIRE(units.size() == 3);  // Kantor Uji, Tata Usaha under it, no unit
  CHECK(repo.units[units[0].unit].doc.id.value == "kantor");
  CHECK(units[0].parent == -1);
  CHECK(repo.units[units[1].unit].doc.id.value == "tu");
  CHECK(units[1].parent == 0);
  CHECK(units[2].unit == -1);
  CHECK(units[2].parent == -1);
  REQUIRE(units[0].positions.size() == 1);
  const auto& kepala = units[0].positions[0];
  CHECK(repo.positions[kepala.position].doc.id.value == "kepala");
  CHECK(kepala.grade == 12);
  CHECK(kepala.vacant());
  const auto& l = render::book_labels(model::Language::Id);
  CHECK(render::peta_figures(kepala, l) == "(12) 0/0 0 (kosong)");
  const auto nodes = render::peta_nodes(b->book, units);
  CHECK(nodes[1].title == "Subbagian Tata Usaha");
  CHECK(nodes[1].lines.at(0).text == "Analis Kepegawaian");
  CHECK(nodes[1].lines.at(0).figures == "1/1 0");
  CHECK_FALSE(nodes[1].lines.at(0).vacant);
  CHECK(nodes[0].lines.at(0).text == "Kepala Kantor (12) (kosong)");
  CHECK(nodes[2].title == "Tanpa Unit Kerja");
}

TEST_CASE("peta units: none in a book of one SOP, nor in a book without positions") {
  render::BookOptions options;
  options.sop = "izin-cuti";
  CHECK(render::peta_units(test::make_book(test::kSmallOffice, options)->book).empty());
  const auto b = test::make_book(R"(kind: Unit
id: kantor
name: Kantor
)");
  CHECK(render::peta_units(b->book).empty());
}

TEST_CASE("peta in the books: HTML section after the contents, Markdown list, JSON tree") {
  const auto b = test::make_book(test::kSmallOffice);
  const auto html = test::write(b->book, render::Format::Html);
  const auto contents = html.find("id=\"contents\"");
  const auto peta = html.find(R"(<section class="chapter peta landscape" id="peta-jabatan">)");
  const auto chapter = html.find("<section class=\"chapter\" id=\"unit-kantor\"");
  REQUIRE(peta != std::string::npos);
  CHECK(contents < peta);
  CHECK(peta < chapter);
  CHECK(html.find(R"(<a href="#peta-jabatan">Peta Jabatan</a>)") < peta);
  CHECK(html.find("<svg class=\"peta\"", peta) < chapter);
  CHECK(html.find("Analis Kepegawaian</tspan>", peta) < chapter);
  const auto md = test::write(b->book, render::Format::Markdown);
  CHECK(md.find("    - [Kepala Kantor](#position-kepala) (12) 0/0 0 (kosong)\n") !=
        std::string::npos);
  const auto json = test::write(b->book, render::Format::Json);
  CHECK(json.find("\"position_map\"") != std::string::npos);
}

TEST_CASE("peta in the books: English labels") {
  render::BookOptions options;
  options.language = model::Language::En;
  const auto b = test::make_book(test::kSmallOffice, options);
  const auto html = test::write(b->book, render::Format::Html);
  CHECK(html.find("<h2>Position Map</h2>") != std::string::npos);
  CHECK(html.find("(vacant)") != std::string::npos);
}

TEST_CASE("peta in the books: a unit without a name is never an empty emphasis") {
  const auto b = test::make_book(R"(kind: Unit
id: kantor
name: ""
---
kind: Position
id: kepala
name: Kepala
unit: kantor
duties:
  - {id: rapat, text: Memimpin rapat, volume: 10, standard_time: 1h}
)");
  REQUIRE_FALSE(render::peta_units(b->book).empty());
  const auto md = test::write(b->book, render::Format::Markdown);
  CHECK(md.find("****") == std::string::npos);
  CHECK(md.find("## Peta Jabatan") != std::string::npos);
}

TEST_CASE("peta svg: text from the YAML is escaped") {
  std::vector<PetaNode> nodes{node(-1, "<script>alert(1)</script>")};
  nodes[0].lines = {{"A & \"B\" <b>", "1/1 0"}};
  const auto svg = svg_of(render::peta_layout(nodes).at(0));
  CHECK(svg.find("<script") == std::string::npos);
  CHECK(svg.find("<b>") == std::string::npos);
  CHECK(svg.find("&lt;script&gt;") != std::string::npos);
  CHECK(svg.find("A &amp; &quot;B&quot; &lt;b&gt;") != std::string::npos);
}
