// sop-related-self and sop-related-unresolved (src/check/rules_related.cpp).
#include <doctest/doctest.h>

#include "repo_builder.hpp"
#include "text_repo.hpp"

using tatakerja::test::expect_diag;
using tatakerja::test::run_rule;

namespace {

const char* kKanwil = R"(kind: SOP
id: pengarsipan
title: Pengarsipan
---
kind: SOP
id: surat-keluar
title: Penomoran Surat Keluar
related: [SOP Pengarsipan]
---
kind: SOP
id: cuti
title: Pelayanan Cuti Pegawai
related:
  - SOP Pengarsipan
  - SOP Layanan Kepegawaian Kanwil
  - SOP Penomoran Surat Kluar
  - SOP Pelayanan Cuti Pegawai
  - cuti
---
kind: SOP
id: lama
title: Pelayanan Cuti Lama
status: archived
related: [lama, Entah apa]
)";

}  // namespace

TEST_CASE("sop-related-self: an SOP that names itself, by title or by id") {
  const auto t = ::test::read_repo({{"s.yaml", kKanwil}});
  const auto out = run_rule(t.repo, "sop-related-self");
  REQUIRE(out.size() == 2);
  expect_diag(out[0], "sop-related-self", {1, 17, 5},
              "`SOP Pelayanan Cuti Pegawai` is this SOP itself: Keterkaitan lists the other SOPs "
              "it works with");
  expect_diag(out[1], "sop-related-self", {1, 18, 5},
              "`cuti` is this SOP itself: Keterkaitan lists the other SOPs it works with");
}

TEST_CASE("sop-related-unresolved: text naming no SOP here, with a near miss; archived skipped") {
  const auto t = ::test::read_repo({{"s.yaml", kKanwil}});
  const auto out = run_rule(t.repo, "sop-related-unresolved");
  REQUIRE(out.size() == 2);
  expect_diag(out[0], "sop-related-unresolved", {1, 15, 5},
              "`SOP Layanan Kepegawaian Kanwil` names no SOP of this repository: it is printed "
              "as written");
  CHECK(out[0].suggestion.empty());
  expect_diag(out[1], "sop-related-unresolved", {1, 16, 5},
              "`SOP Penomoran Surat Kluar` names no SOP of this repository: it is printed as "
              "written; did you mean `Penomoran Surat Keluar`?");
  CHECK(out[1].suggestion == "Penomoran Surat Keluar");
}

TEST_CASE("related rules: silent when every entry names another local SOP") {
  const auto t = ::test::read_repo({{"s.yaml", R"(kind: SOP
id: a
title: Penerimaan Surat Masuk
related: [b, SOP Pengarsipan Surat]
---
kind: SOP
id: b
title: Pengarsipan Surat
related: [penerimaan surat masuk]
)"}});
  CHECK(::test::describe(t.repo, t.diagnostics) == "");
  CHECK(run_rule(t.repo, "sop-related-self").empty());
  CHECK(run_rule(t.repo, "sop-related-unresolved").empty());
}
