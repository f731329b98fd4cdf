// `workload --format xlsx`: the ABK as an Excel workbook with live
// formulas, written whole or not at all (util::replace_file_with).
#include <string>

#include "tatakerja/util/error.hpp"
#include "tatakerja/util/file.hpp"
#include "tatakerja/workload/output.hpp"
#include "xlsx_sheets.hpp"

namespace tatakerja::workload {

namespace {

bool write_book(const model::Repository& repo, const Analysis& analysis, View view,
                const std::filesystem::path& file, std::string& why) {
  const Labels& l = labels_for(repo.config.language);
  const XlsxLabels& x = xlsx_labels_for(repo.config.language);
  std::string title = x.title;
  if (!repo.config.organization.empty()) title += " \u2014 " + repo.config.organization;
  Book book(file, title);
  XlsxContext c{book, repo, analysis, l, x, {}, {}, {}, {}, -1};
  // Sheets in the order an office reads them; written in the order their
  // formulas need (each reads the cells of the ones before it).
  c.sheets = {book.add_sheet(x.positions_sheet), book.add_sheet(x.units_sheet),
              book.add_sheet(x.employees_sheet), book.add_sheet(x.duties_sheet),
              book.add_sheet(x.settings_sheet)};
  write_settings_sheet(c);
  write_duty_sheet(c);
  write_position_sheet(c);
  write_unit_sheet(c);
  write_employee_sheet(c);
  lxw_worksheet* shown = view == View::Unit       ? c.sheets.units
                         : view == View::Employee ? c.sheets.employees
                         : view == View::Duty     ? c.sheets.duties
                                                  : c.sheets.positions;
  if (shown) worksheet_activate(shown);
  return book.close(why);
}

}  // namespace

void write_xlsx(const model::Repository& repo, const Analysis& analysis, View view,
                const std::filesystem::path& file) {
  std::string error;
  const bool written = util::replace_file_with(
      file,
      [&](const std::filesystem::path& temp, std::string& why) {
        return write_book(repo, analysis, view, temp, why);
      },
      error);
  if (!written) throw util::Failure(error);
}

}  // namespace tatakerja::workload
