// The duty sheet (Uraian Tugas): one row a duty, grouped by position in
// report order (a duty with subtasks first, its hours and required the SUM
// of its subtasks' rows below it), with its volume and standard time as written and as
// numbers, and its hours, WKE and required as formulas over them and the
// settings sheet, so that a volume changed here moves every figure.
#include <string>

#include "xlsx_cells.hpp"
#include "xlsx_sheets.hpp"

namespace tatakerja::workload {

namespace {

// Columns: unit, position, No, duty, unit of output, volume as written,
// volume in its period, period, standard time as written, in hours, then
// hours, WKE and required.
enum Column {
  kUnit,
  kPosition,
  kNumber,
  kDuty,
  kOutput,
  kVolumeWritten,
  kVolume,
  kPeriod,
  kTimeWritten,
  kTimeHours,
  kHours,
  kEffectiveTime,
  kRequired,
};
static_assert(kHours == kDutyHoursColumn && kRequired == kDutyRequiredColumn);

std::string unit_name(const XlsxContext& c, int unit) {
  if (unit >= 0) return c.repo.units[unit].name.value;
  return c.repo.units.empty() ? std::string() : std::string(c.l.no_unit);
}

void write_duty(XlsxContext& c, int row, const PositionFigures& p, const DutyFigures& d) {
  lxw_worksheet* sheet = c.sheets.duties;
  const auto& duty = c.repo.positions[p.position].duties[d.duty];
  const auto* volume = model::readable(duty.volume);
  const auto* time = model::readable(duty.standard_time);
  const auto period = volume ? volume->period : model::Period::Plain;
  c.book.text(sheet, row, kUnit, unit_name(c, p.unit));
  c.book.text(sheet, row, kPosition, c.repo.positions[p.position].name.value);
  c.book.text(sheet, row, kNumber, duty.number);  // "1", "1.a": text, as the forms print it
  c.book.text(sheet, row, kDuty, duty.text.value);
  if (duty.unit_of_output) c.book.text(sheet, row, kOutput, duty.unit_of_output->value);
  if (d.heading) {
    // a duty with subtasks: the sums of the rows that follow it
    std::vector<int> below;
    for (int k = 1; k <= duty.subtasks; ++k) below.push_back(row + k);
    c.book.formula(sheet, row, kHours, "=" + sum_formula("", kHours, below),
                   to_double(hours(d.load)), {Shape::Hours});
    c.book.formula(sheet, row, kRequired, "=" + sum_formula("", kRequired, below),
                   to_double(d.required), {Shape::Three});
    return;
  }
  if (volume) {
    c.book.text(sheet, row, kVolumeWritten, volume->written);
    c.book.number(sheet, row, kVolume,
                  to_double(Ratio(volume->amount_micro, model::Volume::kScale)), {Shape::General});
    c.book.text(sheet, row, kPeriod, period_label(c.x, period));
  }
  if (time) {
    c.book.text(sheet, row, kTimeWritten, time->written);
    c.book.number(sheet, row, kTimeHours, to_double(Ratio(time->seconds, 3600)), {Shape::General});
  }
  const auto at = [&](int column) { return cell_name(row, column); };
  const auto p_index = static_cast<std::size_t>(period);
  // hours = volume in its period × the period's count a year × standard time in hours
  c.book.formula(
      sheet, row, kHours,
      "=" + at(kVolume) + "*" + c.settings.periods_a_year[p_index] + "*" + at(kTimeHours),
      to_double(hours(d.load)), {Shape::Hours});
  c.book.formula(sheet, row, kEffectiveTime, "=" + c.settings.effective_time[p_index],
                 to_double(d.effective_time / Ratio(60)), {Shape::General});
  // required = volume in its period × standard time in minutes / the period's WKE
  c.book.formula(sheet, row, kRequired,
                 "=" + at(kVolume) + "*" + at(kTimeHours) + "*60/" + at(kEffectiveTime),
                 to_double(d.required), {Shape::Three});
}

}  // namespace

void write_duty_sheet(XlsxContext& c) {
  lxw_worksheet* sheet = c.sheets.duties;
  write_title(c, sheet);
  c.book.headings(sheet, kHeadingRow,
                  {c.l.unit, c.l.position, c.x.number, c.l.duty, c.l.unit_of_output, c.l.volume,
                   c.x.volume_in_period, c.x.period, c.l.standard_time, c.x.standard_hours,
                   c.l.hours, c.l.effective_time, c.l.duty_required});
  c.book.widths(sheet, {24, 24, 5, 48, 14, 12, 10, 9, 12, 10, 14, 12, 12});
  int row = kFirstRow;
  c.duty_rows.assign(c.analysis.positions.size(), {});
  for (std::size_t i = 0; i < c.analysis.positions.size(); ++i) {
    const auto& p = c.analysis.positions[i];
    for (const auto& d : p.duties) {
      write_duty(c, row, p, d);
      c.duty_rows[i].push_back(row++);
    }
  }
}

}  // namespace tatakerja::workload
