// The Lembar Uraian Tugas's text that HTML and Markdown share.
#include "sheet_text.hpp"

#include <fmt/format.h>

namespace tatakerja::render {

std::string share_text(const SheetDuty& duty) {
  return duty.holders > 1 ? fmt::format("1/{}", duty.holders) : std::string("1");
}

std::string steps_text(const SheetSop& sop, const SheetLabels& s) {
  if (sop.steps.empty()) return s.duty_only;
  std::string out = s.steps;
  for (std::size_t i = 0; i < sop.steps.size(); ++i) {
    out += fmt::format("{}{}", i == 0 ? " " : ", ", sop.steps[i]);
  }
  return out;
}

std::string acting_prefix(const SheetPerson& person) {
  return person.acting && person.employee >= 0 ? "Plt. " : "";
}

std::string head_title(const model::Repository& repo, const EmployeeSheet& sheet,
                       const SheetLabels& s) {
  if (sheet.head.position >= 0) {
    return acting_prefix(sheet.head) + repo.positions[sheet.head.position].name.value;
  }
  if (sheet.unit_chain.empty()) return s.head_of;
  return std::string(s.head_of) + " " + repo.units[sheet.unit_chain.back()].name.value;
}

std::string nip_line(const model::Employee& employee) {
  return "NIP " + employee.printed_id();
}

}  // namespace tatakerja::render
