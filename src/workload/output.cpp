#include "tatakerja/workload/output.hpp"

#include "sheet.hpp"
#include "tatakerja/util/error.hpp"

namespace tatakerja::workload {

const char* view_name(View view) {
  return util::word_of(kViews, view).data();  // the table's words are literals
}

Sheet make_sheet(const model::Repository& repo, const Analysis& analysis, View view) {
  const Labels& l = labels_for(repo.config.language);
  switch (view) {
    case View::Unit:
      return unit_sheet(repo, analysis, l);
    case View::Employee:
      return employee_sheet(repo, analysis, l);
    case View::Duty:
      return duty_sheet(repo, analysis, l);
    case View::Position:
      break;
  }
  return position_sheet(repo, analysis, l);
}

void write_workload(const model::Repository& repo, const Analysis& analysis, View view,
                    Format format, std::ostream& out) {
  switch (format) {
    case Format::Json:
      write_json(repo, analysis, view, out);
      return;
    case Format::Csv:
      write_csv(make_sheet(repo, analysis, view), out);
      return;
    case Format::Markdown:
      write_markdown(make_sheet(repo, analysis, view), out);
      return;
    case Format::Table:
      write_table(make_sheet(repo, analysis, view), out);
      return;
    case Format::Xlsx:
      break;
  }
  throw util::Failure("internal: an Excel workbook is written to a file, not a stream");
}

}  // namespace tatakerja::workload
