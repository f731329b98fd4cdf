#include "sop_identity.hpp"

#include <fmt/format.h>

#include <array>
#include <charconv>

#include "columns.hpp"
#include "tatakerja/load/values.hpp"
#include "tatakerja/util/text.hpp"

namespace tatakerja::importer {

namespace {

enum class Key {
  None,
  Number,
  Created,
  Revised,
  Effective,
  ApprovedOn,
  ApprovedBy,
  Title,
  Unit,
  Legal,
  Qualifications,
  Related,
  Equipment,
  Warnings,
  Records,
};

Key key_of(const std::string& text) {
  const std::string k = util::fold_text(text.substr(0, std::min(text.find(':'), text.size())));
  if (k == "nomor sop" || k == "no sop" || k == "nomor") return Key::Number;
  if (k == "tanggal pembuatan" || k == "tgl pembuatan") return Key::Created;
  if (k == "tanggal revisi" || k == "tgl revisi") return Key::Revised;
  if (k == "tanggal efektif" || k == "tgl efektif") return Key::Effective;
  if (k == "tanggal pengesahan" || k == "tgl pengesahan") return Key::ApprovedOn;
  if (k == "disahkan oleh") return Key::ApprovedBy;
  if (k == "nama sop" || k == "judul sop") return Key::Title;
  if (k == "unit kerja") return Key::Unit;
  if (k == "dasar hukum") return Key::Legal;
  if (k == "kualifikasi pelaksana") return Key::Qualifications;
  if (k == "keterkaitan") return Key::Related;
  if (k == "peralatan perlengkapan" || k == "peralatan" || k == "perlengkapan")
    return Key::Equipment;
  if (k == "peringatan") return Key::Warnings;
  if (k == "pencatatan dan pendataan" || k == "pencatatan pendataan" || k == "pencatatan") {
    return Key::Records;
  }
  return Key::None;
}

constexpr std::array<std::string_view, 12> kMonths{"januari",   "februari", "maret",    "april",
                                                   "mei",       "juni",     "juli",     "agustus",
                                                   "september", "oktober",  "november", "desember"};

int number_of(std::string_view s) {
  int n = 0;
  const auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), n);
  return ec == std::errc{} && p == s.data() + s.size() ? n : -1;
}

std::optional<std::string> ymd(int y, int m, int d) {
  if (y < 1900 || y > 2200 || m < 1 || m > 12 || d < 1 || d > 31) return std::nullopt;
  return fmt::format("{:04}-{:02}-{:02}", y, m, d);
}

// Days since 1899-12-30 (Excel's serial) to a civil date.
std::string civil(long days) {
  long z = days - 25569 + 719468;  // 25569: 1970-01-01
  const long era = (z >= 0 ? z : z - 146096) / 146097;
  const long doe = z - era * 146097;
  const long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const long mp = (5 * doy + 2) / 153;
  const long d = doy - (153 * mp + 2) / 5 + 1;
  const long m = mp < 10 ? mp + 3 : mp - 9;
  const long y = yoe + era * 400 + (m <= 2);
  return fmt::format("{:04}-{:02}-{:02}", y, m, d);
}

}  // namespace

std::optional<std::string> read_date(const Cell& cell, const std::string& text) {
  if (cell.number) {
    const int serial = number_of(text);
    if (serial > 1 && serial < 120000) return civil(serial);
  }
  std::vector<std::string> parts;
  std::string part;
  for (char c : text + " ") {
    if (c == ' ' || c == '-' || c == '/' || c == '.' || c == ',') {
      if (!part.empty()) parts.push_back(util::to_lower_ascii(part));
      part.clear();
    } else {
      part += c;
    }
  }
  if (parts.size() != 3) return std::nullopt;
  if (parts[0].size() == 4)
    return ymd(number_of(parts[0]), number_of(parts[1]), number_of(parts[2]));
  int month = number_of(parts[1]);
  for (std::size_t i = 0; i < kMonths.size(); ++i) {
    if (kMonths[i] == parts[1] || (parts[1].size() >= 3 && kMonths[i].starts_with(parts[1]))) {
      month = static_cast<int>(i) + 1;
    }
  }
  return ymd(number_of(parts[2]), month, number_of(parts[0]));
}

std::vector<std::string> list_items(const std::string& text) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start <= text.size()) {
    const auto end = std::min(text.find('\n', start), text.size());
    std::string_view line = std::string_view(text).substr(start, end - start);
    start = end + 1;
    while (!line.empty() && (line.front() == ' ' || line.front() == '\t' || line.front() == '\r'))
      line.remove_prefix(1);
    // numbering: "1.", "12)", "a.", "-", "•"
    std::size_t i = 0;
    while (i < line.size() && i < 3 && line[i] >= '0' && line[i] <= '9') ++i;
    if (i == 0 && line.size() > 1 && line[0] >= 'a' && line[0] <= 'z' &&
        (line[1] == '.' || line[1] == ')'))
      i = 1;
    if (i > 0 && i < line.size() && (line[i] == '.' || line[i] == ')')) line.remove_prefix(i + 1);
    if (line.starts_with("-") || line.starts_with("*")) line.remove_prefix(1);
    if (line.starts_with("\u2022")) line.remove_prefix(3);
    while (!line.empty() && (line.front() == ' ' || line.front() == '\t')) line.remove_prefix(1);
    while (!line.empty() && (line.back() == ' ' || line.back() == '\r' || line.back() == '\t'))
      line.remove_suffix(1);
    if (!line.empty()) out.emplace_back(line);
  }
  return out;
}

namespace {

std::string strip_value(std::string_view v) {
  while (!v.empty() && (v.front() == ' ' || v.front() == ':' || v.front() == '\t' ||
                        v.front() == '\n' || v.front() == '\r')) {
    v.remove_prefix(1);
  }
  while (!v.empty() &&
         (v.back() == ' ' || v.back() == '\t' || v.back() == '\n' || v.back() == '\r')) {
    v.remove_suffix(1);
  }
  return std::string(v);
}

// The value of the label `key`: the next cell to its right unless that is a
// label too (the two-column lower half), else the cell below it.
const Cell* value_cell(const Sheet& sheet, const Cell& key) {
  const std::uint32_t last = std::min(sheet.last_column(), key.column + 16);
  for (std::uint32_t c = key.column + 1; c <= last; ++c) {
    const Cell* cell = sheet.at(key.row, c);
    if (!cell || cell == &key || trimmed(cell).empty() || trimmed(cell) == ":") continue;
    if (key_of(cell->text) != Key::None) break;
    return cell;
  }
  const Cell* below = sheet.at(key.row + 1, key.column);
  return below && below != &key && key_of(below->text) == Key::None ? below : nullptr;
}

}  // namespace

void read_identity(const Sheet& sheet, std::uint32_t first, std::uint32_t last, ImportedSop& sop,
                   Imported& out) {
  for (const auto& cell : sheet.cells) {
    if (cell.row < first || cell.row > last) continue;
    const Key key = key_of(cell.text);
    if (key == Key::None) continue;
    std::string value;
    const Cell* at = &cell;
    const auto colon = cell.text.find(':');
    if (colon != std::string::npos && !util::fold_text(cell.text.substr(colon + 1)).empty()) {
      value = cell.text.substr(colon + 1);
    } else if (const Cell* v = value_cell(sheet, cell)) {
      value = v->text;
      at = v;
    }
    value = strip_value(value);
    if (util::fold_text(value).empty()) continue;  // "-": not given
    const auto date = [&](std::string& slot) {
      if (!slot.empty()) return;
      const auto d = read_date(*at, value);
      if (d && load::parse_date(*d).ok()) {  // a real calendar date, as validate reads it
        slot = *d;
      } else {
        out.findings.push_back({findings::kUnplaced,
                                false,
                                {sheet.name, at->row, at->column},
                                fmt::format("`{}` is not a date", util::escape_control(value))});
      }
    };
    const auto first_line = [&](std::string& slot) {
      if (slot.empty()) slot = value.substr(0, std::min(value.find('\n'), value.size()));
    };
    const auto list = [&](std::vector<std::string>& slot) {
      if (slot.empty()) slot = list_items(value);
    };
    switch (key) {
      case Key::Number:
        first_line(sop.number);
        break;
      case Key::Created:
        date(sop.created);
        break;
      case Key::Revised:
        date(sop.revised);
        break;
      case Key::Effective:
        date(sop.effective);
        break;
      case Key::ApprovedOn:
        date(sop.approved_on);
        break;
      case Key::ApprovedBy:
        first_line(sop.approved_by);
        break;
      case Key::Title:
        first_line(sop.title);
        break;
      case Key::Unit:
        first_line(sop.unit);
        break;
      case Key::Legal:
        list(sop.legal_basis);
        break;
      case Key::Qualifications:
        list(sop.qualifications);
        break;
      case Key::Related:
        list(sop.related);
        break;
      case Key::Equipment:
        list(sop.equipment);
        break;
      case Key::Warnings:
        list(sop.warnings);
        break;
      case Key::Records:
        list(sop.records);
        break;
      case Key::None:
        break;
    }
  }
}

}  // namespace tatakerja::importer
