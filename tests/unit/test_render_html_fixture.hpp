// Test helper for the HTML handbook: a small office (a unit tree, positions
// with duties, employees, an active SOP with a decision and a loop, a
// related one, a draft and an archived one), rendered with given options.
#pragma once

#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "tatakerja/render/book.hpp"
#include "tatakerja/workload/figures.hpp"
#include "text_repo.hpp"

namespace test {

inline const char* const kHtmlUnits = R"(kind: Unit
id: kantor
name: Kantor Uji
head: kepala
---
kind: Unit
id: subbag
name: Subbagian Tata Usaha
parent: kantor
)";

inline const char* const kHtmlPositions = R"(kind: Position
id: kepala
name: Kepala Kantor
unit: kantor
type: struktural
grade: 12
staff: 1
duties:
  - {id: pimpin, text: Memimpin kantor, volume: 250, standard_time: 4 jam, output: Arahan, unit_of_output: kegiatan}
---
kind: Position
id: analis
name: Analis SDM Aparatur
unit: subbag
reports_to: kepala
summary: Menganalisis kebutuhan pegawai
qualifications:
  education: S1 Administrasi
  training: [Diklat Analis]
  experience: 2 tahun
duties:
  - {id: cuti, text: Memproses izin cuti, volume: 300, standard_time: 1 jam, output: Surat izin, unit_of_output: surat}
  - {id: arsip, text: Menata arsip kepegawaian, volume: 100, standard_time: 30 menit, unit_of_output: berkas}
---
kind: Employee
id: "198001012005011002"
name: Siti Analis
position: analis
)";

inline const char* const kHtmlSops = R"(kind: SOP
id: cuti
number: B-1/KP/2024
title: Pemberian Izin Cuti
unit: subbag
owner: analis
duties: [cuti]
created: 2024-01-10
effective: 2024-02-01
approved_by: {position: kepala, name: Budi Kepala, nip: "197001011990031001"}
legal_basis: [PP 11/2017]
qualifications: [Memahami aturan cuti]
related: [naskah]
equipment: [Komputer]
warnings: [Paling lambat 3 hari]
records: [Kartu cuti]
external_actors: [Pegawai Pemohon]
output: Surat izin cuti
steps:
  - {activity: Mengajukan permohonan cuti, actor: Pegawai Pemohon, requirements: [Formulir], time: 10 menit, output: Permohonan}
  - {activity: Memeriksa permohonan, actor: analis, decision: "Lengkap?", no: "1", time: 10 menit, output: Permohonan terverifikasi, notes: Periksa sisa cuti}
  - {activity: Menandatangani surat izin, actor: kepala, time: 5 Menit, output: Surat izin}
---
kind: SOP
id: naskah
number: B-2/OT/2024
title: Pengesahan Naskah Dinas
unit: kantor
owner: kepala
duties: [kepala/pimpin]
steps:
  - {activity: Menerima konsep, actor: kepala, time: 5 Menit, output: Konsep}
  - {activity: Menandatangani, actor: kepala, time: 5 Menit, output: Naskah sah}
---
kind: SOP
id: draf
title: Prosedur Rancangan
unit: subbag
owner: analis
status: draft
steps:
  - {activity: Menyusun rancangan, actor: analis, time: 1h, output: Rancangan}
---
kind: SOP
id: lama
title: Prosedur Lama
unit: subbag
owner: analis
status: archived
steps:
  - {activity: Menyusun, actor: analis, time: 1h, output: Berkas}
)";

struct Rendered {
  TextRepo read;
  tatakerja::workload::Analysis analysis;
  std::string html;
};

inline std::vector<std::pair<std::string, std::string>> html_files() {
  return {{"units.yaml", kHtmlUnits}, {"positions.yaml", kHtmlPositions}, {"sops.yaml", kHtmlSops}};
}

// The whole book of `files`; `options.date` defaults to 2024-03-01.
inline std::string render_html(const std::vector<std::pair<std::string, std::string>>& files,
                               tatakerja::render::BookOptions options = {},
                               Rendered* keep = nullptr) {
  auto read = read_repo(files);
  read.repo.config.organization = "Kantor Uji";
  if (!options.date) options.date = tatakerja::model::Date{2024, 3, 1};
  read.repo.config.language = options.language;
  const auto analysis =
      tatakerja::workload::analyse(read.repo, tatakerja::workload::settings_of(read.repo.config));
  const auto book = tatakerja::render::plan(read.repo, analysis, options);
  std::ostringstream out;
  tatakerja::render::write_book(book, tatakerja::render::Format::Html, out);
  if (keep) {
    keep->read = std::move(read);
    keep->analysis = analysis;
    keep->html = out.str();
  }
  return out.str();
}

inline std::size_t count_of(const std::string& text, const std::string& what) {
  std::size_t n = 0;
  for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
  return n;
}

}  // namespace test
