// Reading the office's forms out of a Book: the Anjab/ABK tables (a title
// block, a header found by its labels, numbered duties with their lettered
// rincian beneath) and the SOP AP documents (an identity table, a
// procedure table with lanes).
#pragma once

#include "tatakerja/importer/result.hpp"
#include "tatakerja/importer/sheet.hpp"

namespace tatakerja::importer {

// Appends the positions found in `book` (every sheet that holds an ABK or
// Anjab table, or a table of positions and their staff) and a finding for
// each cell it could not place. True when it found any table.
bool read_abk(const Book& book, Imported& out);

// Appends the SOPs found in `book` (an identity table and a procedure
// table). True when it found any.
bool read_sop(const Book& book, Imported& out);

}  // namespace tatakerja::importer
