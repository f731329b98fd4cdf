// The example that `tatakerja init` writes: a small office in Indonesian,
// one document a file, laid out as examples/ is. It must stay clean:
// test_app_init.cpp validates it with every rule and expects no finding.
#include <array>

#include "tatakerja/app/init.hpp"

namespace tatakerja::app {

namespace {

constexpr std::string_view kConfig = R"yaml(# Konfigurasi repositori tatakerja (man 5 tatakerja.yaml).
organization: Kantor Kecamatan Contoh
language: id
workload:
  effective_hours: 1250      # Jam Kerja Efektif setahun (Permenpan-RB 1/2020)
  hours_per_day: 5           # "1 hari" dalam norma waktu = 5 jam
  rounding: nearest          # kebutuhan pegawai dibulatkan ke bilangan terdekat
handbook:
  title: Buku SOP Kantor Kecamatan Contoh
)yaml";

constexpr std::string_view kGitignore = R"(# Hasil `tatakerja render`
out/
)";

constexpr std::string_view kUnit = R"yaml(kind: Unit
id: seksi-pelayanan
name: Seksi Pelayanan Umum
head: kepala-seksi
)yaml";

constexpr std::string_view kHead = R"yaml(kind: Position
id: kepala-seksi
name: Kepala Seksi Pelayanan Umum
unit: seksi-pelayanan
type: struktural
grade: 9
summary: Memimpin pelayanan umum dan menilai kinerja pegawai seksi
duties:
  - id: penilaian-kinerja
    text: Menilai kinerja pegawai Seksi Pelayanan Umum
    output: Dokumen penilaian kinerja
    unit_of_output: dokumen
    volume: 2/bulan
    standard_time: 2h
)yaml";

constexpr std::string_view kClerk = R"yaml(kind: Position
id: pengadministrasi-umum
name: Pengadministrasi Umum
unit: seksi-pelayanan
type: pelaksana
grade: 5
reports_to: kepala-seksi
summary: Melayani permohonan surat keterangan dari masyarakat
duties:
  - id: layanan-surat-keterangan
    text: Melayani permohonan surat keterangan dari masyarakat
    output: Surat keterangan
    unit_of_output: surat
    volume: 4/hari
    standard_time: 45m
)yaml";

constexpr std::string_view kHeadEmployee = R"yaml(kind: Employee
id: "198503122010011002"
name: Budi Santoso, S.Sos.
position: kepala-seksi
)yaml";

constexpr std::string_view kClerkEmployee = R"yaml(kind: Employee
id: "199007252015032001"
name: Siti Rahmawati, A.Md.
position: pengadministrasi-umum
)yaml";

constexpr std::string_view kServiceSop = R"yaml(kind: SOP
id: pelayanan-surat-keterangan
number: SOP-01/PU/2025
title: Pelayanan Surat Keterangan
unit: seksi-pelayanan
owner: pengadministrasi-umum
duties: [layanan-surat-keterangan]
status: active
created: 2025-01-06
effective: 2025-01-13
approved_by:
  position: kepala-seksi
  name: Budi Santoso, S.Sos.
  nip: "198503122010011002"
legal_basis:
  - Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik
equipment: [Komputer, Printer]
records: [Buku register surat keterangan]
external_actors: [Pemohon]
output: Surat keterangan
steps:
  - activity: Menyerahkan berkas permohonan surat keterangan
    actor: Pemohon
    requirements: [Formulir permohonan, Fotokopi KTP]
    time: 5m
    output: Berkas permohonan
  - id: periksa
    activity: Memeriksa kelengkapan berkas permohonan
    actor: pengadministrasi-umum
    decision: Berkas lengkap?
    no: kembalikan
    labels: [Lengkap, Tidak lengkap]
    time: 10m
    output: Berkas terverifikasi
  - activity: Menyusun konsep surat keterangan
    actor: pengadministrasi-umum
    time: 20m
    output: Konsep surat keterangan
  - activity: Memeriksa dan menandatangani surat keterangan
    actor: kepala-seksi
    time: 10m
    output: Surat keterangan yang ditandatangani
  - activity: Menyerahkan surat keterangan kepada pemohon
    actor: pengadministrasi-umum
    time: 5m
    output: Surat keterangan
    next: end
  - id: kembalikan
    activity: Mengembalikan berkas kepada pemohon untuk dilengkapi
    actor: pengadministrasi-umum
    time: 5m
    output: Berkas dikembalikan
)yaml";

constexpr std::string_view kReviewSop = R"yaml(kind: SOP
id: penilaian-kinerja
number: SOP-02/PU/2025
title: Penilaian Kinerja Pegawai
unit: seksi-pelayanan
owner: kepala-seksi
duties: [penilaian-kinerja]
status: active
created: 2025-01-06
effective: 2025-01-13
approved_by:
  position: kepala-seksi
  name: Budi Santoso, S.Sos.
  nip: "198503122010011002"
legal_basis:
  - Peraturan Pemerintah Nomor 30 Tahun 2019 tentang Penilaian Kinerja Pegawai Negeri Sipil
records: [Dokumen penilaian kinerja]
output: Dokumen penilaian kinerja
steps:
  - activity: Menyiapkan rekap kehadiran dan capaian kerja pegawai
    actor: pengadministrasi-umum
    time: 30m
    output: Rekap kehadiran dan capaian kerja
  - activity: Menilai capaian kerja setiap pegawai
    actor: kepala-seksi
    time: 1h
    output: Lembar penilaian kinerja
  - activity: Membahas hasil penilaian bersama pegawai
    actor: kepala-seksi
    time: 30m
    output: Catatan umpan balik
  - activity: Menandatangani dokumen penilaian kinerja
    actor: kepala-seksi
    time: 15m
    output: Dokumen penilaian kinerja
)yaml";

constexpr std::array<TemplateFile, 9> kFiles{{
    {"tatakerja.yaml", kConfig},
    {".gitignore", kGitignore},
    {"units/seksi-pelayanan.yaml", kUnit},
    {"positions/kepala-seksi.yaml", kHead},
    {"positions/pengadministrasi-umum.yaml", kClerk},
    {"employees/budi-santoso.yaml", kHeadEmployee},
    {"employees/siti-rahmawati.yaml", kClerkEmployee},
    {"sops/pelayanan-surat-keterangan.yaml", kServiceSop},
    {"sops/penilaian-kinerja.yaml", kReviewSop},
}};

}  // namespace

std::span<const TemplateFile> init_template() { return kFiles; }

}  // namespace tatakerja::app
