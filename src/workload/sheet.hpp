// A view of the workload figures as rows and columns, before it is written
// as a terminal table, CSV or Markdown. Numbers are kept as text in their
// plain form ("2.640", "-1"); each writer dresses them (decimal comma, a
// '+' on a surplus, "-" for a figure that does not exist).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "labels.hpp"
#include "tatakerja/workload/output.hpp"

namespace tatakerja::workload {

struct Column {
  std::string label;
  bool numeric = false;    // right-aligned; '.' becomes the decimal mark in tables
  bool with_sign = false;  // a '+' on positive values in tables (kelebihan)
  bool csv_only = false;   // ids: in CSV only (tables show names and headings)
};

enum class RowKind {
  Heading,   // a group's title (a unit, a position): tables only, cells[0]
  Item,      // one position, unit, employee or duty
  Subtotal,  // a group's total
  Total,     // the whole organisation
};

struct Row {
  RowKind kind = RowKind::Item;
  int indent = 0;  // levels of two spaces before the first shown cell, in tables
  std::vector<std::optional<std::string>> cells;  // one per column; nullopt: no such figure
};

struct Sheet {
  std::vector<Column> columns;
  std::vector<Row> rows;
  const Labels* labels = nullptr;
};

Sheet make_sheet(const model::Repository& repo, const Analysis& analysis, View view);

// The views, one builder each (sheet_positions.cpp, sheet_people.cpp).
Sheet position_sheet(const model::Repository& repo, const Analysis& analysis, const Labels& l);
Sheet unit_sheet(const model::Repository& repo, const Analysis& analysis, const Labels& l);
Sheet employee_sheet(const model::Repository& repo, const Analysis& analysis, const Labels& l);
Sheet duty_sheet(const model::Repository& repo, const Analysis& analysis, const Labels& l);

// The columns hours, required, needed, staff, balance, EJ and PJ, and the
// cells of a group's figures under them.
void add_figure_columns(Sheet& sheet);
void add_figure_cells(Row& row, const Figures& figures, const Settings& settings);

// Figures as plain text: hours with up to two decimals, required and EJ
// with three (as published ABK tables print them), rounded half up.
std::string hours_text(const Ratio& load);
std::string three_decimals(const Ratio& value);
std::string minutes_text(const Ratio& seconds);  // up to two decimals: "6250", "104.17"
std::string whole_text(Wide value);

// A cell as tables and Markdown show it: "-" for a figure that does not
// exist, the decimal mark of the language, '+' on a positive signed number,
// text on one line with control characters escaped.
std::string dressed(const Sheet& sheet, std::size_t column, const std::optional<std::string>& cell);

// The words tatakerja.yaml uses for a method and a rounding (json.cpp).
const char* method_name(model::Method method);
const char* rounding_name(model::Rounding rounding);

void write_table(const Sheet& sheet, std::ostream& out);
void write_csv(const Sheet& sheet, std::ostream& out);
void write_markdown(const Sheet& sheet, std::ostream& out);
void write_json(const model::Repository& repo, const Analysis& analysis, View view,
                std::ostream& out);

}  // namespace tatakerja::workload
