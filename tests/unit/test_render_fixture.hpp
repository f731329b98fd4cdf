// Test helper for the handbook writers: a small office read from YAML
// texts, analysed, planned and written in one format, and golden files
// under tests/unit/golden/ (UPDATE_GOLDEN=1 rewrites them).
#pragma once

#include <doctest/doctest.h>

#include <cstdlib>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>

#include "tatakerja/render/book.hpp"
#include "tatakerja/workload/figures.hpp"
#include "text_repo.hpp"

namespace test {

// Two units (a sub-unit under the office), a head, an analyst with two
// staff and an employee, a position without a unit, an active SOP with a
// decision and an external actor, a draft SOP and an archived one.
inline const char* const kSmallOffice = R"(kind: Unit
id: kantor
name: Kantor Uji
head: kepala
---
kind: Unit
id: tu
name: Subbagian Tata Usaha
parent: kantor
---
kind: Position
id: kepala
name: Kepala Kantor
unit: kantor
type: struktural
grade: 12
summary: Memimpin kantor.
duties:
  - {id: tandatangan, text: Menandatangani surat, output: Surat, unit_of_output: surat, volume: 5/day, standard_time: 6m}
---
kind: Position
id: analis
name: Analis Kepegawaian
unit: tu
reports_to: kepala
staff: 2
qualifications:
  education: S1 Hukum
  training: [Diklat SDM]
duties:
  - {id: cuti, text: Memproses cuti, output: Surat izin cuti, unit_of_output: surat, volume: 1250, standard_time: 1h}
  - {id: arsip, text: Menata arsip, volume: 100, standard_time: 30m}
---
kind: Employee
id: "198001012005011001"
name: Budi
position: analis
---
kind: SOP
id: izin-cuti
number: B-1/2024
title: Pemberian Izin Cuti
unit: tu
owner: analis
duties: [cuti]
status: active
created: 2024-12-06
effective: 2025-01-02
approved_by: {position: kepala, name: Dr. Ani, nip: "197205141998031002"}
legal_basis: [PP 11/2017, Perka BKN 24/2017]
related: [surat-draf]
equipment: [Komputer]
warnings: [Paling lambat 3 hari]
records: [Kartu cuti]
external_actors: [Pemohon]
output: Surat izin cuti
steps:
  - {activity: Mengajukan permohonan, actor: Pemohon, requirements: [Formulir], time: 10m, output: Permohonan}
  - {activity: Memeriksa permohonan, actor: analis, decision: "Lengkap?", no: tolak, time: 10m, output: Permohonan terverifikasi}
  - {activity: Menandatangani surat, actor: kepala, time: 5m, output: Surat izin cuti, next: end}
  - {id: tolak, activity: Mengembalikan berkas, actor: analis, time: 5m, output: Pemberitahuan, notes: Dengan alasan}
---
kind: SOP
id: surat-draf
number: B-2/2024
title: Arsip Surat
unit: tu
owner: analis
duties: [arsip]
status: draft
steps:
  - {activity: Menata arsip, actor: analis, time: 30m, output: Arsip}
---
kind: SOP
id: lama
title: Prosedur Lama
unit: tu
status: archived
steps:
  - {activity: Apa saja, actor: analis}
---
kind: Position
id: lepas
name: Tenaga Lepas
)";

// Not movable: the book points into the repository and the analysis.
struct RenderedBook {
  RenderedBook() = default;
  RenderedBook(const RenderedBook&) = delete;
  RenderedBook& operator=(const RenderedBook&) = delete;
  TextRepo read;
  tatakerja::workload::Analysis analysis;
  tatakerja::render::Book book;
};

inline std::unique_ptr<RenderedBook> make_book(const std::string& yaml,
                                               tatakerja::render::BookOptions options = {}) {
  auto out = std::make_unique<RenderedBook>();
  out->read = read_repo({{"repo.yaml", yaml}});
  out->read.repo.config.organization = "Kantor Uji";
  out->analysis = tatakerja::workload::analyse(out->read.repo, {});
  out->book = tatakerja::render::plan(out->read.repo, out->analysis, std::move(options));
  return out;
}

inline std::string write(const tatakerja::render::Book& book, tatakerja::render::Format format) {
  std::ostringstream out;
  tatakerja::render::write_book(book, format, out);
  return out.str();
}

// Compares `actual` with tests/unit/golden/NAME; UPDATE_GOLDEN=1 writes it.
inline void check_golden(const std::string& name, const std::string& actual) {
  const std::string path = std::string(TATAKERJA_SOURCE_DIR) + "/tests/unit/golden/" + name;
  if (const char* update = std::getenv("UPDATE_GOLDEN"); update && std::string(update) == "1") {
    std::ofstream(path, std::ios::binary) << actual;
  }
  std::ifstream in(path, std::ios::binary);
  REQUIRE_MESSAGE(in.good(), "missing golden file " << path);
  std::ostringstream expected;
  expected << in.rdbuf();
  CHECK(actual == expected.str());
}

}  // namespace test
