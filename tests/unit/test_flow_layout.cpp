#include <doctest/doctest.h>

#include <algorithm>
#include <chrono>
#include <map>
#include <sstream>

#include "tatakerja/flow/diagram.hpp"
#include "tatakerja/flow/text.hpp"
#include "test_flow_fixture.hpp"

using namespace tatakerja;
using flow::Box;
using flow::Point;

namespace {

const char* shape_name(flow::Shape shape) {
  switch (shape) {
    case flow::Shape::Terminal:
      return "terminal";
    case flow::Shape::Process:
      return "process";
    case flow::Shape::Decision:
      return "decision";
    case flow::Shape::Connector:
      return "connector";
  }
  return "?";
}

// Every lane, row, shape and arrow of a diagram, one a line.
std::string dump(const flow::Diagram& d) {
  std::ostringstream out;
  for (const auto& lane : d.lanes)
    out << "lane " << lane.name << " x=" << lane.x << " w=" << lane.width << "\n";
  for (const auto& page : d.pages) {
    out << "page " << page.width << "x" << page.height << " strips " << page.strip_above << "/"
        << page.strip_below << "\n";
    for (const auto& row : page.rows)
      out << " row step=" << row.step << " y=" << row.y << " h=" << row.height << "\n";
    for (const auto& n : page.nodes) {
      out << " " << shape_name(n.shape) << " step=" << n.step << " lane=" << n.lane
          << " row=" << n.row << " box=" << n.box.x << "," << n.box.y << "," << n.box.width << "x"
          << n.box.height;
      for (const auto& line : n.lines) out << " |" << line;
      out << (n.end_marker ? " end" : "") << (n.in_channel ? " channel" : "") << "\n";
    }
    for (const auto& e : page.edges) {
      out << " edge " << e.from << "->" << e.to << (e.back ? " back" : "");
      for (const auto& p : e.points) out << " " << p.x << "," << p.y;
      if (e.label) out << " [" << *e.label << " at " << e.label_at.x << "," << e.label_at.y << "]";
      out << "\n";
    }
  }
  return out.str();
}

const char* kSmallSop = R"(kind: SOP
id: cuti
title: Izin cuti
external_actors: [Pegawai]
steps:
  - {activity: Mengajukan cuti, actor: Pegawai}
  - {activity: Memeriksa sisa cuti, actor: analis, decision: "Sisa cukup?", no: 1}
  - {activity: Menyetujui, actor: kepala, decision: "Setuju?", no: end}
  - {activity: Mengarsipkan, actor: analis}
  - {activity: Selesai, actor: Pegawai}
)";

}  // namespace

TEST_CASE("flow layout: a small SOP with a decision, a loop and an end") {
  auto t = ::test::flow_repo(kSmallSop);
  REQUIRE(::test::describe(t.repo, t.diagnostics) == "");
  const auto d = flow::layout(t.repo, t.repo.sops[0], {});
  // Lanes: no widened margin on the left (no forward jump); the last lane's
  // right margin, 14 px wider, holds the loop back to step 1: no column of
  // its own, the page is the three lanes. Decisions' "Ya" go down into the next
  // row, "Tidak" out of the side; step 3's "Tidak" ends: a small capsule of
  // its own in its row, in the lane to the left (there is none to the
  // right), never an arrow into the last step.
  CHECK(dump(d) == R"(lane Pegawai x=0 w=120
lane Analis Sumber Daya Manusia Aparatur x=120 w=120
lane Kepala Kantor x=240 w=134
page 374x324 strips 0/0
 row step=0 y=0 h=66
 row step=1 y=66 h=78
 row step=2 y=144 h=68
 row step=3 y=212 h=58
 row step=4 y=270 h=54
 terminal step=0 lane=0 row=0 box=10,14,100x38 |Mengajukan |cuti
 decision step=1 lane=1 row=1 box=124,80,112x50 |Sisa cukup?
 decision step=2 lane=2 row=2 box=244,158,112x40 |Setuju?
 process step=3 lane=1 row=3 box=130,226,100x30 |Mengarsipkan
 terminal step=4 lane=0 row=4 box=10,284,100x26 |Selesai
 terminal step=2 lane=1 row=2 box=151,165,56x26 |Selesai end
 edge 0->1 60,52 60,66 180,66 180,80
 edge 1->2 180,130 180,144 300,144 300,158 [Ya at 184,141]
 edge 1->0 back 236,105 368,105 368,33 110,33 [Tidak at 239,102]
 edge 2->3 300,198 300,212 180,212 180,226 [Ya at 304,209]
 edge 2->5 244,178 207,178 [Tidak at 211,175]
 edge 3->4 180,256 180,270 60,270 60,284
)");
}

TEST_CASE("flow layout: a process that goes on to `end` is a capsule with no arrow out") {
  auto t = ::test::flow_repo(R"(kind: SOP
id: surat
title: Surat
steps:
  - {activity: Menerima permohonan, actor: analis}
  - {activity: Memeriksa, actor: analis, decision: "Lengkap?", no: tolak}
  - {activity: Mengirim surat, actor: kepala, next: end}
  - {id: tolak, activity: Memberitahukan penolakan, actor: analis}
)");
  REQUIRE(::test::describe(t.repo, t.diagnostics) == "");
  const auto d = flow::layout(t.repo, t.repo.sops[0], {});
  const auto& page = d.pages.at(0);
  REQUIRE(page.nodes.size() == 4);  // no end marker: the decision's ways go to steps
  CHECK(page.nodes[2].shape == flow::Shape::Terminal);
  CHECK(page.nodes[3].shape == flow::Shape::Terminal);
  CHECK_FALSE(page.nodes[2].end_marker);
  for (const auto& e : page.edges) CHECK(e.from != 2);  // nothing leaves the sent letter
  int into_last = 0;
  for (const auto& e : page.edges) into_last += e.to == 3 ? 1 : 0;
  CHECK(into_last == 1);  // the decision's "Tidak" only
}

namespace {

// The end markers of `page`, each with the arrow into it.
std::vector<std::pair<const flow::Node*, const flow::Edge*>> end_markers(const flow::Page& page) {
  std::vector<std::pair<const flow::Node*, const flow::Edge*>> out;
  for (const auto& e : page.edges) {
    if (page.nodes[e.to].end_marker) out.push_back({&page.nodes[e.to], &e});
  }
  return out;
}

}  // namespace

TEST_CASE("flow layout: a decision's `end` gets a capsule of its own in its row") {
  auto t = ::test::flow_repo(R"(kind: SOP
id: izin
title: Izin
steps:
  - {activity: Mengajukan, actor: analis}
  - {activity: Menilai, actor: kasubbag, decision: "Disetujui?", no: end, labels: [Setuju, Tolak]}
  - {activity: Menandatangani, actor: kepala, next: end}
  - {activity: Memberitahukan penolakan, actor: analis}
)");
  REQUIRE(t.repo.sops.size() == 1);
  flow::LayoutOptions options;
  options.end_label = "End";
  const auto d = flow::layout(t.repo, t.repo.sops[0], options);
  const auto& page = d.pages.at(0);
  const auto ends = end_markers(page);
  REQUIRE(ends.size() == 1);
  const auto& [marker, edge] = ends[0];
  const auto& decision = page.nodes[edge->from];
  CHECK(decision.step == 1);
  CHECK(marker->shape == flow::Shape::Terminal);
  CHECK(marker->step == 1);
  CHECK(marker->row == decision.row);
  CHECK(marker->lane == 2);  // the free lane to the right
  CHECK_FALSE(marker->in_channel);
  CHECK(marker->lines == std::vector<std::string>{"End"});
  const auto& row = page.rows[decision.row];
  CHECK(marker->box.y > row.y);
  CHECK(marker->box.y + marker->box.height < row.y + row.height);
  // Horizontal, from the diamond's right vertex to the capsule's left end,
  // with its label.
  REQUIRE(edge->points.size() == 2);
  CHECK(edge->points[0] ==
        Point{decision.box.x + decision.box.width, decision.box.y + decision.box.height / 2});
  CHECK(edge->points[1] == Point{marker->box.x, edge->points[0].y});
  REQUIRE(edge->label);
  CHECK(*edge->label == "Tolak");
  CHECK(edge->label_at.x > edge->points[0].x);
  CHECK(edge->label_at.x + flow::text_width("Tolak", d.font_px) < marker->box.x);
  CHECK(edge->kind == flow::EdgeKind::No);
  CHECK_FALSE(edge->back);
  for (const auto& e : page.edges) CHECK(e.to != 3);  // nothing into the last step
}

namespace {

bool intersects(Point a, Point b, const Box& box) {
  const int x0 = std::min(a.x, b.x), x1 = std::max(a.x, b.x);
  const int y0 = std::min(a.y, b.y), y1 = std::max(a.y, b.y);
  return x1 >= box.x && x0 <= box.x + box.width && y1 >= box.y && y0 <= box.y + box.height;
}

// Whether the point (x, y), relative to the shape's text centre, is inside
// the shape.
bool inside_shape(const flow::Node& n, double x, double y, int text_centre) {
  const double cx = n.box.x + n.box.width / 2.0, cy = n.box.y + n.box.height / 2.0;
  const double px = cx + x, py = text_centre + y;
  const double a = n.box.width / 2.0, b = n.box.height / 2.0;
  const double dx = std::abs(px - cx), dy = std::abs(py - cy);
  switch (n.shape) {
    case flow::Shape::Process:
      return dx <= a && dy <= b;
    case flow::Shape::Decision:
      return dx / a + dy / b <= 1.0;
    case flow::Shape::Terminal: {
      const double r = std::min(b, 13.0);
      const double ex = std::max(0.0, dx - (a - r)), ey = std::max(0.0, dy - (b - r));
      return dx <= a && dy <= b && ex * ex + ey * ey <= r * r;
    }
    case flow::Shape::Connector:
      return dx <= a && py >= n.box.y && py <= n.box.y + n.box.height * 0.6;
  }
  return false;
}

// The wrapped lines of `n` fit inside it: the corners of their bounding
// box (as wide as the widest line's estimate) lie inside the shape.
bool text_fits(const flow::Node& n, int line_height, int font_px) {
  double widest = 0;
  for (const auto& line : n.lines) widest = std::max(widest, flow::text_width(line, font_px));
  const double half_w = widest / 2, half_h = n.lines.size() * line_height / 2.0;
  const int centre = n.shape == flow::Shape::Connector
                         ? n.box.y + static_cast<int>(n.box.height * 0.6 / 2)
                         : n.box.y + n.box.height / 2;
  for (double sx : {-1.0, 1.0}) {
    for (double sy : {-1.0, 1.0}) {
      if (!inside_shape(n, sx * half_w, sy * half_h, centre)) return false;
    }
  }
  return true;
}

// The page is the lane columns and nothing else (handbook.md: no column of
// its own for a loop), and every shape of a lane but an outer margin's end
// marker lies between its margins.
void check_lanes(const flow::Diagram& d, const flow::Page& page) {
  REQUIRE_FALSE(d.lanes.empty());
  CHECK(d.lanes.front().x == 0);
  for (std::size_t l = 0; l + 1 < d.lanes.size(); ++l)
    CHECK(d.lanes[l].x + d.lanes[l].width == d.lanes[l + 1].x);
  CHECK(d.lanes.back().x + d.lanes.back().width == page.width);
  for (const auto& n : page.nodes) {
    if (n.in_channel) continue;
    const auto& lane = d.lanes[n.lane];
    CHECK(n.box.x >= lane.x + lane.margin_left);
    CHECK(n.box.x + n.box.width <= lane.x + lane.width - lane.margin_right);
  }
}

void check_page(const flow::Diagram& d, const flow::Page& page) {
  check_lanes(d, page);
  const auto& nodes = page.nodes;
  for (std::size_t i = 0; i < nodes.size(); ++i) {
    CAPTURE(i);
    CHECK(text_fits(nodes[i], d.line_height, d.font_px));
    if (nodes[i].in_channel) {  // an end marker in an outer margin, beyond the shapes
      CHECK(nodes[i].end_marker);
      const auto& first = d.lanes.front();
      const auto& last = d.lanes.back();
      const bool left = nodes[i].box.x + nodes[i].box.width < first.x + first.margin_left;
      const bool right = nodes[i].box.x > last.x + last.width - last.margin_right;
      CHECK((left || right));
      CHECK(nodes[i].box.x >= 0);
      CHECK(nodes[i].box.x + nodes[i].box.width <= page.width);
    } else {
      CHECK(nodes[i].box.x >= d.lanes[nodes[i].lane].x);
      CHECK(nodes[i].box.x + nodes[i].box.width <=
            d.lanes[nodes[i].lane].x + d.lanes[nodes[i].lane].width);
    }
    if (nodes[i].end_marker) {  // inside its decision's row
      const auto& row = page.rows.at(static_cast<std::size_t>(nodes[i].row));
      CHECK(nodes[i].box.y > row.y);
      CHECK(nodes[i].box.y + nodes[i].box.height < row.y + row.height);
    }
    for (std::size_t j = i + 1; j < nodes.size(); ++j) {
      const auto& a = nodes[i].box;
      const auto& b = nodes[j].box;
      const bool apart = a.x + a.width < b.x || b.x + b.width < a.x || a.y + a.height < b.y ||
                         b.y + b.height < a.y;
      CHECK(apart);
    }
  }
  for (std::size_t e = 0; e < page.edges.size(); ++e) {
    const auto& edge = page.edges[e];
    CAPTURE(e);
    REQUIRE(edge.points.size() >= 2);
    for (std::size_t k = 0; k + 1 < edge.points.size(); ++k) {
      const auto p = edge.points[k], q = edge.points[k + 1];
      CHECK((p.x == q.x || p.y == q.y));
      CHECK((p.x >= 0 && p.x <= page.width && p.y >= 0 && p.y <= page.height));
      for (std::size_t n = 0; n < nodes.size(); ++n) {
        if (static_cast<int>(n) == edge.from || static_cast<int>(n) == edge.to) continue;
        CAPTURE(n);
        CHECK_FALSE(intersects(p, q, nodes[n].box));
      }
    }
  }
}

// An arrow into an end marker is one horizontal line from its decision's
// side vertex, and no other arrow shares a stretch of it.
void check_end_arrows(const flow::Page& page) {
  for (const auto& edge : page.edges) {
    if (!page.nodes[edge.to].end_marker) continue;
    const auto& decision = page.nodes[edge.from];
    CHECK(decision.shape == flow::Shape::Decision);
    REQUIRE(edge.points.size() == 2);
    const auto a = edge.points[0], b = edge.points[1];
    CHECK(a.y == decision.box.y + decision.box.height / 2);
    CHECK(b.y == a.y);
    CHECK((a.x == decision.box.x || a.x == decision.box.x + decision.box.width));
    CHECK(edge.label);
    for (const auto& other : page.edges) {
      if (&other == &edge) continue;
      for (std::size_t k = 0; k + 1 < other.points.size(); ++k) {
        const auto p = other.points[k], q = other.points[k + 1];
        if (p.y != a.y || q.y != a.y) continue;
        const bool apart =
            std::max(p.x, q.x) < std::min(a.x, b.x) || std::min(p.x, q.x) > std::max(a.x, b.x);
        CHECK(apart);
      }
    }
  }
}

// No two arrows share a stretch of vertical line.
void check_vertical_overlaps(const flow::Page& page) {
  std::map<int, std::vector<std::pair<std::pair<int, int>, std::size_t>>> by_x;
  for (std::size_t e = 0; e < page.edges.size(); ++e) {
    const auto& pts = page.edges[e].points;
    for (std::size_t k = 0; k + 1 < pts.size(); ++k) {
      if (pts[k].x != pts[k + 1].x || pts[k].y == pts[k + 1].y) continue;
      by_x[pts[k].x].push_back(
          {{std::min(pts[k].y, pts[k + 1].y), std::max(pts[k].y, pts[k + 1].y)}, e});
    }
  }
  for (auto& [x_binding, spans] : by_x) {
    const auto x = x_binding;  // clang 14 cannot capture a structured binding (CAPTURE)
    std::sort(spans.begin(), spans.end());
    for (std::size_t k = 0; k + 1 < spans.size(); ++k) {
      CAPTURE(x);
      if (spans[k].second != spans[k + 1].second)
        CHECK(spans[k].first.second < spans[k + 1].first.first);
    }
  }
}

}  // namespace

TEST_CASE("flow layout: 40 steps, 6 lanes, 12 rows a page keep every property") {
  auto t = ::test::flow_repo(::test::long_sop_yaml());
  REQUIRE(::test::describe(t.repo, t.diagnostics) == "");
  flow::LayoutOptions options;
  options.rows_per_page = 12;
  options.row_heights = {0, 200, 0, 5};
  const auto d = flow::layout(t.repo, t.repo.sops[0], options);
  REQUIRE(d.lanes.size() == 6);
  REQUIRE(d.pages.size() == 4);
  CHECK(d.lanes[5].name == "Arsiparis");
  CHECK(d.pages[1].rows[16 - 12].step == 16);
  CHECK(d.pages[1].nodes[d.pages[1].rows.size() == 12 ? 0 : 0].shape == flow::Shape::Connector);
  CHECK(d.pages[0].rows[1].height >= 200);

  std::map<std::string, std::pair<int, int>> marks;  // mark -> outgoing page, incoming page
  int steps = 0, end_markers = 0;
  for (std::size_t p = 0; p < d.pages.size(); ++p) {
    const auto& page = d.pages[p];
    CAPTURE(p);
    CHECK(page.width == d.pages[0].width);
    CHECK(page.rows.size() == (p < 3 ? 12u : 4u));
    CHECK(page.height == page.strip_above + page.rows.back().y + page.rows.back().height -
                             page.rows.front().y + page.strip_below);
    CHECK(page.rows.front().y == page.strip_above);
    check_page(d, page);
    check_vertical_overlaps(page);
    check_end_arrows(page);
    for (const auto& n : page.nodes) {
      if (n.step == 16 && !n.end_marker) CHECK(n.lane == 5);
      if (n.end_marker) ++end_markers;
      if (n.step >= 0 && !n.end_marker) ++steps;
      if (n.shape != flow::Shape::Connector) continue;
      auto& pair = marks.try_emplace(n.mark, -1, -1).first->second;
      if (n.row < 0) {
        CHECK(pair.second == -1);
        pair.second = static_cast<int>(p);
      } else {
        CHECK(n.row == static_cast<int>(page.rows.size()));
        CHECK(pair.first == -1);
        pair.first = static_cast<int>(p);
      }
    }
  }
  CHECK(steps == 40);
  CHECK(end_markers == 2);  // steps 27 and 33
  CHECK(marks.size() >= 3);
  for (const auto& [mark_binding, pages] : marks) {
    const auto& mark = mark_binding;  // clang 14 cannot capture a structured binding (CAPTURE)
    CAPTURE(mark);
    CHECK(pages.first >= 0);
    CHECK(pages.second >= 0);
    CHECK(pages.first != pages.second);
  }
  CHECK(dump(flow::layout(t.repo, t.repo.sops[0], options)) == dump(d));  // deterministic
}

TEST_CASE("flow layout: the same properties on one page, with loops to itself") {
  auto t = ::test::flow_repo(::test::long_sop_yaml());
  const auto d = flow::layout(t.repo, t.repo.sops[0], {});
  REQUIRE(d.pages.size() == 1);
  CHECK(d.pages[0].strip_above == 0);
  CHECK(d.pages[0].strip_below == 0);
  check_page(d, d.pages[0]);
  check_vertical_overlaps(d.pages[0]);
  check_end_arrows(d.pages[0]);
  int back = 0;
  for (const auto& e : d.pages[0].edges) back += e.back ? 1 : 0;
  CHECK(back == 6);  // 4 decisions' loops, and steps 30 and 40 to themselves
}

TEST_CASE("flow layout: the same properties with every step in one lane") {
  auto t = ::test::flow_repo(::test::long_sop_yaml(true));
  for (const int per_page : {0, 12}) {
    CAPTURE(per_page);
    flow::LayoutOptions options;
    options.rows_per_page = per_page;
    const auto d = flow::layout(t.repo, t.repo.sops[0], options);
    REQUIRE(d.lanes.size() == 1);
    int markers = 0;
    for (const auto& page : d.pages) {
      check_page(d, page);
      check_vertical_overlaps(page);
      check_end_arrows(page);
      for (const auto& n : page.nodes) {
        if (!n.end_marker) continue;
        ++markers;
        CHECK(n.in_channel);  // no lane beside: in the right channel
      }
    }
    CHECK(markers == 2);
  }
}

TEST_CASE("flow layout: time grows linearly with the steps") {
  std::string y = "kind: SOP\nid: besar\ntitle: Besar\nsteps:\n";
  for (int i = 1; i <= 3000; ++i) {
    y += "  - {actor: " + std::string(i % 2 ? "analis" : "kepala") + ", activity: Langkah " +
         std::to_string(i);
    if (i % 10 == 0) y += ", decision: \"Lanjut?\", no: " + std::to_string(i - 8);
    y += "}\n";
  }
  auto t = ::test::flow_repo(y);
  const auto start = std::chrono::steady_clock::now();
  flow::LayoutOptions options;
  options.rows_per_page = 12;
  const auto d = flow::layout(t.repo, t.repo.sops[0], options);
  const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(
                      std::chrono::steady_clock::now() - start)
                      .count();
  CHECK(d.pages.size() == 250);
  CHECK(ms < 1000);
}

TEST_CASE("flow layout: steps without an actor, unknown targets, and an empty SOP") {
  auto t = ::test::flow_repo(R"(kind: SOP
id: aneh
title: Aneh
steps:
  - {activity: Mulai}
  - {activity: Ke mana, actor: tamu, next: entah}
  - {activity: Selesai, actor: analis}
)");
  REQUIRE(t.repo.sops.size() == 1);
  const auto d = flow::layout(t.repo, t.repo.sops[0], {});
  REQUIRE(d.lanes.size() == 3);
  CHECK(d.lanes[0].name == "");
  CHECK(d.lanes[1].name == "tamu");
  CHECK(d.lanes[2].name == "Analis Sumber Daya Manusia Aparatur");
  REQUIRE(d.pages[0].edges.size() == 1);  // 1 -> 2; 2 -> `entah` is not drawn
  CHECK(d.pages[0].edges[0].to == 1);

  auto empty = ::test::flow_repo("kind: SOP\nid: kosong\ntitle: Kosong\nsteps: []\n");
  REQUIRE(empty.repo.sops.size() == 1);
  const auto e = flow::layout(empty.repo, empty.repo.sops[0], {});
  REQUIRE(e.pages.size() == 1);
  CHECK(e.pages[0].nodes.empty());
  CHECK(e.lanes.empty());
}

TEST_CASE("flow layout: end markers where the lanes beside are taken or missing") {
  // One lane: the marker goes into its right margin, beyond the loop's
  // track; both ways to `end` (an error, still drawn): one a side, the
  // second in the lane's left margin.
  auto t = ::test::flow_repo(R"(kind: SOP
id: satu
title: Satu lajur
steps:
  - {activity: Mulai, actor: analis}
  - {activity: Memeriksa, actor: analis, decision: "Ulang?", yes: end, no: 1}
  - {activity: Menilai, actor: analis, decision: "Lanjut?", yes: end, no: end}
  - {activity: Selesai, actor: analis}
)");
  REQUIRE(t.repo.sops.size() == 1);
  const auto d = flow::layout(t.repo, t.repo.sops[0], {});
  REQUIRE(d.lanes.size() == 1);
  const auto& page = d.pages.at(0);
  const auto ends = end_markers(page);
  REQUIRE(ends.size() == 3);
  const auto& lane = d.lanes[0];
  const int shapes_end = lane.x + lane.width - lane.margin_right;
  CHECK(lane.margin_left > 0);
  CHECK(lane.margin_right > 0);
  CHECK(ends[0].first->in_channel);
  CHECK(ends[0].first->box.x > shapes_end);
  CHECK(ends[1].first->in_channel);
  CHECK(ends[1].first->box.x > shapes_end);
  CHECK(ends[2].first->in_channel);
  CHECK(ends[2].first->box.x + ends[2].first->box.width < lane.x + lane.margin_left);
  check_page(d, page);
  check_vertical_overlaps(page);
  check_end_arrows(page);

  // A loop leaves the decision to the right: the marker takes the left lane.
  auto u = ::test::flow_repo(R"(kind: SOP
id: dua
title: Dua lajur
steps:
  - {activity: Mulai, actor: kepala}
  - {activity: Memeriksa, actor: analis, decision: "Lengkap?", yes: end, no: 1}
  - {activity: Selesai, actor: kasubbag}
)");
  const auto e = flow::layout(u.repo, u.repo.sops[0], {});
  const auto ends2 = end_markers(e.pages.at(0));
  REQUIRE(ends2.size() == 1);
  CHECK(ends2[0].first->lane == 0);
  CHECK_FALSE(ends2[0].first->in_channel);
  CHECK(ends2[0].second->points[1].x < ends2[0].second->points[0].x);
  check_page(e, e.pages[0]);
  check_end_arrows(e.pages[0]);
}

TEST_CASE("flow layout: shape_text none draws small, empty symbols; short, the first words") {
  auto t = ::test::flow_repo(::test::long_sop_yaml());
  REQUIRE(::test::describe(t.repo, t.diagnostics) == "");
  flow::LayoutOptions options;
  options.rows_per_page = 12;
  options.lane_width = 80;
  options.font_px = 9;
  options.shape_text = model::ShapeText::None;
  const auto d = flow::layout(t.repo, t.repo.sops[0], options);
  for (const auto& page : d.pages) {
    for (const auto& n : page.nodes) {
      if (n.shape == flow::Shape::Connector || n.end_marker) continue;
      CAPTURE(n.step);
      CHECK(n.lines.empty());
      CHECK(n.box.width <= 46);
      CHECK(n.box.height <= 30);
    }
    check_page(d, page);
    check_vertical_overlaps(page);
    check_end_arrows(page);
  }
  // A row is as low as its empty symbol allows: the padding round it.
  CHECK(d.pages[0].rows[1].height == 22 + 2 * 13);

  options.shape_text = model::ShapeText::Short;
  const auto s = flow::layout(t.repo, t.repo.sops[0], options);
  const auto& first = s.pages[0].nodes[0];
  auto letters = [](std::string_view text) {  // no spaces, no hyphens a syllable break adds
    std::string out;
    for (char c : text) {
      if (c != ' ' && c != '-') out += c;
    }
    return out;
  };
  std::string joined;
  for (const auto& line : first.lines) joined += line;
  CHECK(letters(joined) ==
        letters(flow::first_words(t.repo.sops[0].steps[0].activity->value, flow::kShortChars)));
  CHECK(letters(joined) == "Langkah1memeriksa\u2026");
  for (const auto& page : s.pages) check_page(s, page);
}
