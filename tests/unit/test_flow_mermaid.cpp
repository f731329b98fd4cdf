#include <doctest/doctest.h>

#include <sstream>

#include "tatakerja/flow/output.hpp"
#include "test_flow_fixture.hpp"

using namespace tatakerja;

namespace {

std::string mermaid(const model::Repository& repo, const flow::FlowLabels& labels = {}) {
  std::ostringstream out;
  flow::write_mermaid(repo, repo.sops.back(), labels, out);
  return out.str();
}

}  // namespace

TEST_CASE("flow mermaid: lanes as subgraphs, shapes, ways with their labels") {
  auto t = ::test::flow_repo(R"(kind: SOP
id: cuti
title: Izin cuti
external_actors: [Pegawai]
steps:
  - {activity: Mengajukan cuti, actor: Pegawai}
  - {activity: Memeriksa sisa cuti, actor: analis, decision: "Sisa cukup?", no: 1}
  - {activity: Menyetujui, actor: kepala, decision: "Setuju?", no: end, labels: [Setuju, Tolak]}
  - {activity: end, actor: analis}
)");
  REQUIRE(::test::describe(t.repo, t.diagnostics) == "");
  // The "Tolak" way ends: an end node of its own, not the last step.
  CHECK(mermaid(t.repo, {"Yes", "No", "", "End"}) == R"(flowchart TD
  subgraph l1["Pegawai"]
    s1(["Mengajukan cuti"])
  end
  subgraph l2["Analis Sumber Daya Manusia Aparatur"]
    s2{"Sisa cukup?"}
    s4(["end"])
  end
  subgraph l3["Kepala Kantor"]
    s3{"Setuju?"}
    e3(["End"])
  end
  s1 --> s2
  s2 -->|"Yes"| s3
  s2 -->|"No"| s1
  s3 -->|"Setuju"| s4
  s3 -->|"Tolak"| e3
)");
}

TEST_CASE("flow mermaid: hostile texts stay inside their quoted labels") {
  auto t = ::test::hostile_repo();
  const auto out = mermaid(t.repo);
  CHECK(out == R"~(flowchart TD
  subgraph l1["Tamu #quot;#93; --#gt; #124; #96;x#96; #lt;b#gt;\x1b#91;31m"]
    s1(["Mulai #lt;script#gt;alert#40;'x'#41;#lt;/script#gt; #quot;#93; --#gt; end #124; #96;a#96; \ #123;b#125; #40;c#41; #35;35#59; #59; baris\x1b#91;31m"])
  end
  subgraph l2["Jabatan #lt;script#gt;x#lt;/script#gt; #quot;#93; --#gt; #96;b#96; #124; \ \x1b#91;31m baris"]
    s2{"Lanjut? #quot;#93; --#gt; #124; #96;x#96; \ #lt;i#gt; \x1b#91;0m"}
  end
  subgraph l3["bukan #quot;#93;\x1b"]
    s3(["Selesai #amp; #lt;b#gt; \N"])
  end
  s1 --> s2
  s2 -->|"Ya #quot;#93; --#gt;#124;"| s3
  s2 -->|"Tidak #96;\#96; \x1b"| s1
)~");
  CHECK(out.find('\x1b') == std::string::npos);
  CHECK(out.find('`') == std::string::npos);
  CHECK(out.find('<') == std::string::npos);
}
