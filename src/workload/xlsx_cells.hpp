// Cell references and formula pieces for the Excel workbook
// (`workload --format xlsx`): pure text, no libxlsxwriter. Rows and columns
// are 0-based, as libxlsxwriter counts them; the names are Excel's ("A1").
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace tatakerja::workload {

// 0 -> "A", 25 -> "Z", 26 -> "AA", 16383 -> "XFD".
std::string column_letters(int column);

// "C5" for row 4, column 2; fixed: "$C$5" (stays put when a formula is copied).
std::string cell_name(int row, int column, bool fixed = false);

// A reference on another sheet: "'Uraian Tugas'!K5". The name is always
// quoted, with an apostrophe in it doubled, as Excel writes it.
std::string sheet_cell(std::string_view sheet, int row, int column, bool fixed = false);

// The sum of one column over `rows` (ascending), on `sheet` (empty: the
// formula's own sheet): runs of consecutive rows become one range,
// "SUM('Jabatan'!C5:C7,'Jabatan'!C9)"; more pieces than a function takes
// (255) are summed in nested SUMs. "0" when there are no rows.
std::string sum_formula(std::string_view sheet, int column, const std::vector<int>& rows);

}  // namespace tatakerja::workload
