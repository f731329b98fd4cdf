// The words of the handbook in its language (`--lang`): the official
// Indonesian terms of the SOP AP format and the Anjab (glossary.md), or
// their English equivalents.
#pragma once

#include <optional>
#include <string>

#include "tatakerja/model/config.hpp"
#include "tatakerja/model/values.hpp"

namespace tatakerja::render {

struct BookLabels {
  // Book structure
  const char* handbook;     // default title: "Buku Standar Operasional Prosedur"
  const char* contents;     // "Daftar Isi"
  const char* errors;       // the --force chapter: "Kesalahan dalam repositori"
  const char* errors_note;  // why the book carries them
  const char* draft;        // the DRAFT mark: "DRAF"
  const char* no_unit;      // chapter of what has no unit
  const char *units, *positions, *sops, *employees;  // cover counts
  const char* date;                                  // "Tanggal"
  // Anjab (a position)
  const char* job_analysis;    // "Informasi Jabatan"
  const char* position;        // "Nama Jabatan"
  const char* unit;            // "Unit Kerja"
  const char* type;            // "Jenis Jabatan"
  const char* grade;           // "Kelas Jabatan"
  const char* reports_to;      // "Atasan Langsung"
  const char* summary;         // "Ikhtisar Jabatan"
  const char* qualifications;  // "Syarat Jabatan"
  const char *education, *training, *experience;
  const char* duties;          // "Uraian Tugas"
  const char* stages;          // "Tahapan" (of a duty)
  const char* output;          // "Hasil Kerja"
  const char* unit_of_output;  // "Satuan Hasil"
  const char* volume;          // "Beban Kerja" (as written: "2/bulan")
  const char* standard_time;   // "Waktu Penyelesaian" (as written)
  const char* workload_hours;  // "Jumlah Waktu Penyelesaian (jam)"
  const char* effective_time;  // "Waktu Kerja Efektif (menit)" of a duty's period
  const char* duty_required;   // "Pegawai yang Dibutuhkan" for a duty
  const char* carried_by;      // "SOP pelaksana"
  const char* none;            // "-"
  const char *required, *staff, *balance, *ej, *pj;
  // SOP AP identity table
  const char* sop_number;               // "Nomor SOP"
  const char* created;                  // "Tanggal Pembuatan"
  const char* revised;                  // "Tanggal Revisi"
  const char* effective;                // "Tanggal Efektif"
  const char* approved_by;              // "Disahkan oleh"
  const char* approved_on;              // "Tanggal Pengesahan"
  const char* prepared_by;              // "Disusun oleh"
  const char* sop_title;                // "Nama SOP"
  const char* legal_basis;              // "Dasar Hukum"
  const char* executor_qualifications;  // "Kualifikasi Pelaksana"
  const char* related;                  // "Keterkaitan"
  const char* equipment;                // "Peralatan/Perlengkapan"
  const char* warnings;                 // "Peringatan"
  const char* records;                  // "Pencatatan dan Pendataan"
  const char* nip;                      // "NIP"
  const char* signature;                // "tanda tangan dan cap"
  const char* logo;                     // "logo" (the empty logo box)
  // Procedure table
  const char* number;            // "No"
  const char* activity;          // "Kegiatan"
  const char* executor;          // "Pelaksana"
  const char* quality_standard;  // "Mutu Baku"
  const char* requirements;      // "Kelengkapan"
  const char* time;              // "Waktu"
  const char* step_output;       // "Output"
  const char* notes;             // "Keterangan"
  const char *yes, *no;          // "Ya" / "Tidak"
  const char* continued;         // "bersambung" (off-page connector note)
  const char* page_of;           // "halaman" ("halaman 2 dari 3", over each procedure part)
  const char* of_pages;          // "dari"
  // Recapitulation, coverage, index
  const char* recap;              // "Rekapitulasi Analisis Beban Kerja"
  const char* required_vs_staff;  // chart title
  const char* ej_by_position;     // chart title
  const char* coverage;           // "Cakupan Uraian Tugas oleh SOP"
  const char* without_sop;        // "belum ada SOP"
  const char* index;              // "Indeks SOP"
  const char* by_number;          // "menurut nomor"
  const char* by_title;           // "menurut nama"
  const char* total;              // "Jumlah"
  char decimal_mark;              // ',' or '.'
  // HTML book (html_*.cpp)
  const char* duty_hours;      // "Beban Kerja (jam)": a duty's hours a year
  const char* needed;          // "Kebutuhan Pegawai (dibulatkan)"
  const char* vacant;          // "jabatan kosong"
  const char* procedure;       // "Prosedur" (the procedure table's caption)
  const char* covered;         // "uraian tugas memiliki SOP" ("{} of {} …")
  const char* of;              // "dari"
  const char* units_total;     // "Jumlah seluruhnya"
  const char* with_sub_units;  // "beserta sub-unit"
  const char*
      cover_subtitle;  // "Standar Operasional Prosedur, Analisis Jabatan dan Analisis Beban Kerja"
  // Markdown and JSON books (markdown_*.cpp, json_*.cpp)
  const char* flowchart;           // "Diagram Alir"
  const char* draft_note;          // why a draft SOP carries the DRAFT mark
  const char* flow_end;            // "selesai": where a step's flow ends
  const char* responsibilities;    // "Tanggung Jawab"
  const char* authority;           // "Wewenang"
  const char* materials;           // "Bahan Kerja"
  const char* tools;               // "Perangkat Kerja"
  const char* relations;           // "Korelasi Jabatan"
  const char* working_conditions;  // "Kondisi Lingkungan Kerja"
  const char* hazards;             // "Risiko Bahaya"
  const char* carries_duties;      // "Uraian Tugas yang Dilaksanakan" (an SOP's duties)
  const char* whole_book;          // "Buku lengkap" (the index page's link to the book)
  // Roles (a lane that is not a position)
  const char* members_of;  // "Anggota" ("Anggota TIM: …", under the procedure table)
  // Peta Jabatan (the position map, peta_*.cpp)
  const char* position_map;  // "Peta Jabatan"
  const char* map_vacant;    // "kosong": a position without staff
  const char* map_legend;    // what "(kelas) B/K ±" on a line means
};

const BookLabels& book_labels(model::Language language);

// "15 Januari 2018" / "15 January 2018".
std::string format_date(const model::Date& date, model::Language language);

// "-" when absent.
std::string format_date(const std::optional<model::Date>& date, model::Language language);

}  // namespace tatakerja::render
