// The readers: one file into a Book of sheets. Each throws Refused when the
// file cannot be read at all (error.hpp), with a message that names what.
#pragma once

#include <filesystem>
#include <string>

#include "tatakerja/importer/sheet.hpp"

namespace tatakerja::importer {

Book read_xlsx(std::string bytes, std::string path);      // cached values, never formulas
Book read_csv(std::string_view bytes, std::string path);  // `;` or `,`, UTF-8 with or without BOM
Book read_docx(std::string bytes, std::string path);      // every top-level table, with its symbols

// Reads `file` (at most Limits::kFileBytes) and chooses the reader by its
// extension (.xlsx, .xlsm, .csv, .docx); `shown` is how messages name it.
Book read_book(const std::filesystem::path& file, const std::string& shown);

// A number as a cell shows it: the shortest text that reads back as the
// same double ("2.2559999999999998" -> "2.256"); `text` unchanged when it
// is not a number.
std::string tidy_number(std::string_view text);

}  // namespace tatakerja::importer
