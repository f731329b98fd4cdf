// The position sheet (Jabatan): one row a position, grouped under its unit
// as the table view groups them, each unit's total ("Jumlah"), and the
// organisation's. A position's hours and required are the sums of its
// duties' rows on the duty sheet; its staff (bezetting) is a number the
// office may change.
#include <string>

#include "xlsx_cells.hpp"
#include "xlsx_sheets.hpp"

namespace tatakerja::workload {

namespace {

constexpr int kFirst = kPositionFiguresColumn;

void write_position(XlsxContext& c, int row, std::size_t i, const std::string& unit) {
  lxw_worksheet* sheet = c.sheets.positions;
  const auto& p = c.analysis.positions[i];
  c.book.text(sheet, row, 0, unit);
  c.book.text(sheet, row, 1, c.repo.positions[p.position].name.value);
  FigureFormulas f;
  // each subtask once, never the duty above it (its row is their sum)
  std::vector<int> rows;
  for (std::size_t k = 0; k < p.duties.size(); ++k) {
    if (!p.duties[k].heading) rows.push_back(c.duty_rows[i][k]);
  }
  if (!rows.empty()) {
    f.hours = sum_formula(c.x.duties_sheet, kDutyHoursColumn, rows);
    f.required = sum_formula(c.x.duties_sheet, kDutyRequiredColumn, rows);
  }
  f.needed = needed_formula(c, cell_name(row, kFirst), cell_name(row, kFirst + 1));
  write_figures(c, sheet, row, kFirst, f, p.figures, false);
  c.position_rows[i] = row;
}

}  // namespace

void write_position_sheet(XlsxContext& c) {
  lxw_worksheet* sheet = c.sheets.positions;
  write_title(c, sheet);
  std::vector<std::string> headings{c.l.unit, c.l.position};
  for (auto& h : figure_headings(c.l)) headings.push_back(std::move(h));
  c.book.headings(sheet, kHeadingRow, headings);
  c.book.widths(sheet, {30, 30, 14, 11, 12, 10, 12, 8, 6});
  const bool grouped = !c.repo.units.empty();
  c.position_rows.assign(c.analysis.positions.size(), -1);
  std::vector<int> all;
  int row = kFirstRow;
  for (const auto& unit : c.analysis.units) {
    if (unit.positions.empty()) continue;
    const std::string name = !grouped         ? std::string()
                             : unit.unit >= 0 ? c.repo.units[unit.unit].name.value
                                              : std::string(c.l.no_unit);
    std::vector<int> rows;
    for (int i : unit.positions) {
      write_position(c, row, static_cast<std::size_t>(i), name);
      rows.push_back(row++);
    }
    all.insert(all.end(), rows.begin(), rows.end());
    if (!grouped) continue;
    c.book.text(sheet, row, 0, name, {Shape::Text, true});
    c.book.text(sheet, row, 1, c.l.subtotal, {Shape::Text, true});
    write_figures(c, sheet, row++, kFirst, figure_sums("", kFirst, rows), unit.own, true);
  }
  c.book.text(sheet, row, 0, c.l.grand_total, {Shape::Text, true});
  write_figures(c, sheet, row, kFirst, figure_sums("", kFirst, all), c.analysis.total, true);
  c.positions_total_row = row;
}

}  // namespace tatakerja::workload
