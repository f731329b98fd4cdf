#include "labels.hpp"

#include "tatakerja/glossary/terms.hpp"

namespace tatakerja::workload {

namespace {

// glossary.md: the terms a civil servant expects in an ABK table; those
// the book prints too come from the glossary module.
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
    .unit_of_output = glossary::kIndonesian.unit_of_output,
    .volume = glossary::kIndonesian.volume,
    .standard_time = "Norma Waktu",
    .effective_time = glossary::kIndonesian.effective_time,
    .duty_required = glossary::kIndonesian.duty_required,
    .sops = "SOP",
    .hours = glossary::kIndonesian.hours,
    .required = glossary::kIndonesian.required,
    .needed = glossary::kIndonesian.needed,
    .staff = glossary::kIndonesian.staff,
    .balance = glossary::kIndonesian.balance,
    .ej = "EJ",
    .pj = "PJ",
    .subtotal = glossary::kIndonesian.total,
    .grand_total = glossary::kIndonesian.grand_total,
    .with_sub_units = glossary::kIndonesian.with_sub_units,
    .no_unit = "(tanpa unit kerja)",
    .decimal_mark = glossary::kIndonesian.decimal_mark,
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
    .unit_of_output = glossary::kEnglish.unit_of_output,
    .volume = glossary::kEnglish.volume,
    .standard_time = "Standard time",
    .effective_time = glossary::kEnglish.effective_time,
    .duty_required = glossary::kEnglish.duty_required,
    .sops = "SOP",
    .hours = glossary::kEnglish.hours,
    .required = glossary::kEnglish.required,
    .needed = glossary::kEnglish.needed,
    .staff = glossary::kEnglish.staff,
    .balance = glossary::kEnglish.balance,
    .ej = "Effectiveness (EJ)",
    .pj = "Performance (PJ)",
    .subtotal = glossary::kEnglish.total,
    .grand_total = glossary::kEnglish.grand_total,
    .with_sub_units = glossary::kEnglish.with_sub_units,
    .no_unit = "(no work unit)",
    .decimal_mark = glossary::kEnglish.decimal_mark,
};

}  // namespace

const Labels& labels_for(model::Language language) {
  return language == model::Language::En ? kEnglish : kIndonesian;
}

std::string with_sub_units(const Labels& labels, const std::string& unit_name) {
  return std::string(labels.subtotal) + " " + unit_name + " " + labels.with_sub_units;
}

}  // namespace tatakerja::workload
