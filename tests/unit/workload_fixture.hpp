// Test helper for the workload writers: a repository read from YAML texts,
// analysed and written in one view and format.
#pragma once

#include <sstream>
#include <string>

#include "tatakerja/workload/figures.hpp"
#include "tatakerja/workload/output.hpp"
#include "text_repo.hpp"

namespace test {

// The Kabupaten Lahat ABK guide, Lampiran III: AJUDAN of the Sekretariat
// Daerah (JKE 1250 h), as workload.md gives it.
inline const char* const kLahat = R"(kind: Unit
id: setda
name: Sekretariat Daerah
---
kind: Position
id: ajudan
name: Ajudan
unit: setda
staff: 3
duties:
  - {id: t1, text: Mendampingi pimpinan, volume: 10, standard_time: 60 jam, unit_of_output: kegiatan}
  - {id: t2, text: Menyiapkan keperluan pimpinan, volume: 20, standard_time: 60 jam, unit_of_output: kegiatan}
  - {id: t3, text: Mencatat jadwal, volume: 12, standard_time: 10 jam, unit_of_output: laporan}
  - {id: t4, text: Mengatur protokol, volume: 15, standard_time: 30 jam, unit_of_output: kegiatan}
  - {id: t5, text: Menyampaikan pesan, volume: 5, standard_time: 60 jam, unit_of_output: kegiatan}
  - {id: t6, text: Melaporkan kegiatan, volume: 5, standard_time: 30 jam, unit_of_output: laporan}
)";

inline std::string render(const std::string& yaml, tatakerja::workload::View view,
                          tatakerja::workload::Format format,
                          tatakerja::model::Language language = tatakerja::model::Language::Id) {
  auto read = read_repo({{"repo.yaml", yaml}});
  read.repo.config.organization = "Uji";
  read.repo.config.language = language;
  const auto analysis = tatakerja::workload::analyse(read.repo, {});
  std::ostringstream out;
  tatakerja::workload::write_workload(read.repo, analysis, view, format, out);
  return out.str();
}

}  // namespace test
