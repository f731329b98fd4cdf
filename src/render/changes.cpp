#include "changes.hpp"

#include <fmt/format.h>

#include "html/html.hpp"
#include "tatakerja/util/markdown.hpp"

namespace tatakerja::render {

namespace {

struct Words {
  const char *title, *note, *kind, *id, *name, *change, *details, *none;
  const char *sop, *position, *unit, *employee, *workload, *office;
  const char *added, *removed, *changed;
};

constexpr Words kId{"Riwayat Perubahan",
                    "Perubahan sejak revisi {}.",
                    "Jenis",
                    "Kode",
                    "Nama",
                    "Perubahan",
                    "Rincian",
                    "Tidak ada perubahan makna sejak revisi {}.",
                    "SOP",
                    "Jabatan",
                    "Unit",
                    "Pegawai",
                    "ABK",
                    "kantor",
                    "ditambah",
                    "dihapus",
                    "diubah"};
constexpr Words kEn{"Change History",
                    "What changed since revision {}.",
                    "Kind",
                    "Id",
                    "Name",
                    "Change",
                    "Details",
                    "No change in meaning since revision {}.",
                    "SOP",
                    "Position",
                    "Unit",
                    "Employee",
                    "Workload",
                    "office",
                    "added",
                    "removed",
                    "changed"};

const Words& words(const Book& book) {
  return book.options.language == model::Language::En ? kEn : kId;
}

const char* change_word(const Words& w, diff::Kind kind) {
  return kind == diff::Kind::Added ? w.added : kind == diff::Kind::Removed ? w.removed : w.changed;
}

std::string field_line(const diff::Field& f) {
  return fmt::format("{}: {} → {}", f.name, f.before.value_or("—"), f.after.value_or("—"));
}

void add_fields(std::vector<std::string>& out, const std::vector<diff::Field>& fields) {
  for (const auto& f : fields) out.push_back(field_line(f));
}

ChangeRow sop_row(const Words& w, const diff::SopChange& c) {
  ChangeRow row{w.sop,
                c.kind == diff::Kind::Removed ? c.id_before : c.id_after,
                c.title,
                change_word(w, c.kind),
                {}};
  if (c.kind != diff::Kind::Changed) return row;
  add_fields(row.details, c.identity);
  add_fields(row.details, c.fields);
  if (c.time_before || c.time_after) {
    row.details.push_back(field_line({"main path time", c.time_before, c.time_after}));
  }
  for (const auto& s : c.steps) {
    std::string line = fmt::format("step {}: {} ({})",
                                   s.kind == diff::Kind::Removed ? s.number_before : s.number_after,
                                   s.text, s.moved ? "moved" : diff::kind_name(s.kind));
    for (const auto& f : s.fields) line += "; " + field_line(f);
    row.details.push_back(std::move(line));
  }
  return row;
}

ChangeRow position_row(const Words& w, const diff::PositionChange& c) {
  ChangeRow row{w.position, c.id, c.name, change_word(w, c.kind), {}};
  add_fields(row.details, c.fields);
  for (const auto& d : c.duties) {
    std::string line =
        fmt::format("duty {}: {} ({})", d.kind == diff::Kind::Removed ? d.id_before : d.id_after,
                    d.text, d.moved ? "moved" : diff::kind_name(d.kind));
    for (const auto& f : d.fields) line += "; " + field_line(f);
    row.details.push_back(std::move(line));
  }
  return row;
}

ChangeRow employee_row(const Words& w, const diff::EmployeeChange& c) {
  ChangeRow row{w.employee, c.id, c.name, change_word(w, c.kind), {}};
  if (c.position) row.details.push_back(field_line(*c.position));
  if (c.unit) row.details.push_back(field_line(*c.unit));
  for (const auto& d : c.gained) row.details.push_back("+ " + d);
  for (const auto& d : c.lost) row.details.push_back("− " + d);
  return row;
}

// "ABK Jabatan", "ABK Unit", "ABK kantor" (the office: its name).
ChangeRow workload_row(const Book& book, const Words& w, const diff::WorkloadChange& c) {
  using Level = diff::WorkloadChange::Level;
  const char* level = c.level == Level::Position ? w.position
                      : c.level == Level::Unit   ? w.unit
                                                 : w.office;
  const bool office = c.level == Level::Office;
  ChangeRow row{fmt::format("{} {}", w.workload, level),
                c.id,
                office ? book.r().config.organization : c.name,
                w.changed,
                {}};
  for (const auto& f : c.figures) {
    row.details.push_back(fmt::format("{}: {} → {}{}", f.name, f.before.value_or("—"),
                                      f.after.value_or("—"),
                                      f.delta.empty() ? "" : " (" + f.delta + ")"));
  }
  return row;
}

}  // namespace

std::vector<ChangeRow> change_rows(const Book& book) {
  std::vector<ChangeRow> rows;
  const auto* changes = book.options.changes;
  if (!changes) return rows;
  const auto& w = words(book);
  for (const auto& c : changes->sops) rows.push_back(sop_row(w, c));
  for (const auto& c : changes->units) {
    ChangeRow row{w.unit, c.id, c.name, change_word(w, c.kind), {}};
    add_fields(row.details, c.fields);
    rows.push_back(std::move(row));
  }
  for (const auto& c : changes->positions) rows.push_back(position_row(w, c));
  for (const auto& c : changes->employees) rows.push_back(employee_row(w, c));
  for (const auto& c : changes->workload) rows.push_back(workload_row(book, w, c));
  return rows;
}

std::string changes_title(const Book& book) {
  return words(book).title;
}

std::string changes_note(const Book& book) {
  const auto& w = words(book);
  const auto* changes = book.options.changes;
  const bool none =
      !changes || (changes->sops.empty() && changes->units.empty() && changes->positions.empty() &&
                   changes->employees.empty() && changes->workload.empty());
  return fmt::format(fmt::runtime(none ? w.none : w.note), book.options.changes_since);
}

void html_changes(const Book& book, std::string& out) {
  if (!book.options.changes) return;
  const auto& w = words(book);
  out += "<section class=\"chapter changes\" id=\"changes\">\n<h2>";
  html::esc(out, changes_title(book));
  out += "</h2>\n<p>";
  html::esc(out, changes_note(book));
  out += "</p>\n";
  const auto rows = change_rows(book);
  if (!rows.empty()) {
    out += fmt::format(
        "<table>\n<thead><tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr></"
        "thead>\n<tbody>\n",
        w.kind, w.id, w.name, w.change, w.details);
  }
  for (const auto& row : rows) {
    out += "<tr><td>";
    html::esc(out, row.kind);
    out += "</td><td>";
    if (!row.id.empty()) {
      out += "<code>";
      html::esc(out, row.id);
      out += "</code>";
    }
    out += "</td><td>";
    html::esc(out, row.name);
    out += "</td><td>";
    html::esc(out, row.change);
    out += "</td><td>";
    for (std::size_t i = 0; i < row.details.size(); ++i) {
      if (i) out += "<br>";
      html::esc(out, row.details[i]);
    }
    out += "</td></tr>\n";
  }
  if (!rows.empty()) out += "</tbody>\n</table>\n";
  out += "</section>\n";
}

void markdown_changes(const Book& book, std::ostream& out) {
  if (!book.options.changes) return;
  namespace md = util::markdown;
  const auto& w = words(book);
  out << "<a id=\"changes\"></a>\n\n## " << md::inline_text(changes_title(book)) << "\n\n"
      << md::inline_text(changes_note(book)) << "\n\n";
  const auto rows = change_rows(book);
  if (rows.empty()) return;
  out << fmt::format("| {} | {} | {} | {} | {} |\n|---|---|---|---|---|\n", w.kind, w.id, w.name,
                     w.change, w.details);
  for (const auto& row : rows) {
    std::string details;
    for (const auto& d : row.details) details += (details.empty() ? "" : "<br>") + md::cell(d);
    const std::string id = row.id.empty() ? "" : "<code>" + md::cell(row.id) + "</code>";
    out << fmt::format("| {} | {} | {} | {} | {} |\n", row.kind, id, md::cell(row.name), row.change,
                       details);
  }
  out << '\n';
}

void json_changes(const Book& book, util::JsonWriter& w) {
  if (!book.options.changes) return;
  w.key("changes").begin_object();
  w.key("since").string(book.options.changes_since);
  w.key("title").string(changes_title(book));
  w.key("rows").begin_array();
  for (const auto& row : change_rows(book)) {
    w.begin_object().key("kind").string(row.kind).key("id").string(row.id);
    w.key("name").string(row.name).key("change").string(row.change);
    w.key("details").begin_array();
    for (const auto& d : row.details) w.string(d);
    w.end_array().end_object();
  }
  w.end_array().end_object();
}

}  // namespace tatakerja::render
