#include <doctest/doctest.h>

#include "workload_fixture.hpp"

using namespace tatakerja;
using workload::Format;
using workload::View;

TEST_CASE("workload markdown: a GitHub table, numbers right-aligned, totals in bold") {
  const std::string expected =
      "| Jabatan | Jumlah Waktu Penyelesaian (jam) | Kebutuhan Pegawai | Kebutuhan Pegawai "
      "(dibulatkan) | Pegawai yang Ada | Kelebihan/Kekurangan | EJ | PJ |\n"
      "| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |\n"
      "| **Sekretariat Daerah** |  |  |  |  |  |  |  |\n"
      "| Ajudan | 2820 | 2,256 | 2 | 3 | +1 | 0,752 | C |\n"
      "| **Jumlah** | 2820 | 2,256 | 2 | 3 | +1 | 0,752 | C |\n"
      "| **Jumlah seluruhnya** | **2820** | **2,256** | **2** | **3** | **+1** | **0,752** | **C** "
      "|\n";
  CHECK(test::render(test::kLahat, View::Position, Format::Markdown) == expected);
}

TEST_CASE("workload markdown: names cannot break the table or turn into markup") {
  const std::string yaml = R"(kind: Position
id: p
name: "A | B *c* <script>"
staff: 1
duties:
  - {id: a, text: "baris\nbaru", volume: 1, standard_time: 1h}
)";
  const auto out = test::render(yaml, View::Position, Format::Markdown, model::Language::En);
  CHECK(out.find("| A \\| B \\*c\\* &lt;script&gt; | 1 | 0.001 | 0 | 1 | +1 | 0.001 | E |\n") !=
        std::string::npos);
  const auto duties = test::render(yaml, View::Duty, Format::Markdown);
  CHECK(duties.find("| baris baru |") != std::string::npos);
}
