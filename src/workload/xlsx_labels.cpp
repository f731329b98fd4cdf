#include "xlsx_labels.hpp"

namespace tatakerja::workload {

namespace {

// glossary.md's terms, as ABK forms print them.
constexpr XlsxLabels kIndonesian{
    .title = "Analisis Beban Kerja",
    .positions_sheet = "Jabatan",
    .units_sheet = "Unit",
    .employees_sheet = "Pegawai",
    .duties_sheet = "Uraian Tugas",
    .settings_sheet = "Pengaturan",
    .number = "No",
    .volume_in_period = "Volume per Periode",
    .period = "Periode",
    .standard_hours = "Norma Waktu (jam)",
    .setting = "Pengaturan",
    .value = "Nilai",
    .key = "Kunci di tatakerja.yaml",
    .method = "Metode",
    .effective_hours = "Jam Kerja Efektif (jam per tahun)",
    .periods_a_year = "Jumlah periode per tahun: ",
    .effective_time = "Waktu Kerja Efektif (menit): ",
    .minimum_needed = "Kebutuhan pegawai paling sedikit (jabatan yang ada bebannya)",
    .rounding = "Pembulatan kebutuhan pegawai",
    .grade_bound = "Batas PJ ",
    .grade_above = " (EJ di atas)",
    .grade_from = " (EJ paling rendah)",
    .day = "hari",
    .week = "minggu",
    .month = "bulan",
    .year = "tahun",
};

constexpr XlsxLabels kEnglish{
    .title = "Workload analysis",
    .positions_sheet = "Positions",
    .units_sheet = "Units",
    .employees_sheet = "Employees",
    .duties_sheet = "Duties",
    .settings_sheet = "Settings",
    .number = "No",
    .volume_in_period = "Volume in its period",
    .period = "Period",
    .standard_hours = "Standard time (hours)",
    .setting = "Setting",
    .value = "Value",
    .key = "tatakerja.yaml key",
    .method = "Method",
    .effective_hours = "Effective working hours a year",
    .periods_a_year = "Periods a year: ",
    .effective_time = "Effective working time (minutes): ",
    .minimum_needed = "Least staff needed (a position with any workload)",
    .rounding = "Rounding of the staff needed",
    .grade_bound = "Bound of PJ ",
    .grade_above = " (EJ above)",
    .grade_from = " (EJ at least)",
    .day = "day",
    .week = "week",
    .month = "month",
    .year = "year",
};

}  // namespace

const XlsxLabels& xlsx_labels_for(model::Language language) {
  return language == model::Language::En ? kEnglish : kIndonesian;
}

const char* period_label(const XlsxLabels& l, model::Period period) {
  switch (period) {
    case model::Period::Day:
      return l.day;
    case model::Period::Week:
      return l.week;
    case model::Period::Month:
      return l.month;
    case model::Period::Year:
    case model::Period::Plain:
      break;
  }
  return l.year;
}

}  // namespace tatakerja::workload
