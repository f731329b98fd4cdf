// The Lembar Uraian Tugas's own words, Indonesian and English.
#include "sheet_labels.hpp"

namespace tatakerja::render {

namespace {

constexpr SheetLabels kIndonesian{
    .chapter = "Lembar Uraian Tugas",
    .name = "Nama",
    .position = "Jabatan",
    .share = "Porsi",
    .acts_in = "SOP dan Langkah yang Dilaksanakan",
    .steps = "langkah",
    .duty_only = "melaksanakan uraian tugas, tanpa langkah sendiri",
    .figures = "Beban Kerja Pegawai",
    .employee_signs = "Pegawai yang bersangkutan",
    .head_of = "Kepala",
    .no_duties = "Tidak ada uraian tugas",
};

constexpr SheetLabels kEnglish{
    .chapter = "Employee Duty Sheets",
    .name = "Name",
    .position = "Position",
    .share = "Share",
    .acts_in = "SOPs and Steps Carried Out",
    .steps = "steps",
    .duty_only = "carries out a duty, no step of their own",
    .figures = "Employee Workload",
    .employee_signs = "The employee",
    .head_of = "Head of",
    .no_duties = "No duties",
};

}  // namespace

const SheetLabels& sheet_labels(model::Language language) {
  return language == model::Language::En ? kEnglish : kIndonesian;
}

}  // namespace tatakerja::render
