#include <doctest/doctest.h>

#include <sstream>

#include "tatakerja/flow/output.hpp"
#include "test_flow_fixture.hpp"

using namespace tatakerja;

namespace {

std::string dot(const model::Repository& repo, const flow::FlowLabels& labels = {}) {
  std::ostringstream out;
  flow::write_dot(repo, repo.sops.back(), labels, out);
  return out.str();
}

}  // namespace

TEST_CASE("flow dot: clusters, shapes, ways with their labels, long labels wrapped") {
  auto t = ::test::flow_repo(R"(kind: SOP
id: cuti
title: Izin cuti
external_actors: [Pegawai]
steps:
  - {activity: Mengajukan cuti, actor: Pegawai}
  - {activity: Memeriksa sisa cuti, actor: analis, decision: "Sisa cuti pegawai masih cukup untuk cuti yang diajukan?", no: 1}
  - {activity: Menyetujui, actor: kepala}
  - {activity: Mengarsipkan, actor: analis}
)");
  REQUIRE(::test::describe(t.repo, t.diagnostics) == "");
  CHECK(dot(t.repo) == R"~(digraph flow {
  newrank=true;
  rankdir=TB;
  node [fontsize=10];
  edge [fontsize=9];
  subgraph cluster_1 {
    label="Pegawai";
    s1 [shape=box, style="rounded", label="Mengajukan cuti"];
  }
  subgraph cluster_2 {
    label="Analis Sumber Daya Manusia\nAparatur";
    s2 [shape=diamond, label="Sisa cuti pegawai masih cukup\nuntuk cuti yang diajukan?"];
    s4 [shape=box, style="rounded", label="Mengarsipkan"];
  }
  subgraph cluster_3 {
    label="Kepala Kantor";
    s3 [shape=box, label="Menyetujui"];
  }
  s1 -> s2;
  s2 -> s3 [label="Ya"];
  s2 -> s1 [label="Tidak"];
  s3 -> s4;
}
)~");
}

TEST_CASE("flow dot: `end` is never an edge into the last step") {
  auto t = ::test::flow_repo(R"(kind: SOP
id: surat
title: Surat
steps:
  - {activity: Menerima, actor: analis}
  - {activity: Menilai, actor: kepala, decision: "Setuju?", no: end}
  - {activity: Mengirim surat, actor: analis, next: end}
  - {activity: Menolak, actor: analis}
)");
  // Step 3 ends (a rounded box with no edge out), step 2's "Tidak" goes to
  // an end node of its own.
  CHECK(dot(t.repo, {"Yes", "No", "", "End"}) == R"~(digraph flow {
  newrank=true;
  rankdir=TB;
  node [fontsize=10];
  edge [fontsize=9];
  subgraph cluster_1 {
    label="Analis Sumber Daya Manusia\nAparatur";
    s1 [shape=box, style="rounded", label="Menerima"];
    s3 [shape=box, style="rounded", label="Mengirim surat"];
    s4 [shape=box, style="rounded", label="Menolak"];
  }
  subgraph cluster_2 {
    label="Kepala Kantor";
    s2 [shape=diamond, label="Setuju?"];
    e2 [shape=box, style="rounded", label="End"];
  }
  s1 -> s2;
  s2 -> s3 [label="Yes"];
  s2 -> e2 [label="No"];
}
)~");
}

TEST_CASE("flow dot: hostile texts are escaped") {
  auto t = ::test::hostile_repo();
  const auto out = dot(t.repo);
  CHECK(out == R"~(digraph flow {
  newrank=true;
  rankdir=TB;
  node [fontsize=10];
  edge [fontsize=9];
  subgraph cluster_1 {
    label="Tamu \"] --> | `x` <b>\\x1b[31m";
    s1 [shape=box, style="rounded", label="Mulai <script>alert('x')</\nscript> \"] --> end | `a` \\ {b} (c)\n#35; ;\nbaris\\x1b[31m"];
  }
  subgraph cluster_2 {
    label="Jabatan <script>x</script> \"]\n--> `b` | \\ \\x1b[31m\nbaris";
    s2 [shape=diamond, label="Lanjut? \"] --> | `x` \\ <i>\n\\x1b[0m"];
  }
  subgraph cluster_3 {
    label="bukan \"]\\x1b";
    s3 [shape=box, style="rounded", label="Selesai &amp; <b> \\N"];
  }
  s1 -> s2;
  s2 -> s3 [label="Ya \"] -->|"];
  s2 -> s1 [label="Tidak `\\` \\x1b"];
}
)~");
  CHECK(out.find('\x1b') == std::string::npos);
}
