#include "columns.hpp"

#include <array>

#include "tatakerja/importer/error.hpp"
#include "tatakerja/util/text.hpp"

namespace tatakerja::importer {

namespace {

bool has(std::string_view text, std::string_view word) {
  return text.find(word) != std::string_view::npos;
}

bool has_any(std::string_view text, std::initializer_list<std::string_view> words) {
  for (auto w : words) {
    if (has(text, w)) return true;
  }
  return false;
}

Role volume_role(std::string_view l) {
  if (has_any(l, {"harian", "per hari", "day"})) return Role::VolumeDay;
  if (has_any(l, {"mingguan", "per minggu", "week"})) return Role::VolumeWeek;
  if (has_any(l, {"bulanan", "per bulan", "month"})) return Role::VolumeMonth;
  if (has_any(l, {"tahunan", "per tahun", "year"})) return Role::VolumeYear;
  return Role::Volume;
}

bool is_period_word(std::string_view l) {
  return has_any(l, {"harian", "mingguan", "bulanan", "tahunan"});
}

}  // namespace

Role role_of(std::string_view l) {
  if (l.empty()) return Role::None;
  if (l == "no" || l == "nomor" || l == "no urut" || l == "nomor urut") return Role::Number;
  if (l == "id jabatan" || l == "position id") return Role::PositionId;
  if (l == "id uraian tugas" || l == "duty id") return Role::DutyId;
  if (l == "id unit kerja" || l == "work unit id") return Role::UnitId;
  if (l.starts_with("id ") || l.ends_with(" id") || l == "nip" || l == "sop") return Role::Ignore;
  if (has_any(l, {"periode", "period"}) && !is_period_word(l)) return Role::Ignore;
  if (l == "ej" || l == "pj" ||
      has_any(l, {"jumlah waktu", "workload hours", "kelebihan", "surplus", "prestasi",
                  "performance", "effectiveness", "dibulatkan", "rounded"})) {
    return Role::Ignore;
  }
  if (has_any(l, {"kebutuhan", "dibutuhkan", "required", "needed"})) return Role::Required;
  if (has_any(l, {"efektif", "wke", "effective"})) return Role::Effective;
  if (has_any(l, {"pegawai yang ada", "bezetting", "existing staff", "jumlah pegawai"})) {
    return Role::Staff;
  }
  if (has_any(l, {"norma waktu", "waktu penyelesaian", "standar waktu", "standard time",
                  "waktu penyelesaian"})) {
    return Role::Time;
  }
  if (has_any(l, {"volume", "beban kerja", "target", "jumlah hasil"}) || is_period_word(l)) {
    return volume_role(l);
  }
  if (has_any(l, {"satuan", "unit of output"})) return Role::UnitOfOutput;
  if (has_any(l, {"hasil kerja", "output", "hasil"})) return Role::Output;
  if (has_any(l, {"uraian tugas", "rincian tugas", "uraian kegiatan", "tugas pokok", "kegiatan",
                  "duty", "duties", "uraian", "tugas"})) {
    return Role::Duty;
  }
  if (has_any(l, {"jabatan", "position"})) return Role::Position;
  if (has_any(l, {"unit kerja", "work unit", "unit organisasi"}) || l == "unit") return Role::Unit;
  return Role::None;
}

std::string time_unit_of(std::string_view l) {
  if (has_any(l, {"menit", "minute"})) return "menit";
  if (has_any(l, {"jam", "hour"})) return "jam";
  if (has_any(l, {"hari", "day"})) return "hari";
  return "";
}

std::string trimmed(const Cell* cell) {
  if (!cell) return "";
  std::string_view t = cell->text;
  while (!t.empty() &&
         (t.front() == ' ' || t.front() == '\n' || t.front() == '\r' || t.front() == '\t')) {
    t.remove_prefix(1);
  }
  while (!t.empty() &&
         (t.back() == ' ' || t.back() == '\n' || t.back() == '\r' || t.back() == '\t')) {
    t.remove_suffix(1);
  }
  return std::string(t);
}

std::optional<std::uint32_t> Header::column(Role role) const {
  const auto it = columns.find(role);
  if (it == columns.end()) return std::nullopt;
  return it->second;
}

namespace {

void assign(Header& h) {
  h.columns.clear();
  h.roles.clear();
  for (const auto& [column, label] : h.labels) {
    const Role role = role_of(label);
    h.roles[column] = role;
    if (role != Role::None && role != Role::Ignore) h.columns.emplace(role, column);
  }
}

bool is_header(const Header& h) {
  const bool duty = h.column(Role::Duty).has_value();
  const bool figures = h.column(Role::Volume) || h.column(Role::VolumeDay) ||
                       h.column(Role::VolumeMonth) || h.column(Role::VolumeYear) ||
                       h.column(Role::VolumeWeek) || h.column(Role::Time);
  const bool staff = h.column(Role::Position) && h.column(Role::Staff);
  return (duty && (figures || h.column(Role::Number))) || staff;
}

// True when the cell at (row, column) is the same merged cell as the one above.
bool merged_with_above(const Sheet& sheet, std::uint32_t row, std::uint32_t column) {
  for (const auto& m : sheet.merges) {
    if (column >= m.first_column && column <= m.last_column && row > m.first_row &&
        row <= m.last_row) {
      return true;
    }
  }
  return false;
}

}  // namespace

std::optional<Header> header_at(const Sheet& sheet, std::uint32_t row) {
  Header h;
  h.first_row = h.last_row = row;
  const std::uint32_t last = std::min(sheet.last_column(), Limits::kScanColumns);
  for (std::uint32_t c = 1; c <= last; ++c) {
    const std::string written = trimmed(sheet.at(row, c));
    const std::string label = util::fold_text(written);
    if (!label.empty()) {
      h.labels[c] = label;
      h.shown[c] = written;
    }
  }
  assign(h);
  if (!is_header(h)) return std::nullopt;
  // A second header row: sub-labels under merged or open cells, and no
  // duty of its own in the duty column.
  Header two = h;
  bool sub = false;
  for (std::uint32_t c = 1; c <= last; ++c) {
    if (merged_with_above(sheet, row + 1, c)) continue;
    const std::string label = util::fold_text(trimmed(sheet.at(row + 1, c)));
    if (label.empty() ||
        (role_of(label) == Role::None && !is_period_word(label) && time_unit_of(label).empty())) {
      if (!label.empty()) return h;  // a data row
      continue;
    }
    two.labels[c] = two.labels[c].empty() ? label : two.labels[c] + " " + label;
    const std::string written = trimmed(sheet.at(row + 1, c));
    two.shown[c] = two.shown[c].empty() ? written : two.shown[c] + " " + written;
    sub = true;
  }
  if (!sub) return h;
  // A parent label spread over its merged columns ("beban kerja" above each period).
  for (const auto& m : sheet.merges) {
    if (m.first_row != row || m.last_row != row || m.last_column == m.first_column) continue;
    const std::string parent = h.labels.count(m.first_column) ? h.labels.at(m.first_column) : "";
    for (std::uint32_t c = m.first_column + 1; c <= m.last_column; ++c) {
      const std::string label = util::fold_text(trimmed(sheet.at(row + 1, c)));
      if (!label.empty()) two.labels[c] = parent + " " + label;
    }
  }
  two.last_row = row + 1;
  assign(two);
  return two;
}

}  // namespace tatakerja::importer
