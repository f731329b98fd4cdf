#include "labels.hpp"

namespace tatakerja::workload {

namespace {

// glossary.md: the terms a civil servant expects in an ABK table.
constexpr Labels kIndonesian{
    .unit_id = "ID Unit Kerja",
    .unit = "Unit Kerja",
    .position_id = "ID Jabatan",
    .position = "Jabatan",
    .employee_id = "NIP",
    .employee = "Pegawai",
    .duty_id = "ID Uraian Tugas",
    .number = "No.",
    .duty = "Uraian Tugas",
    .unit_of_output = "Satuan Hasil",
    .volume = "Beban Kerja",
    .standard_time = "Norma Waktu",
    .effective_time = "Waktu Kerja Efektif (menit)",
    .duty_required = "Pegawai yang Dibutuhkan",
    .sops = "SOP",
    .hours = "Jumlah Waktu Penyelesaian (jam)",
    .required = "Kebutuhan Pegawai",
    .needed = "Kebutuhan Pegawai (dibulatkan)",
    .staff = "Pegawai yang Ada",
    .balance = "Kelebihan/Kekurangan",
    .ej = "EJ",
    .pj = "PJ",
    .subtotal = "Jumlah",
    .grand_total = "Jumlah seluruhnya",
    .with_sub_units = "beserta sub-unit",
    .no_unit = "(tanpa unit kerja)",
    .decimal_mark = ',',
};

constexpr Labels kEnglish{
    .unit_id = "Work unit ID",
    .unit = "Work unit",
    .position_id = "Position ID",
    .position = "Position",
    .employee_id = "Employee ID",
    .employee = "Employee",
    .duty_id = "Duty ID",
    .number = "No.",
    .duty = "Duty",
    .unit_of_output = "Unit of output",
    .volume = "Volume",
    .standard_time = "Standard time",
    .effective_time = "Effective working time (minutes)",
    .duty_required = "Staff required",
    .sops = "SOP",
    .hours = "Workload hours",
    .required = "Staff required",
    .needed = "Staff required (rounded)",
    .staff = "Existing staff",
    .balance = "Surplus/shortfall",
    .ej = "Effectiveness (EJ)",
    .pj = "Performance (PJ)",
    .subtotal = "Total",
    .grand_total = "Organisation total",
    .with_sub_units = "with sub-units",
    .no_unit = "(no work unit)",
    .decimal_mark = '.',
};

}  // namespace

const Labels& labels_for(model::Language language) {
  return language == model::Language::En ? kEnglish : kIndonesian;
}

std::string with_sub_units(const Labels& labels, const std::string& unit_name) {
  return std::string(labels.subtotal) + " " + unit_name + " " + labels.with_sub_units;
}

}  // namespace tatakerja::workload
