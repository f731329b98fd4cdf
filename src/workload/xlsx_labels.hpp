// The words of the Excel workbook that the other formats do not have: its
// sheets, the duty sheet's extra columns and the settings sheet, in the
// repository's `language` (the column headings they share are in Labels).
#pragma once

#include "tatakerja/model/config.hpp"
#include "tatakerja/model/values.hpp"

namespace tatakerja::workload {

struct XlsxLabels {
  const char* title;  // "Analisis Beban Kerja", before the organisation's name
  // Sheets (names at most 31 characters, none of []:*?/\).
  const char* positions_sheet;
  const char* units_sheet;
  const char* employees_sheet;
  const char* duties_sheet;
  const char* settings_sheet;
  // The duty sheet's own columns.
  const char* number;            // No
  const char* volume_in_period;  // the volume as a number, in its period
  const char* period;
  const char* standard_hours;  // the standard time in hours, as a number
  // The settings sheet.
  const char* setting;
  const char* value;
  const char* key;  // the tatakerja.yaml key
  const char* method;
  const char* effective_hours;
  const char* periods_a_year;  // "Jumlah periode per tahun: " + period
  const char* effective_time;  // "Waktu kerja efektif (menit): " + period
  const char* minimum_needed;
  const char* rounding;
  const char* grade_bound;  // "Batas PJ " + letter + one of:
  const char* grade_above;  // " (EJ di atas)", A's
  const char* grade_from;   // " (EJ paling rendah)", B's to D's
  const char* day;
  const char* week;
  const char* month;
  const char* year;
};

const XlsxLabels& xlsx_labels_for(model::Language language);

// A period's name ("hari", "day"); a plain (yearly) volume's is the year's.
const char* period_label(const XlsxLabels& labels, model::Period period);

}  // namespace tatakerja::workload
