// The figure columns that the position, unit and employee sheets share:
// needed, balance, EJ and PJ as formulas over the row's own cells and the
// settings sheet, each with the tool's exact figure as its cached value.
#include <algorithm>
#include <string>

#include "xlsx_cells.hpp"
#include "xlsx_sheets.hpp"

namespace tatakerja::workload {

namespace {

// A figure a float sum may have brought a hair below or above a whole
// number or a band (2.9999999999): rounded to 9 decimals before it is
// rounded or compared, as the tool's exact figure would be.
std::string steadied(const std::string& cell) {
  return "ROUND(" + cell + ",9)";
}

const char* rounding_function(model::Rounding rounding) {
  switch (rounding) {
    case model::Rounding::Up:
      return "ROUNDUP";
    case model::Rounding::Down:
      return "ROUNDDOWN";
    case model::Rounding::Nearest:
      break;
  }
  return "ROUND";  // halves away from zero, as the tool rounds
}

// A formula, or the figure itself when there is no formula.
void write_figure(XlsxContext& c, lxw_worksheet* sheet, int row, int column,
                  const std::string& formula, double value, Style style) {
  if (formula.empty()) {
    c.book.number(sheet, row, column, value, style);
  } else {
    c.book.formula(sheet, row, column, "=" + formula, value, style);
  }
}

}  // namespace

FigureFormulas figure_sums(std::string_view sheet, int first, std::vector<int> rows) {
  if (rows.empty()) return {};
  std::sort(rows.begin(), rows.end());
  return {sum_formula(sheet, first, rows), sum_formula(sheet, first + 1, rows),
          sum_formula(sheet, first + 2, rows), sum_formula(sheet, first + 3, rows)};
}

std::vector<std::string> figure_headings(const Labels& l) {
  return {l.hours, l.required, l.needed, l.staff, l.balance, l.ej, l.pj};
}

std::string needed_formula(const XlsxContext& c, const std::string& hours_cell,
                           const std::string& required_cell) {
  return "MAX(" + std::string(rounding_function(c.analysis.settings.rounding)) + "(" +
         steadied(required_cell) + ",0),IF(" + hours_cell + ">0," + c.settings.minimum_needed +
         ",0))";
}

std::string ej_formula(const XlsxContext& c, const std::string& hours_cell,
                       const std::string& staff_cell) {
  if (staff_cell.empty()) return hours_cell + "/" + c.settings.effective_hours;
  return "IF(" + staff_cell + ">0," + hours_cell + "/(" + c.settings.effective_hours + "*" +
         staff_cell + "),\"\")";
}

std::string pj_formula(const XlsxContext& c, const std::string& ej_cell) {
  const std::string ej = steadied(ej_cell);
  const auto& g = c.settings.grades;
  return "IF(ISNUMBER(" + ej_cell + "),IF(" + ej + ">" + g[0] + ",\"A\",IF(" + ej + ">=" + g[1] +
         ",\"B\",IF(" + ej + ">=" + g[2] + ",\"C\",IF(" + ej + ">=" + g[3] +
         ",\"D\",\"E\")))),\"\")";
}

void write_ej_pj(XlsxContext& c, lxw_worksheet* sheet, int row, int column,
                 const std::string& hours_cell, const std::string& staff_cell, const Ratio& load,
                 std::int64_t staff, bool bold) {
  const auto& s = c.analysis.settings;
  const auto ej = effectiveness(load, staff, s);
  const auto grade = grade_of(ej, s.grades);
  const std::string ej_text = "=" + ej_formula(c, hours_cell, staff_cell);
  if (ej) {
    c.book.formula(sheet, row, column, ej_text, to_double(*ej), {Shape::Three, bold});
  } else {
    c.book.formula_text(sheet, row, column, ej_text, "", {Shape::Three, bold});
  }
  c.book.formula_text(sheet, row, column + 1, "=" + pj_formula(c, cell_name(row, column)),
                      grade ? std::string(1, grade_letter(*grade)) : std::string(),
                      {Shape::Text, bold});
}

void write_figures(XlsxContext& c, lxw_worksheet* sheet, int row, int first,
                   const FigureFormulas& formulas, const Figures& f, bool bold) {
  const auto cell = [&](int offset) { return cell_name(row, first + offset); };
  write_figure(c, sheet, row, first, formulas.hours, to_double(hours(f.load)),
               {Shape::Hours, bold});
  write_figure(c, sheet, row, first + 1, formulas.required, to_double(f.required),
               {Shape::Three, bold});
  write_figure(c, sheet, row, first + 2, formulas.needed, to_double(Ratio(f.needed)),
               {Shape::Whole, bold});
  write_figure(c, sheet, row, first + 3, formulas.staff, static_cast<double>(f.staff),
               {Shape::Whole, bold});
  c.book.formula(sheet, row, first + 4, "=" + cell(3) + "-" + cell(2), to_double(Ratio(balance(f))),
                 {Shape::Signed, bold});
  write_ej_pj(c, sheet, row, first + 5, cell(0), cell(3), f.load, f.staff, bold);
}

void write_title(XlsxContext& c, lxw_worksheet* sheet) {
  std::string title = c.x.title;
  if (!c.repo.config.organization.empty()) title += " \u2014 " + c.repo.config.organization;
  c.book.text(sheet, kTitleRow, 0, title, {Shape::Title});
}

}  // namespace tatakerja::workload
