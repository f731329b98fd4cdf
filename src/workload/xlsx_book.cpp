#include "xlsx_book.hpp"

#include <cerrno>
#include <cstring>

namespace tatakerja::workload {

namespace {

constexpr time_t kNoDate = 315532800;  // 1980-01-01T00:00:00Z, the zip entries' date

const char* number_format(Shape shape) {
  switch (shape) {
    case Shape::Hours:
      return "0.00";
    case Shape::Three:
      return "0.000";
    case Shape::Whole:
      return "0";
    case Shape::Signed:
      return "+0;-0;0";
    case Shape::Text:
    case Shape::Title:
    case Shape::Heading:
    case Shape::General:
      break;
  }
  return nullptr;
}

lxw_row_t row_of(int row) {
  return static_cast<lxw_row_t>(row);
}
lxw_col_t column_of(int column) {
  return static_cast<lxw_col_t>(column);
}

}  // namespace

Book::Book(const std::filesystem::path& file, const std::string& title) : title_(title) {
  book_ = workbook_new(file.c_str());
  if (!book_) {
    error_ = LXW_ERROR_MEMORY_MALLOC_FAILED;
    return;
  }
  lxw_doc_properties properties{};
  properties.title = title_.data();  // kept until the workbook is closed
  properties.created = kNoDate;
  check(workbook_set_properties(book_, &properties));
}

Book::~Book() {
  // Never closed (an exception on the way): the file is written and then
  // removed by the caller; closing frees the workbook.
  if (book_ && !closed_) workbook_close(book_);
}

void Book::check(lxw_error error) {
  if (error != LXW_NO_ERROR && error_ == LXW_NO_ERROR) error_ = error;
}

lxw_worksheet* Book::add_sheet(const char* name) {
  if (!book_) return nullptr;
  lxw_worksheet* sheet = workbook_add_worksheet(book_, name);
  if (!sheet) check(LXW_ERROR_PARAMETER_VALIDATION);
  return sheet;
}

lxw_format* Book::format(const Style& style) {
  if (style == Style{}) return nullptr;
  auto& slot = formats_[style];
  if (slot) return slot;
  slot = workbook_add_format(book_);
  if (const char* numbers = number_format(style.shape)) format_set_num_format(slot, numbers);
  if (style.bold || style.shape == Shape::Title || style.shape == Shape::Heading) {
    format_set_bold(slot);
  }
  if (style.shape == Shape::Title) format_set_font_size(slot, 12);
  if (style.shape == Shape::Heading) {
    format_set_text_wrap(slot);
    format_set_align(slot, LXW_ALIGN_VERTICAL_TOP);
    format_set_border(slot, LXW_BORDER_THIN);
    format_set_bg_color(slot, 0xDDEBF7);
  }
  if (style.indent > 0) format_set_indent(slot, static_cast<uint8_t>(style.indent));
  return slot;
}

void Book::text(lxw_worksheet* sheet, int row, int column, const std::string& value, Style style) {
  if (!sheet || value.empty()) return;
  check(
      worksheet_write_string(sheet, row_of(row), column_of(column), value.c_str(), format(style)));
}

void Book::number(lxw_worksheet* sheet, int row, int column, double value, Style style) {
  if (!sheet) return;
  check(worksheet_write_number(sheet, row_of(row), column_of(column), value, format(style)));
}

void Book::formula(lxw_worksheet* sheet, int row, int column, const std::string& formula,
                   double value, Style style) {
  if (!sheet) return;
  check(worksheet_write_formula_num(sheet, row_of(row), column_of(column), formula.c_str(),
                                    format(style), value));
}

void Book::formula_text(lxw_worksheet* sheet, int row, int column, const std::string& formula,
                        const std::string& value, Style style) {
  if (!sheet) return;
  check(worksheet_write_formula_str(sheet, row_of(row), column_of(column), formula.c_str(),
                                    format(style), value.c_str()));
}

void Book::widths(lxw_worksheet* sheet, const std::vector<double>& widths) {
  if (!sheet) return;
  for (std::size_t c = 0; c < widths.size(); ++c) {
    const auto column = column_of(static_cast<int>(c));
    check(worksheet_set_column(sheet, column, column, widths[c], nullptr));
  }
}

void Book::headings(lxw_worksheet* sheet, int row, const std::vector<std::string>& labels) {
  if (!sheet) return;
  for (std::size_t c = 0; c < labels.size(); ++c) {
    text(sheet, row, static_cast<int>(c), labels[c], {Shape::Heading});
  }
  worksheet_freeze_panes(sheet, row_of(row + 1), 0);
}

bool Book::close(std::string& why) {
  if (!book_) {
    why = lxw_strerror(error_);
    return false;
  }
  closed_ = true;
  errno = 0;
  const lxw_error closed = workbook_close(book_);
  book_ = nullptr;
  check(closed);
  if (error_ == LXW_NO_ERROR) return true;
  why = lxw_strerror(error_);
  if (closed == LXW_ERROR_CREATING_XLSX_FILE && errno != 0)
    why += std::string(": ") + std::strerror(errno);
  return false;
}

}  // namespace tatakerja::workload
