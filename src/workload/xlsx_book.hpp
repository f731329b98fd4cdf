// One Excel workbook being written with libxlsxwriter: its sheets, the cell
// styles the workload sheets use, and the first error any call met. Text
// from the YAML is only ever written as a string cell, never as a formula.
#pragma once

#include <xlsxwriter.h>

#include <compare>
#include <filesystem>
#include <map>
#include <string>
#include <vector>

namespace tatakerja::workload {

enum class Shape {
  Text,     // a string
  Title,    // the sheet's title line
  Heading,  // a column heading: bold, wrapped, framed
  General,  // a number as Excel shows it by default (volumes, minutes)
  Hours,    // 0.00
  Three,    // 0.000 (required, EJ: as published ABK tables print them)
  Whole,    // 0
  Signed,   // +0;-0;0 (kelebihan/kekurangan)
};

struct Style {
  Shape shape = Shape::Text;
  bool bold = false;  // a total's row
  int indent = 0;     // a unit's depth
  auto operator<=>(const Style&) const = default;
};

class Book {
 public:
  // The workbook that close() writes to `file`. It carries no date of its
  // own: its creation time is 1980-01-01, as its zip entries', so the same
  // figures always give the same bytes.
  Book(const std::filesystem::path& file, const std::string& title);
  ~Book();
  Book(const Book&) = delete;
  Book& operator=(const Book&) = delete;

  lxw_worksheet* add_sheet(const char* name);
  void text(lxw_worksheet* sheet, int row, int column, const std::string& value, Style style = {});
  void number(lxw_worksheet* sheet, int row, int column, double value, Style style);
  // A formula ("=SUM(C5:C7)") and the figure it gives, as Excel caches it.
  void formula(lxw_worksheet* sheet, int row, int column, const std::string& formula, double value,
               Style style);
  void formula_text(lxw_worksheet* sheet, int row, int column, const std::string& formula,
                    const std::string& value, Style style);
  // Column widths in characters, from column 0.
  void widths(lxw_worksheet* sheet, const std::vector<double>& widths);
  // The headings' row: kept in view when scrolling, with filter buttons.
  void headings(lxw_worksheet* sheet, int row, const std::vector<std::string>& labels);

  // Writes the file; false with `why` when it, or any call before, failed.
  bool close(std::string& why);

 private:
  lxw_format* format(const Style& style);
  void check(lxw_error error);

  std::string title_;
  lxw_workbook* book_ = nullptr;
  std::map<Style, lxw_format*> formats_;
  lxw_error error_ = LXW_NO_ERROR;
  bool closed_ = false;
};

}  // namespace tatakerja::workload
