// The terms of docs/spec/glossary.md that more than one output prints: the
// ABK's figures and totals, a decision's ways and end. One place, read by
// flow, workload and render (and the graph command), so a term reads the
// same in the book, the ABK tables and a flowchart, in both languages.
// Terms only one output prints stay with its own labels.
#pragma once

#include "tatakerja/model/config.hpp"

namespace tatakerja::glossary {

struct Terms {
  const char* unit_of_output;  // Satuan Hasil
  const char* volume;          // Beban Kerja
  const char* effective_time;  // Waktu Kerja Efektif (menit)
  const char* duty_required;   // a duty's share: Pegawai yang Dibutuhkan
  const char* hours;           // Jumlah Waktu Penyelesaian (jam)
  const char* required;        // Kebutuhan Pegawai
  const char* needed;          // Kebutuhan Pegawai (dibulatkan)
  const char* staff;           // Pegawai yang Ada
  const char* balance;         // Kelebihan/Kekurangan
  const char* total;           // Jumlah
  const char* grand_total;     // Jumlah seluruhnya
  const char* with_sub_units;  // "Jumlah UNIT beserta sub-unit"
  const char* yes;             // a decision's ways when it names none
  const char* no;
  const char* end;  // a decision's own end ("Selesai")
  char decimal_mark;
};

inline constexpr Terms kIndonesian{
    .unit_of_output = "Satuan Hasil",
    .volume = "Beban Kerja",
    .effective_time = "Waktu Kerja Efektif (menit)",
    .duty_required = "Pegawai yang Dibutuhkan",
    .hours = "Jumlah Waktu Penyelesaian (jam)",
    .required = "Kebutuhan Pegawai",
    .needed = "Kebutuhan Pegawai (dibulatkan)",
    .staff = "Pegawai yang Ada",
    .balance = "Kelebihan/Kekurangan",
    .total = "Jumlah",
    .grand_total = "Jumlah seluruhnya",
    .with_sub_units = "beserta sub-unit",
    .yes = "Ya",
    .no = "Tidak",
    .end = "Selesai",
    .decimal_mark = ',',
};

inline constexpr Terms kEnglish{
    .unit_of_output = "Unit of output",
    .volume = "Volume",
    .effective_time = "Effective working time (minutes)",
    .duty_required = "Staff required",
    .hours = "Workload hours",
    .required = "Staff required",
    .needed = "Staff required (rounded)",
    .staff = "Existing staff",
    .balance = "Surplus/shortfall",
    .total = "Total",
    .grand_total = "Organisation total",
    .with_sub_units = "with sub-units",
    .yes = "Yes",
    .no = "No",
    .end = "End",
    .decimal_mark = '.',
};

constexpr const Terms& terms_for(model::Language language) {
  return language == model::Language::En ? kEnglish : kIndonesian;
}

}  // namespace tatakerja::glossary
