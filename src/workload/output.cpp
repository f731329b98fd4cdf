#include "tatakerja/workload/output.hpp"

#include "sheet.hpp"
#include "tatakerja/util/error.hpp"

namespace tatakerja::workload {

std::optional<View> parse_view(std::string_view name) {
  if (name == "position") return View::Position;
  if (name == "unit") return View::Unit;
  if (name == "employee") return View::Employee;
  if (name == "duty") return View::Duty;
  return std::nullopt;
}

std::optional<Format> parse_format(std::string_view name) {
  if (name == "table") return Format::Table;
  if (name == "csv") return Format::Csv;
  if (name == "json") return Format::Json;
  if (name == "markdown") return Format::Markdown;
  if (name == "xlsx") return Format::Xlsx;
  return std::nullopt;
}

const char* view_name(View view) {
  switch (view) {
    case View::Position:
      return "position";
    case View::Unit:
      return "unit";
    case View::Employee:
      return "employee";
    case View::Duty:
      return "duty";
  }
  return "position";
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
