// The key/value lines around a form's table: "Nama Jabatan : Ajudan",
// "Unit Kerja : Sekretariat Daerah", "Jumlah pegawai yang ada : 3".
#pragma once

#include <optional>
#include <string>

#include "tatakerja/importer/sheet.hpp"

namespace tatakerja::importer {

struct TitleBlock {
  std::optional<std::string> position, unit, staff, organization, effective_hours;
  std::optional<std::string> summary, type, grade;  // ikhtisar, jenis and kelas jabatan
  std::uint32_t staff_row = 0;                      // the row of the staff line
};

// Reads the title block from the rows [first, last] of `sheet`, filling
// only what `t` does not have yet.
void read_title_block(const Sheet& sheet, std::uint32_t first, std::uint32_t last, TitleBlock& t);

// The value of a "Key : value" cell at (row, column): after its colon, or
// the next non-empty cell to its right that is not just ":".
std::string value_beside(const Sheet& sheet, const Cell& key);

}  // namespace tatakerja::importer
