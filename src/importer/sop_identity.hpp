// The identity table of an SOP AP (Nomor SOP, Tanggal Pembuatan/Revisi/
// Efektif/Pengesahan, Disahkan oleh, Nama SOP, and the two-column lower
// half: Dasar Hukum, Kualifikasi Pelaksana, Keterkaitan, Peralatan/
// Perlengkapan, Peringatan, Pencatatan dan Pendataan).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "tatakerja/importer/result.hpp"
#include "tatakerja/importer/sheet.hpp"

namespace tatakerja::importer {

// Fills what `sop` does not have yet from the labels in rows [first, last].
void read_identity(const Sheet& sheet, std::uint32_t first, std::uint32_t last, ImportedSop& sop,
                   Imported& out);

// "12 Desember 2017", "12-12-2017", "12/12/2017", "2017-12-12", or an Excel
// date serial: YYYY-MM-DD; nullopt when it is none of them.
std::optional<std::string> read_date(const Cell& cell, const std::string& text);

// The lines of a cell as list items, their numbering ("1.", "a)", "-", "•") taken off.
std::vector<std::string> list_items(const std::string& text);

}  // namespace tatakerja::importer
