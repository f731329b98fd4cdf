// The Anjab/ABK forms: on each sheet, the header found by its labels
// (columns.hpp), then one row a duty: numbered rows ("1", "2.") are duties,
// lettered rows ("a", "b.", "1.a") beneath one are its rincian (subtasks);
// the table ends at a "Jumlah"/"Total" row. The title block around it
// names the position, its unit and its staff. A sheet whose table has a
// position column holds several positions (one row each names its own);
// a table of positions with their staff (no duty column) gives their staff.
#include <fmt/format.h>

#include <map>

#include "columns.hpp"
#include "tatakerja/importer/forms.hpp"
#include "tatakerja/load/values.hpp"
#include "tatakerja/util/text.hpp"
#include "title_block.hpp"

namespace tatakerja::importer {

namespace {

constexpr std::uint32_t kHeaderSearchRows = 60;

std::string leading_number(const std::string& text) {
  std::string out;
  for (char c : text) {
    if ((c >= '0' && c <= '9') || ((c == ',' || c == '.') && !out.empty())) {
      out += c == ',' ? '.' : c;
    } else if (!out.empty() || (c != ' ' && c != ':')) {
      break;
    }
  }
  while (!out.empty() && out.back() == '.') out.pop_back();
  return out.size() > 12 ? "" : out;  // no figure of a form is that long
}

struct Row {
  std::string number;  // folded: "1", "a", "1 a"
  std::string text;
};

bool is_digits(std::string_view s) {
  return !s.empty() && s.find_first_not_of("0123456789") == std::string_view::npos;
}

// "a", "b", "1 a" (1.a folded): a subtask's number; "i".."x" roman too.
bool is_letter(std::string_view s) {
  if (s.size() == 1 && s[0] >= 'a' && s[0] <= 'z') return true;
  const auto space = s.find(' ');
  return space != std::string_view::npos && is_digits(s.substr(0, space)) &&
         s.size() == space + 2 && s.back() >= 'a' && s.back() <= 'z';
}

bool is_total(std::string_view folded) {
  return folded.starts_with("jumlah") || folded.starts_with("total") ||
         folded.starts_with("organisation total");
}

class SheetReader {
 public:
  SheetReader(const Sheet& sheet, const Header& header, Imported& out)
      : sheet_(sheet), h_(header), out_(out) {}

  // Reads the table's rows; returns the last row of the table.
  std::uint32_t read(std::vector<ImportedPosition>& positions) {
    std::uint32_t row = h_.last_row + 1;
    const std::uint32_t last = sheet_.last_row();
    for (; row <= last; ++row) {
      if (!read_row(row, positions)) break;
    }
    return row;
  }

  std::vector<std::string> effective_minutes;  // the WKE of each yearly row, in minutes

 private:
  std::string text(std::uint32_t row, Role role) const {
    const auto c = h_.column(role);
    return c ? trimmed(sheet_.at(row, *c)) : "";
  }
  std::uint32_t column(Role role) const { return h_.column(role).value_or(0); }

  void unplaced(std::uint32_t row, std::uint32_t col, std::string message) {
    out_.findings.push_back(
        {findings::kUnplaced, false, {sheet_.name, row, col}, std::move(message)});
  }

  // Indices, not pointers: `positions` grows.
  ImportedPosition& position_for(std::uint32_t row, std::vector<ImportedPosition>& positions) {
    std::string name = text(row, Role::Position);
    if (name.empty() && h_.column(Role::Position) && current_ != kNone) return positions[current_];
    if (const auto it = by_name_.find(name); it != by_name_.end()) {
      return positions[current_ = it->second];
    }
    ImportedPosition p;
    p.place = {sheet_.name, row, 0};
    p.name = name;
    p.unit = text(row, Role::Unit);
    p.id = text(row, Role::PositionId);
    p.unit_id = text(row, Role::UnitId);
    positions.push_back(std::move(p));
    current_ = by_name_[name] = positions.size() - 1;
    return positions.back();
  }

  bool read_row(std::uint32_t row, std::vector<ImportedPosition>& positions) {
    const std::string number = util::fold_text(text(row, Role::Number));
    const std::string duty = text(row, Role::Duty);
    if (is_total(util::fold_text(duty)) || is_total(number)) return false;
    if (duty.empty() && number.empty()) {
      report_stray(row, positions.empty() ? nullptr : &positions.back());
      return true;
    }
    if (is_digits(util::fold_text(duty))) return true;  // the column numbers under a header
    if (util::fold_text(duty).empty()) {
      unplaced(row, column(Role::Number),
               fmt::format("row `{}` has no duty text", util::escape_control(number)));
      return true;
    }
    if (h_.column(Role::Position) && text(row, Role::Position).empty() && current_ == kNone) {
      unplaced(row, column(Role::Duty), fmt::format("a duty with no position: `{}`", duty));
      return true;
    }
    auto& position = position_for(row, positions);
    ImportedDuty d = duty_at(row, number, duty);
    if (is_letter(number)) {
      if (position.duties.empty()) {
        unplaced(row, column(Role::Number),
                 fmt::format("a rincian tugas `{}` before any duty", duty));
        return true;
      }
      position.duties.back().subtasks.push_back(std::move(d));
    } else {
      position.duties.push_back(std::move(d));
    }
    report_stray(row, nullptr);
    return true;
  }

  // Cells in columns that no role reads.
  void report_stray(std::uint32_t row, const ImportedPosition*) {
    for (const auto& [col, role] : h_.roles) {
      if (role != Role::None) continue;
      const Cell* cell = sheet_.at(row, col);
      if (!cell || cell->row != row || trimmed(cell).empty()) continue;
      unplaced(
          row, col,
          fmt::format("column `{}`: `{}` was not imported", util::escape_control(h_.shown.at(col)),
                      util::escape_control(trimmed(cell))));
    }
  }

  ImportedDuty duty_at(std::uint32_t row, const std::string& number, const std::string& text_) {
    ImportedDuty d;
    d.place = {sheet_.name, row, column(Role::Duty)};
    d.number = number;
    d.id = text(row, Role::DutyId);
    d.text = text_;
    d.output = text(row, Role::Output);
    d.unit_of_output = text(row, Role::UnitOfOutput);
    d.volume = volume_at(row);
    d.standard_time = time_at(row);
    const std::string wke = text(row, Role::Effective);
    if (!wke.empty() && !d.volume.empty() && d.volume.find('/') == std::string::npos) {
      const std::string unit = time_unit_of(h_.labels.at(column(Role::Effective)));
      const std::string n = leading_number(wke);
      if (!n.empty()) effective_minutes.push_back(unit == "jam" ? n + "h" : n);
    }
    return d;
  }

  std::string volume_at(std::uint32_t row) {
    static constexpr std::pair<Role, const char*> kPeriods[] = {{Role::Volume, ""},
                                                                {Role::VolumeYear, ""},
                                                                {Role::VolumeMonth, "/bulan"},
                                                                {Role::VolumeWeek, "/minggu"},
                                                                {Role::VolumeDay, "/hari"}};
    for (const auto& [role, period] : kPeriods) {
      std::string v = text(row, role);
      if (v.empty()) continue;
      if (*period && v.find('/') == std::string::npos) v += period;
      if (load::parse_volume(v).ok()) return v;
      unplaced(row, column(role), fmt::format("`{}` is not a volume", util::escape_control(v)));
    }
    return "";
  }

  std::string time_at(std::uint32_t row) {
    std::string t = text(row, Role::Time);
    if (t.empty()) return "";
    const std::string unit = time_unit_of(h_.labels.at(column(Role::Time)));
    const auto day = model::Duration{5 * 3600};
    if (load::parse_duration(t, day).ok()) return t;
    if (!unit.empty() && load::parse_duration(t + " " + unit, day).ok()) return t + " " + unit;
    unplaced(row, column(Role::Time),
             unit.empty() ? fmt::format("`{}` has no unit of time, and the header names none "
                                        "(jam, menit)",
                                        util::escape_control(t))
                          : fmt::format("`{}` is not a time", util::escape_control(t)));
    return "";
  }

  const Sheet& sheet_;
  const Header& h_;
  Imported& out_;
  static constexpr std::size_t kNone = static_cast<std::size_t>(-1);
  std::size_t current_ = kNone;
  std::map<std::string, std::size_t> by_name_;
};

// A table of positions and their staff: sets the staff of positions found
// elsewhere in the same file.
void read_staff_table(const Sheet& sheet, const Header& h,
                      std::map<std::string, std::string>& staff) {
  for (std::uint32_t row = h.last_row + 1; row <= sheet.last_row(); ++row) {
    const std::string name = trimmed(sheet.at(row, *h.column(Role::Position)));
    const std::string n = leading_number(trimmed(sheet.at(row, *h.column(Role::Staff))));
    if (name.empty() || is_total(util::fold_text(name)) || !load::parse_count(n).ok()) continue;
    staff.emplace(name, n);
  }
}

// Fills what the position lacks from the title block of its table.
void apply_title(const TitleBlock& title, const Sheet& sheet, ImportedPosition& p, Imported& out) {
  if (p.name.empty() && title.position) p.name = *title.position;
  if (p.unit.empty() && title.unit) p.unit = *title.unit;
  // counts as validate reads them (no leading zero, a whole number)
  const auto count = [](const std::optional<std::string>& v) -> std::optional<std::string> {
    if (!v || !load::parse_count(leading_number(*v)).ok()) return std::nullopt;
    return leading_number(*v);
  };
  if (const auto n = count(title.staff)) p.staff = n;
  if (title.summary) p.summary = *title.summary;
  if (title.type) p.type = *title.type;
  if (const auto n = count(title.grade)) p.grade = *n;
  if (!p.name.empty()) return;
  p.name = sheet.name;
  out.findings.push_back({findings::kUnplaced,
                          false,
                          {sheet.name, 0, 0},
                          fmt::format("no \"Nama Jabatan\" found: the position is named after the "
                                      "sheet, `{}`",
                                      util::escape_control(sheet.name))});
}

// The form's Jam Kerja Efektif: a title line, else a WKE column equal on
// every yearly row (in jam, or in menit that make whole hours).
void effective_hours(const TitleBlock& title, const std::vector<std::string>& wke, Imported& out) {
  if (out.effective_hours) return;
  if (title.effective_hours) {
    const std::string n = leading_number(*title.effective_hours);
    if (is_digits(n)) out.effective_hours = n;  // whole hours, as tatakerja.yaml takes them
    return;
  }
  if (wke.empty()) return;
  for (const auto& m : wke) {
    if (m != wke[0]) return;
  }
  const auto& m = wke[0];
  const std::string hours = m.ends_with("h") ? m.substr(0, m.size() - 1) : "";
  if (is_digits(hours)) out.effective_hours = hours;
  if (is_digits(m) && std::stoll(m) % 60 == 0) {  // at most 12 digits
    out.effective_hours = std::to_string(std::stoll(m) / 60);
  }
}

// The tables of one sheet, one after another; each one's title block is
// in the rows above it (after the table before it), its staff line may
// also stand just below it.
void read_sheet(const Sheet& sheet, std::vector<ImportedPosition>& positions,
                std::map<std::string, std::string>& staff, Imported& out, bool& found) {
  std::uint32_t from = 1;
  while (from <= sheet.last_row()) {
    std::optional<Header> header;
    const std::uint32_t search = std::min(sheet.last_row(), from + kHeaderSearchRows - 1);
    for (std::uint32_t row = from; row <= search && !header; ++row) header = header_at(sheet, row);
    if (!header) return;
    found = true;
    if (!header->column(Role::Duty)) {
      read_staff_table(sheet, *header, staff);
      return;
    }
    const std::size_t before = positions.size();
    SheetReader reader(sheet, *header, out);
    const std::uint32_t end = reader.read(positions);  // the Jumlah row, or past the last
    TitleBlock title;
    read_title_block(sheet, from, header->first_row - 1, title);
    TitleBlock below;  // a staff line under the table ("Jumlah pegawai yang ada: 3")
    read_title_block(sheet, end, end + 5, below);
    std::uint32_t next = end + 1;
    if (!title.staff && below.staff) {  // then the line is this table's, not the next one's
      title.staff = below.staff;
      next = std::max(next, below.staff_row + 1);
    }
    for (std::size_t i = before; i < positions.size(); ++i)
      apply_title(title, sheet, positions[i], out);
    if (title.organization && !out.organization) out.organization = title.organization;
    effective_hours(title, reader.effective_minutes, out);
    from = next;
  }
}

}  // namespace

bool read_abk(const Book& book, Imported& out) {
  std::vector<ImportedPosition> positions;
  std::map<std::string, std::string> staff;  // position name -> staff, from a table of positions
  bool found = false;
  for (const auto& sheet : book.sheets) read_sheet(sheet, positions, staff, out, found);
  for (auto& p : positions) {
    if (const auto it = staff.find(p.name); it != staff.end() && !p.staff) p.staff = it->second;
    out.positions.push_back(std::move(p));
  }
  return found;
}

}  // namespace tatakerja::importer
