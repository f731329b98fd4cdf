// Reading a form's header: what each column holds, from its label as the
// offices write it (Indonesian and English, with their variants), and the
// rows a header spans (a merged two-row header: "Beban Kerja" over
// "Harian | Bulanan | Tahunan", "Norma Waktu" over "(menit)").
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>

#include "tatakerja/importer/sheet.hpp"

namespace tatakerja::importer {

enum class Role {
  None,
  Ignore,
  PositionId,  // the ids of a workbook tatakerja wrote (`workload --format xlsx`)
  DutyId,
  UnitId,
  Number,
  Duty,
  Output,
  UnitOfOutput,
  Volume,
  VolumeDay,
  VolumeWeek,
  VolumeMonth,
  VolumeYear,
  Time,
  Effective,
  Required,
  Position,
  Unit,
  Staff,
};

// The role of a column from its label, folded (util::fold_text).
Role role_of(std::string_view folded);
// "jam", "menit" or "" from a folded label ("norma waktu menit").
std::string time_unit_of(std::string_view folded);

struct Header {
  std::uint32_t first_row = 0, last_row = 0;    // the rows it spans
  std::map<std::uint32_t, std::string> labels;  // column -> folded label
  std::map<std::uint32_t, std::string> shown;   // column -> the label as written
  std::map<Role, std::uint32_t> columns;        // role -> its first column
  std::map<std::uint32_t, Role> roles;          // column -> role

  std::optional<std::uint32_t> column(Role role) const;
};

// The header at `row` (and the row below when it carries sub-labels), or
// nullopt when `row` is not one: a header names the duty column and at least
// one more of its kind (volume, time, position, staff).
std::optional<Header> header_at(const Sheet& sheet, std::uint32_t row);

// Cell text trimmed of spaces and line breaks.
std::string trimmed(const Cell* cell);

}  // namespace tatakerja::importer
