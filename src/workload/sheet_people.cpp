// The employee and duty views (`--by employee`, `--by duty`): each grouped
// under its position.
#include <string>

#include "sheet.hpp"

namespace tatakerja::workload {

namespace {

using Cell = std::optional<std::string>;

// The unit and position columns (ids and names) that CSV rows carry.
std::vector<Cell> position_cells(const model::Repository& repo, const PositionFigures& p) {
  const auto& position = repo.positions[p.position];
  const bool has_unit = p.unit >= 0;
  return {has_unit ? repo.units[p.unit].doc.id.value : "",
          has_unit ? repo.units[p.unit].name.value : "", position.doc.id.value,
          position.name.value};
}

std::vector<Column> position_columns(const Labels& l) {
  return {{l.unit_id, false, false, true},
          {l.unit, false, false, true},
          {l.position_id, false, false, true},
          {l.position, false, false, true}};
}

// Hours, EJ and PJ of `load` carried by `people` employees.
void add_employee_figures(Row& row, const Ratio& load, std::int64_t people, const Settings& s) {
  const auto ej = effectiveness(load, people, s);
  const auto grade = grade_of(ej, s.grades);
  row.cells.push_back(hours_text(load));
  row.cells.push_back(ej ? Cell(three_decimals(*ej)) : std::nullopt);
  row.cells.push_back(grade ? Cell(std::string(1, grade_letter(*grade))) : std::nullopt);
}

std::string sop_ids(const model::Repository& repo, const DutyFigures& duty) {
  std::string out;
  for (int s : duty.sops) out += (out.empty() ? "" : ", ") + repo.sops[s].doc.id.value;
  return out;
}

// A subtask is indented under its duty; a duty with subtasks shows their
// sums, and no volume, norm or WKE of its own.
Row duty_row(const model::Repository& repo, const PositionFigures& p, const DutyFigures& d) {
  const auto& duty = repo.positions[p.position].duties[d.duty];
  Row row{RowKind::Item, d.parent >= 0 ? 2 : 1, position_cells(repo, p)};
  row.cells.push_back(duty.id.value);
  row.cells.push_back(duty.number);
  row.cells.push_back(duty.text.value);
  row.cells.push_back(duty.unit_of_output ? Cell(duty.unit_of_output->value) : std::nullopt);
  const auto* volume = model::readable(duty.volume);
  const auto* time = model::readable(duty.standard_time);
  row.cells.push_back(volume ? Cell(volume->written) : std::nullopt);  // as written (workload.md)
  row.cells.push_back(time ? Cell(time->written) : std::nullopt);      // as written (workload.md)
  row.cells.push_back(hours_text(d.load));
  row.cells.push_back(d.heading ? std::nullopt : Cell(minutes_text(d.effective_time)));
  row.cells.push_back(d.counted ? Cell(three_decimals(d.required)) : std::nullopt);
  row.cells.push_back(sop_ids(repo, d));
  return row;
}

}  // namespace

Sheet employee_sheet(const model::Repository& repo, const Analysis& analysis, const Labels& l) {
  Sheet sheet;
  sheet.labels = &l;
  sheet.columns = position_columns(l);
  sheet.columns.push_back({l.employee});
  sheet.columns.push_back({l.employee_id});
  sheet.columns.push_back({l.hours, true});
  sheet.columns.push_back({l.ej, true});
  sheet.columns.push_back({l.pj});
  int last_position = -1;
  Ratio total;
  for (const auto& e : analysis.employees) {
    const auto& p = analysis.positions[e.position];
    if (e.position != last_position) {
      sheet.rows.push_back(Row{RowKind::Heading, 0, {repo.positions[p.position].name.value}});
      last_position = e.position;
    }
    const auto& employee = repo.employees[e.employee];
    Row row{RowKind::Item, 1, position_cells(repo, p)};
    row.cells.push_back(employee.name.value);
    row.cells.push_back(employee.printed_id());
    add_employee_figures(row, e.load, 1, analysis.settings);
    sheet.rows.push_back(std::move(row));
    total = total + e.load;
  }
  Row row{RowKind::Total, 0, {"", "", "", "", l.grand_total, ""}};
  add_employee_figures(row, total, static_cast<std::int64_t>(analysis.employees.size()),
                       analysis.settings);
  sheet.rows.push_back(std::move(row));
  return sheet;
}

Sheet duty_sheet(const model::Repository& repo, const Analysis& analysis, const Labels& l) {
  Sheet sheet;
  sheet.labels = &l;
  sheet.columns = position_columns(l);
  sheet.columns.push_back({l.duty_id, false, false, true});
  sheet.columns.push_back({l.number});
  sheet.columns.push_back({l.duty});
  sheet.columns.push_back({l.unit_of_output});
  sheet.columns.push_back({l.volume});         // as written: "2/bulan"
  sheet.columns.push_back({l.standard_time});  // as written: "10 menit"
  sheet.columns.push_back({l.hours, true});
  sheet.columns.push_back({l.effective_time, true});
  sheet.columns.push_back({l.duty_required, true});
  sheet.columns.push_back({l.sops});
  for (const auto& p : analysis.positions) {
    sheet.rows.push_back(Row{RowKind::Heading, 0, {repo.positions[p.position].name.value}});
    for (const auto& d : p.duties) sheet.rows.push_back(duty_row(repo, p, d));
    Row subtotal{RowKind::Subtotal, 1, position_cells(repo, p)};
    subtotal.cells.insert(subtotal.cells.end(), {"", "", l.subtotal, "", "", ""});
    subtotal.cells.push_back(hours_text(p.figures.load));
    subtotal.cells.push_back("");
    subtotal.cells.push_back(three_decimals(p.figures.required));
    subtotal.cells.push_back("");
    sheet.rows.push_back(std::move(subtotal));
  }
  Row total{RowKind::Total, 0, {"", "", "", "", "", "", l.grand_total, "", "", ""}};
  total.cells.push_back(hours_text(analysis.total.load));
  total.cells.push_back("");
  total.cells.push_back(three_decimals(analysis.total.required));
  total.cells.push_back("");
  sheet.rows.push_back(std::move(total));
  return sheet;
}

}  // namespace tatakerja::workload
