// The employee sheet (Pegawai): one row an employee, with the hours of the
// duties they carry (a shared duty's hours over its holders, from the duty
// sheet), their EJ against the effective hours and their PJ; then all of
// them together.
#include <string>

#include "xlsx_cells.hpp"
#include "xlsx_sheets.hpp"

namespace tatakerja::workload {

namespace {

enum Column { kUnit, kPosition, kName, kId, kHours, kEj };

// Σ of the employee's shares: runs of duty rows with the same number of
// holders as one SUM over them, divided by that number.
std::string hours_formula(const XlsxContext& c, const EmployeeFigures& e) {
  const auto& rows = c.duty_rows[static_cast<std::size_t>(e.position)];
  std::string out;
  for (std::size_t i = 0; i < e.duties.size();) {
    if (e.duties[i].heading) {  // its subtasks follow it, and are counted
      ++i;
      continue;
    }
    std::vector<int> group;
    std::size_t j = i;
    for (;
         j < e.duties.size() && !e.duties[j].heading && e.duties[j].holders == e.duties[i].holders;
         ++j) {
      group.push_back(rows[static_cast<std::size_t>(e.duties[j].duty)]);
    }
    if (!out.empty()) out += "+";
    out += sum_formula(c.x.duties_sheet, kDutyHoursColumn, group);
    if (e.duties[i].holders > 1) out += "/" + std::to_string(e.duties[i].holders);
    i = j;
  }
  return out;
}

void write_employee(XlsxContext& c, int row, const EmployeeFigures& e) {
  lxw_worksheet* sheet = c.sheets.employees;
  const auto& p = c.analysis.positions[static_cast<std::size_t>(e.position)];
  const auto& employee = c.repo.employees[e.employee];
  if (p.unit >= 0) c.book.text(sheet, row, kUnit, c.repo.units[p.unit].name.value);
  c.book.text(sheet, row, kPosition, c.repo.positions[p.position].name.value);
  c.book.text(sheet, row, kName, employee.name.value);
  c.book.text(sheet, row, kId, employee.printed_id());  // text: a NIP is no number
  const double value = to_double(hours(e.load));
  if (e.duties.empty()) {
    c.book.number(sheet, row, kHours, value, {Shape::Hours});
  } else {
    c.book.formula(sheet, row, kHours, "=" + hours_formula(c, e), value, {Shape::Hours});
  }
  write_ej_pj(c, sheet, row, kEj, cell_name(row, kHours), "", e.load, 1, false);
}

}  // namespace

void write_employee_sheet(XlsxContext& c) {
  lxw_worksheet* sheet = c.sheets.employees;
  write_title(c, sheet);
  c.book.headings(
      sheet, kHeadingRow,
      {c.l.unit, c.l.position, c.l.employee, c.l.employee_id, c.l.hours, c.l.ej, c.l.pj});
  c.book.widths(sheet, {30, 30, 30, 22, 14, 8, 6});
  int row = kFirstRow;
  Ratio load;
  for (const auto& e : c.analysis.employees) {
    write_employee(c, row++, e);
    load = load + e.load;
  }
  const auto people = static_cast<std::int64_t>(c.analysis.employees.size());
  c.book.text(sheet, row, kUnit, c.l.grand_total, {Shape::Text, true});
  std::vector<int> rows;
  for (int r = kFirstRow; r < row; ++r) rows.push_back(r);
  const std::string sum = sum_formula("", kHours, rows);
  c.book.formula(sheet, row, kHours, "=" + sum, to_double(hours(load)), {Shape::Hours, true});
  if (people > 0) {
    write_ej_pj(c, sheet, row, kEj, cell_name(row, kHours), std::to_string(people), load, people,
                true);
  }
}

}  // namespace tatakerja::workload
