#include "title_block.hpp"

#include <algorithm>

#include "columns.hpp"
#include "tatakerja/util/text.hpp"

namespace tatakerja::importer {

namespace {

std::string strip(std::string_view t) {
  while (!t.empty() && (t.front() == ' ' || t.front() == ':' || t.front() == '\t'))
    t.remove_prefix(1);
  while (!t.empty() && (t.back() == ' ' || t.back() == '\t' || t.back() == '\n'))
    t.remove_suffix(1);
  return std::string(t);
}

// The key part of a cell: before its colon, folded.
std::string key_of(const std::string& text) {
  return util::fold_text(text.substr(0, std::min(text.find(':'), text.size())));
}

}  // namespace

std::string value_beside(const Sheet& sheet, const Cell& key) {
  const auto colon = key.text.find(':');
  if (colon != std::string::npos) {
    std::string after = strip(std::string_view(key.text).substr(colon + 1));
    if (!after.empty()) return after;
  }
  const std::uint32_t last =
      std::min(sheet.last_column(), key.column + 16);  // a value stands near its label
  for (std::uint32_t c = key.column + 1; c <= last; ++c) {
    const Cell* cell = sheet.at(key.row, c);
    if (!cell || cell == &key) continue;
    std::string value = strip(cell->text);
    if (!value.empty()) return value;
  }
  return "";
}

void read_title_block(const Sheet& sheet, std::uint32_t first, std::uint32_t last, TitleBlock& t) {
  // the cells are sorted by row: start at the first of the range
  auto it = std::lower_bound(sheet.cells.begin(), sheet.cells.end(), first,
                             [](const Cell& c, std::uint32_t row) { return c.row < row; });
  for (; it != sheet.cells.end() && it->row <= last; ++it) {
    const Cell& cell = *it;
    const std::string key = key_of(cell.text);
    std::optional<std::string>* slot = nullptr;
    if (key == "nama jabatan" || key == "jabatan" || key == "position") {
      slot = &t.position;
    } else if (key == "unit kerja" || key == "unit organisasi" || key == "work unit") {
      slot = &t.unit;
    } else if (key == "jumlah pegawai yang ada" || key == "pegawai yang ada" ||
               key == "jumlah pegawai" || key == "bezetting" || key == "existing staff") {
      slot = &t.staff;
    } else if (key == "instansi" || key == "perangkat daerah" || key == "organisasi" ||
               key == "organization") {
      slot = &t.organization;
    } else if (key.starts_with("jam kerja efektif") || key == "effective working hours a year") {
      slot = &t.effective_hours;
    } else if (key == "ikhtisar jabatan" || key == "ikhtisar" || key == "summary") {
      slot = &t.summary;
    } else if (key == "jenis jabatan") {
      slot = &t.type;
    } else if (key == "kelas jabatan") {
      slot = &t.grade;
    }
    if (!slot || *slot) continue;
    std::string value = value_beside(sheet, cell);
    if (value.empty()) continue;
    *slot = std::move(value);
    if (slot == &t.staff) t.staff_row = cell.row;
  }
}

}  // namespace tatakerja::importer
