#include "tatakerja/app/list.hpp"

#include <fmt/format.h>
#include <unistd.h>

#include <algorithm>
#include <sstream>

#include "list_rows.hpp"
#include "tatakerja/app/phase.hpp"
#include "tatakerja/app/pipeline.hpp"
#include "tatakerja/load/loader.hpp"
#include "tatakerja/report/report.hpp"
#include "tatakerja/sys/terminal.hpp"
#include "tatakerja/util/error.hpp"
#include "tatakerja/util/json.hpp"
#include "tatakerja/util/text.hpp"
#include "tatakerja/util/text_table.hpp"

namespace tatakerja::app {

namespace {

using list::Cell;
using list::CellType;
using list::Listing;

std::string table_text(const Cell& cell) {
  if (!cell.present) return "-";
  std::string out;
  for (const auto& value : cell.values) {
    if (!out.empty()) out += ", ";
    out += util::escape_control(value);
  }
  return out.empty() ? "-" : out;
}

// Columns two spaces apart, aligned by code points; numbers to the right;
// the last column is not padded. Columns without a header are JSON only.
void write_table(const Listing& listing, std::ostream& out) {
  std::vector<std::size_t> shown;
  for (std::size_t c = 0; c < listing.columns.size(); ++c) {
    if (!listing.columns[c].header.empty()) shown.push_back(c);
  }
  std::vector<bool> right;
  std::vector<std::string> header;
  for (auto c : shown) {
    right.push_back(listing.columns[c].type == CellType::Number);
    header.emplace_back(listing.columns[c].header);
  }
  util::TextTable table(std::move(right));
  table.add_row(std::move(header));
  for (const auto& row : listing.rows) {
    std::vector<std::string> cells;
    for (auto c : shown) cells.push_back(table_text(row[c]));
    table.add_row(std::move(cells));
  }
  out << table.text();
}

void write_cell(const list::Column& column, const Cell& cell, util::JsonWriter& w) {
  w.key(column.key);
  if (column.type == CellType::List) {
    w.begin_array();
    for (const auto& value : cell.values) w.string(value);
    w.end_array();
  } else if (!cell.present) {
    w.null();
  } else if (column.type == CellType::Number) {
    w.number_text(cell.values.front());
  } else {
    w.string(cell.values.front());
  }
}

void write_json(std::string_view kind, const Listing& listing, std::ostream& out) {
  util::JsonWriter w(out);
  w.begin_object().key("version").number(1).key(kind).begin_array();
  for (const auto& row : listing.rows) {
    w.begin_object();
    for (std::size_t c = 0; c < listing.columns.size(); ++c) {
      write_cell(listing.columns[c], row[c], w);
    }
    w.end_object();
  }
  w.end_array().end_object();
  out << '\n';
}

std::size_t count_errors(const diag::Diagnostics& diagnostics) {
  return static_cast<std::size_t>(
      std::count_if(diagnostics.begin(), diagnostics.end(),
                    [](const diag::Diagnostic& d) { return d.severity == diag::Severity::Error; }));
}

}  // namespace

int run_list(const GlobalOptions& global, const ListOptions& options, std::ostream& out,
             std::ostream& err) {
  list::check_kind(options.kind);
  const auto& checked =
      *open_repository(global, phases::kList, err, std::filesystem::current_path()).checked;
  if (!checked.config_ok) {
    print_diagnostics(checked, checked.diagnostics, sys::use_color(global.color, STDERR_FILENO),
                      err);
    err << "tatakerja: tatakerja.yaml is invalid, so there is nothing to list\n";
    return 2;
  }
  const auto listing = list::list_of(options.kind, checked.repo);
  std::ostringstream text;
  if (options.format == ListFormat::Json) {
    write_json(options.kind, listing, text);
  } else {
    write_table(listing, text);
  }
  out << text.str();
  out.flush();
  if (const auto errors = count_errors(checked.diagnostics); errors > 0 && !global.quiet) {
    err << fmt::format(
        "tatakerja: note: the repository has {} {}, so this list may be incomplete; "
        "`tatakerja validate` shows {}\n",
        errors, errors == 1 ? "error" : "errors", errors == 1 ? "it" : "them");
  }
  return 0;
}

}  // namespace tatakerja::app
