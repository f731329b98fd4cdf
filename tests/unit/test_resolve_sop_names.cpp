// Keterkaitan as printed (src/resolve/sop_names.cpp): a `related` entry
// names a local SOP by id or folded title, else it is text, never an
// unknown reference.
#include <doctest/doctest.h>

#include "text_repo.hpp"

namespace {

const char* kSops = R"(kind: SOP
id: pengarsipan
title: Pengarsipan
---
kind: SOP
id: surat-keluar
title: Penomoran Surat Keluar
---
kind: SOP
id: cuti
title: Pelayanan Cuti Pegawai
related:
  - surat-keluar
  - SOP Pengarsipan
  - "penomoran  surat-keluar."
  - Standar Operasional Prosedur Pelayanan Cuti Pegawai
  - SOP Layanan Kepegawaian Kanwil
  - SOP Penomoran Surat Kluar
  - SOP Surat-Keluar
  - SOP
---
kind: Employee
id: "197001011990031001"
name: H. Ahmad
position: kasubbag-tu
acting: [kepala-kantr]
)";

}  // namespace

TEST_CASE("related: ids and folded titles link; other text is no reference at all") {
  auto t = test::read_repo({{"s.yaml", kSops}});
  // Only the employee's positions are references; no `related` entry is.
  CHECK(test::describe(t.repo, t.diagnostics) ==
        "s.yaml:25:11 unknown-reference unknown position `kasubbag-tu`\n"
        "s.yaml:26:10 unknown-reference unknown position `kepala-kantr`\n");
  const auto& refs = t.repo.sops[2].related_refs;
  REQUIRE(refs.size() == 8);
  CHECK(refs[0] == 1);   // the id
  CHECK(refs[1] == 0);   // "SOP" + the title
  CHECK(refs[2] == 1);   // the title, case, spacing and punctuation folded
  CHECK(refs[3] == 2);   // the SOP itself, by its title spelt out (sop-related-self)
  CHECK(refs[4] == -1);  // another office's SOP
  CHECK(refs[5] == -1);  // a typo
  CHECK(refs[6] == 1);   // the id, folded
  CHECK(refs[7] == -1);  // "SOP" alone names nothing
  CHECK(t.repo.employees[0].acting_refs == std::vector<int>{-1});
}

TEST_CASE("related: a near miss of a local title or id, within two edits once folded") {
  auto t = test::read_repo({{"s.yaml", kSops}});
  const tatakerja::resolve::SopNames names(t.repo);
  CHECK(names.near_miss("SOP Penomoran Surat Kluar") == "Penomoran Surat Keluar");
  CHECK(names.near_miss("Pengarsipn") == "Pengarsipan");
  CHECK(names.near_miss("surat kluar") == "surat-keluar");
  CHECK(names.near_miss("SOP Layanan Kepegawaian Kanwil") == "");
  CHECK(names.near_miss("SOP Pelayanan Cuti Pegawai Kanwil") == "");
  CHECK(names.near_miss("cutii") == "cuti");
  CHECK(names.near_miss("cutiii") == "");  // short names: one edit at most
}
