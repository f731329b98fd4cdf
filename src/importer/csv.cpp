// CSV as Indonesian Excel exports it: `;` between fields when the decimal
// separator is a comma (else `,`), fields quoted with `"` (RFC 4180), UTF-8
// with or without a byte-order mark, CRLF or LF. One file is one sheet,
// named after nothing ("csv"). Numbers stay text here; the importer reads
// them with a decimal comma or point.
#include <fmt/format.h>

#include "tatakerja/importer/error.hpp"
#include "tatakerja/importer/read.hpp"
#include "tatakerja/util/text.hpp"

namespace tatakerja::importer {

namespace {

// `;` when the first lines hold at least as many semicolons as commas
// outside quotes, else `,`.
char guess_delimiter(std::string_view text) {
  std::size_t semicolons = 0, commas = 0, lines = 0;
  bool quoted = false;
  for (std::size_t i = 0; i < text.size() && lines < 20; ++i) {
    const char c = text[i];
    if (c == '"') quoted = !quoted;
    if (quoted) continue;
    if (c == ';') ++semicolons;
    if (c == ',') ++commas;
    if (c == '\n') ++lines;
  }
  return semicolons > 0 && semicolons >= commas ? ';' : ',';
}

struct Parser {
  Parser(std::string_view t, char d) : text(t), delimiter(d) {}
  std::string_view text;
  char delimiter;
  Sheet sheet = named_sheet("csv");
  std::uint32_t row = 1, column = 1;
  std::string field;

  void end_field() {
    if (!field.empty()) {
      if (sheet.cells.size() >= Limits::kCells) {
        throw Refused(fmt::format("more than {} cells; an import reads forms, not databases",
                                  Limits::kCells));
      }
      sheet.cells.push_back(make_cell(row, column, std::move(field)));
    }
    field.clear();
    if (++column > Limits::kColumns) throw Refused(fmt::format("row {}: too many fields", row));
  }
  void end_row() {
    end_field();
    column = 1;
    if (++row > Limits::kRows) {
      throw Refused(fmt::format("more than {} rows; an import reads at most that", Limits::kRows));
    }
  }

  void run() {
    std::size_t i = 0;
    while (i < text.size()) {
      const char c = text[i];
      if (c == '"' && field.empty()) {
        i = quoted_field(i + 1);
      } else if (c == delimiter) {
        end_field();
        ++i;
      } else if (c == '\r' || c == '\n') {
        end_row();
        i += (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ? 2 : 1;
      } else {
        field += c;
        ++i;
      }
    }
    if (!field.empty() || column > 1) end_field();
  }

  // Reads a quoted field from just after its opening quote; returns where
  // the field's text ends (at the delimiter or line end that follows).
  std::size_t quoted_field(std::size_t i) {
    const std::uint32_t start_row = row;
    for (;;) {
      if (i >= text.size())
        throw Refused(fmt::format("row {}: a quote that is never closed", start_row));
      if (text[i] == '"') {
        if (i + 1 < text.size() && text[i + 1] == '"') {
          field += '"';
          i += 2;
          continue;
        }
        return i + 1;  // what follows the closing quote is read as usual
      }
      field += text[i++];
    }
  }
};

}  // namespace

Book read_csv(std::string_view bytes, std::string path) {
  if (bytes.starts_with("\xEF\xBB\xBF")) bytes.remove_prefix(3);
  if (const auto bad = util::find_invalid_utf8(bytes)) {
    throw Refused(
        fmt::format("not UTF-8 text (byte {}): save it from Excel as \"CSV UTF-8\"", *bad + 1));
  }
  Parser parser(bytes, guess_delimiter(bytes));
  parser.run();
  parser.sheet.sort();
  Book book;
  book.path = std::move(path);
  book.sheets.push_back(std::move(parser.sheet));
  return book;
}

}  // namespace tatakerja::importer
