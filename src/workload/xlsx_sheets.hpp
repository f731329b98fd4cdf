// The sheets of the Excel workbook (`workload --format xlsx`) and what they
// share: where each figure was written, so that the formulas of one sheet
// can point at the cells of another. Each sheet has its title on row 1,
// its headings on row 3 and its rows from row 4.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <vector>

#include "labels.hpp"
#include "tatakerja/workload/figures.hpp"
#include "xlsx_book.hpp"
#include "xlsx_labels.hpp"

namespace tatakerja::workload {

inline constexpr int kTitleRow = 0;
inline constexpr int kHeadingRow = 2;
inline constexpr int kFirstRow = 3;

// The cells of the settings sheet, as fixed references ("'Pengaturan'!$B$5").
struct SettingsCells {
  std::string effective_hours;
  std::array<std::string, 5> periods_a_year;  // by model::Period; Plain is the year's
  std::array<std::string, 5> effective_time;  // minutes, by model::Period
  std::string minimum_needed;
  std::array<std::string, 4> grades;  // the bounds of A, B, C, D
};

struct Sheets {
  lxw_worksheet* positions = nullptr;
  lxw_worksheet* units = nullptr;
  lxw_worksheet* employees = nullptr;
  lxw_worksheet* duties = nullptr;
  lxw_worksheet* settings = nullptr;
};

struct XlsxContext {
  Book& book;
  const model::Repository& repo;
  const Analysis& analysis;
  const Labels& l;
  const XlsxLabels& x;
  Sheets sheets;
  SettingsCells settings;
  std::vector<std::vector<int>> duty_rows;  // [analysis position][duty]: its row on the duty sheet
  std::vector<int> position_rows;           // [analysis position]: its row on the position sheet
  int positions_total_row = -1;
};

// The columns of the duty sheet that other sheets read.
inline constexpr int kDutyHoursColumn = 10;
inline constexpr int kDutyRequiredColumn = 12;
// The first figure column (hours) of the position sheet.
inline constexpr int kPositionFiguresColumn = 2;

// The sheets, in the order they are written: each reads the cells of those
// before it.
void write_settings_sheet(XlsxContext& c);
void write_duty_sheet(XlsxContext& c);
void write_position_sheet(XlsxContext& c);
void write_unit_sheet(XlsxContext& c);
void write_employee_sheet(XlsxContext& c);

// "Analisis Beban Kerja — ORGANISATION", on a sheet's first row.
void write_title(XlsxContext& c, lxw_worksheet* sheet);

// A group's figures from column `first`: hours, required, needed, staff,
// balance, EJ, PJ. The first four are made by the formulas given (without
// '='; an empty one writes the figure as a plain number); balance, EJ and
// PJ by formulas over them and the settings. Each formula cell holds the
// tool's figure as its cached value.
struct FigureFormulas {
  std::string hours, required, needed, staff;
};
void write_figures(XlsxContext& c, lxw_worksheet* sheet, int row, int first,
                   const FigureFormulas& formulas, const Figures& figures, bool bold);

// The sums of the four figure columns from `first` (hours, required,
// needed, staff) over `rows` of `sheet` (empty: the formula's own sheet);
// no formulas when there are no rows (the figures are then plain zeros).
FigureFormulas figure_sums(std::string_view sheet, int first, std::vector<int> rows);

// The headings of the figure columns (hours ... PJ).
std::vector<std::string> figure_headings(const Labels& l);

// needed = MAX(ROUND/ROUNDUP/ROUNDDOWN(required), IF(hours > 0, minimum_needed, 0)).
std::string needed_formula(const XlsxContext& c, const std::string& hours_cell,
                           const std::string& required_cell);
// EJ = hours / (JKE × staff), "" when staff is 0; no staff cell: staff 1.
std::string ej_formula(const XlsxContext& c, const std::string& hours_cell,
                       const std::string& staff_cell);
// PJ from EJ against the bands of the settings sheet; "" when EJ is "".
std::string pj_formula(const XlsxContext& c, const std::string& ej_cell);
// The EJ and PJ cells of `load` carried by `staff` people, at `column`.
void write_ej_pj(XlsxContext& c, lxw_worksheet* sheet, int row, int column,
                 const std::string& hours_cell, const std::string& staff_cell, const Ratio& load,
                 std::int64_t staff, bool bold);

}  // namespace tatakerja::workload
