// What the HTML and Markdown Lembar Uraian Tugas print alike, as plain
// (unescaped) text: a shared duty's share, the steps an employee does in
// an SOP, the title of the head who signs.
#pragma once

#include <string>

#include "sheet_labels.hpp"
#include "tatakerja/render/book.hpp"
#include "tatakerja/render/employee_sheet.hpp"

namespace tatakerja::render {

// "1/2" for a duty two employees share, "1" for one carried alone.
std::string share_text(const SheetDuty& duty);
// "langkah 2, 4", or the label for an SOP of their duty without a step of theirs.
std::string steps_text(const SheetSop& sop, const SheetLabels& s);
// "Plt. " for a person who fills the position as acting, else empty.
std::string acting_prefix(const SheetPerson& person);
// The head's position name ("Plt. " before it when acting); without one,
// "Kepala" and the unit's name.
std::string head_title(const model::Repository& repo, const EmployeeSheet& sheet,
                       const SheetLabels& s);
// The employee's name, and the NIP line ("NIP 1980…").
std::string nip_line(const model::Employee& employee);

}  // namespace tatakerja::render
