// The settings sheet (Pengaturan): what the formulas of the other sheets
// read — the effective hours (JKE), each period's count a year and its
// effective time (WKE), the least staff needed, the rounding and the PJ
// bands. Change a value here and the workbook follows.
#include <string>

#include "sheet.hpp"
#include "xlsx_cells.hpp"
#include "xlsx_sheets.hpp"

namespace tatakerja::workload {

namespace {

constexpr model::Period kPeriods[] = {model::Period::Day, model::Period::Week, model::Period::Month,
                                      model::Period::Year};
constexpr const char* kPeriodKeys[] = {"day", "week", "month", "year"};

class SettingsWriter {
 public:
  explicit SettingsWriter(XlsxContext& c) : c_(c), sheet_(c.sheets.settings) {}

  // A row: its label, its tatakerja.yaml key; the value is written by the caller.
  int row(const std::string& label, const std::string& key) {
    c_.book.text(sheet_, next_, 0, label);
    c_.book.text(sheet_, next_, 2, "workload." + key);
    return next_++;
  }
  std::string value_cell(int at) const { return sheet_cell(c_.x.settings_sheet, at, 1, true); }
  lxw_worksheet* sheet() const { return sheet_; }

 private:
  XlsxContext& c_;
  lxw_worksheet* sheet_;
  int next_ = kFirstRow;
};

void write_periods(XlsxContext& c, SettingsWriter& w) {
  const auto& s = c.analysis.settings;
  int count_rows[4];
  for (int i = 0; i < 4; ++i) {
    const auto period = kPeriods[i];
    count_rows[i] = w.row(std::string(c.x.periods_a_year) + period_label(c.x, period),
                          std::string("periods.") + kPeriodKeys[i]);
    c.book.number(w.sheet(), count_rows[i], 1,
                  to_double(Ratio(s.periods.of(period), model::Periods::kScale)), {Shape::General});
    c.settings.periods_a_year[static_cast<int>(period)] = w.value_cell(count_rows[i]);
  }
  for (int i = 0; i < 4; ++i) {
    const auto period = kPeriods[i];
    const int at = w.row(std::string(c.x.effective_time) + period_label(c.x, period),
                         std::string("effective_time.") + kPeriodKeys[i]);
    const double minutes = to_double(effective_seconds(period, s) / Ratio(60));
    if (s.effective_time.of(period)) {  // the period's own WKE, as set
      c.book.number(w.sheet(), at, 1, minutes, {Shape::General});
    } else {  // JKE in minutes over the period's count a year
      c.book.formula(w.sheet(), at, 1,
                     "=" + c.settings.effective_hours + "*60/" + w.value_cell(count_rows[i]),
                     minutes, {Shape::General});
    }
    c.settings.effective_time[static_cast<int>(period)] = w.value_cell(at);
  }
  const int year = static_cast<int>(model::Period::Year),
            plain = static_cast<int>(model::Period::Plain);
  c.settings.periods_a_year[plain] = c.settings.periods_a_year[year];
  c.settings.effective_time[plain] = c.settings.effective_time[year];
}

void write_grades(XlsxContext& c, SettingsWriter& w) {
  const auto& g = c.analysis.settings.grades;
  const std::int64_t bounds[] = {g.a, g.b, g.c, g.d};
  for (int i = 0; i < 4; ++i) {
    const char letter = static_cast<char>('A' + i);
    const int at = w.row(
        c.x.grade_bound + std::string(1, letter) + (i == 0 ? c.x.grade_above : c.x.grade_from),
        std::string("grades.") + letter);
    c.book.number(w.sheet(), at, 1, to_double(Ratio(bounds[i], 1000)), {Shape::Hours});
    c.settings.grades[static_cast<std::size_t>(i)] = w.value_cell(at);
  }
}

}  // namespace

void write_settings_sheet(XlsxContext& c) {
  const auto& s = c.analysis.settings;
  lxw_worksheet* sheet = c.sheets.settings;
  write_title(c, sheet);
  c.book.headings(sheet, kHeadingRow, {c.x.setting, c.x.value, c.x.key});
  c.book.widths(sheet, {58, 20, 34});
  SettingsWriter w(c);
  c.book.text(sheet, w.row(c.x.method, "method"), 1, method_name(c.repo.config.workload.method));
  const int jke = w.row(c.x.effective_hours, "effective_hours");
  c.book.number(sheet, jke, 1, static_cast<double>(s.effective_hours), {Shape::General});
  c.settings.effective_hours = w.value_cell(jke);
  write_periods(c, w);
  const int minimum = w.row(c.x.minimum_needed, "minimum_needed");
  c.book.number(sheet, minimum, 1, static_cast<double>(s.minimum_needed), {Shape::Whole});
  c.settings.minimum_needed = w.value_cell(minimum);
  c.book.text(sheet, w.row(c.x.rounding, "rounding"), 1, rounding_name(s.rounding));
  write_grades(c, w);
}

}  // namespace tatakerja::workload
