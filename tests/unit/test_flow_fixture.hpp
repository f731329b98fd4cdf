// Test helper for the flowchart tests: SOPs read from YAML text, a long one
// generated, and one whose every text is hostile.
#pragma once

#include <string>

#include "repo_builder.hpp"
#include "text_repo.hpp"

namespace test {

inline const char* kFlowPositions = R"(kind: Position
id: analis
name: Analis Sumber Daya Manusia Aparatur
---
kind: Position
id: kasubbag
name: Kepala Subbagian Tata Usaha
---
kind: Position
id: kepala
name: Kepala Kantor
---
kind: Position
id: bendahara
name: Bendahara Pengeluaran
---
kind: Position
id: arsiparis
name: Arsiparis
)";

// A repository of the positions above and one SOP of `sop_yaml`.
inline TextRepo flow_repo(const std::string& sop_yaml) {
  return read_repo({{"positions.yaml", kFlowPositions}, {"sop.yaml", sop_yaml}});
}

// 40 steps over 6 lanes (one of them, `arsiparis`, used by one step only),
// or all in one lane; long Indonesian texts, decisions that loop back and
// skip forward, plain forward skips, an `end` from the middle, decisions
// whose way goes to `end` (step 27's first, beside a loop; step 33's
// second), and a loop to itself.
inline std::string long_sop_yaml(bool one_lane = false) {
  const char* actors[] = {"Pegawai Pengusul", "analis", "kasubbag", "kepala", "bendahara"};
  std::string y =
      "kind: SOP\nid: panjang\ntitle: Prosedur panjang\nexternal_actors: [Pegawai Pengusul]\n"
      "steps:\n";
  for (int i = 1; i <= 40; ++i) {
    const std::string n = std::to_string(i);
    y += "  - id: s" + n + "\n";
    y += "    actor: " +
         std::string(one_lane  ? "analis"
                     : i == 17 ? "arsiparis"
                               : actors[(i * 7 / 3) % 5]) +
         "\n";
    y += "    activity: Langkah " + n +
         " memeriksa kelengkapan dan keabsahan berkas usul kenaikan pangkat reguler beserta "
         "lampirannya secara saksama\n";
    if (i % 6 == 3) {
      y += "    decision: Apakah berkas usul nomor " + n + " sudah lengkap, sah dan sesuai?\n";
      if (i == 27) y += "    yes: end\n";
      if (i == 33) {
        y += "    no: end\n";
      } else {
        y += "    no: s" + std::to_string(i % 12 == 3 ? i - 2 : std::min(i + 4, 40)) + "\n";
      }
      if (i == 15) y += "    labels: [Lengkap dan sah, Tidak lengkap]\n";
    } else if (i % 7 == 5) {
      y += "    next: s" + std::to_string(std::min(i + 3, 40)) + "\n";
    } else if (i == 22) {
      y += "    next: end\n";
    } else if (i == 30) {
      y += "    next: s30\n";
    }
  }
  return y;
}

// Every text the flowchart shows is hostile: markup, quotes, Mermaid and
// DOT syntax, backslashes, line breaks and terminal escapes (ESC [31m).
inline TextRepo hostile_repo() {
  return read_repo({{"jahat.yaml", R"(kind: Position
id: jahat
name: "Jabatan <script>x</script> \"] --> `b` | \\ \e[31m\nbaris"
)"},
                    {"sop.yaml", R"(kind: SOP
id: jahat-sop
title: "Judul <script>alert(1)</script>"
external_actors: ["Tamu \"] --> | `x` <b>\e[31m"]
steps:
  - activity: "Mulai <script>alert('x')</script> \"] --> end | `a` \\ {b} (c) #35; ;\nbaris\e[31m"
    actor: "Tamu \"] --> | `x` <b>\e[31m"
  - activity: Memeriksa
    actor: jahat
    decision: "Lanjut? \"] --> | `x` \\ <i>\n\e[0m"
    no: 1
    labels: ["Ya \"] -->|", "Tidak `\\` \e"]
  - activity: "Selesai & <b> \\N"
    actor: "bukan \"]\e"
)"}});
}

}  // namespace test
