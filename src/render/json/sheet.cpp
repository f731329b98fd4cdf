// The Lembar Uraian Tugas in the JSON book: "duty_sheets", one object an
// employee of book.employees, with ids for everything the sheet names.
#include "book.hpp"
#include "tatakerja/render/employee_sheet.hpp"

namespace tatakerja::render::jsonbook {

namespace {

void person(JsonWriter& w, std::string_view key, const model::Repository& repo,
            const SheetPerson& p) {
  w.key(key);
  if (p.position < 0) {
    w.null();
    return;
  }
  w.begin_object().key("position").string(repo.positions[p.position].doc.id.value);
  w.key("employee");
  if (p.employee >= 0) {
    w.string(repo.employees[p.employee].doc.id.value);
  } else {
    w.null();
  }
  w.key("acting");  // "Plt" when the employee fills the position as acting
  if (p.acting && p.employee >= 0) {
    w.string("Plt");
  } else {
    w.null();
  }
  w.end_object();
}

void duties(JsonWriter& w, const model::Repository& repo, const EmployeeSheet& sheet) {
  w.key("duties").begin_array();
  for (const auto& d : sheet.duties) {
    const auto& position = repo.positions[sheet.position];
    w.begin_object().key("id").string(position.duties[d.duty].id.value);
    number_and_parent(w, position, position.duties[d.duty]);
    w.key("heading").boolean(d.heading);
    w.key("holders").number(d.holders);
    w.key("hours").number_text(number(workload::hours(d.load)));
    w.key("required").number_text(number(d.required)).end_object();
  }
  w.end_array();
}

void sops(JsonWriter& w, const model::Repository& repo, const EmployeeSheet& sheet) {
  w.key("sops").begin_array();
  for (const auto& s : sheet.sops) {
    w.begin_object().key("id").string(repo.sops[s.sop].doc.id.value);
    w.key("steps").begin_array();
    for (int step : s.steps) w.number(step);
    w.end_array().end_object();
  }
  w.end_array();
}

void sheet_object(JsonWriter& w, const Book& book, const SheetIndex& index, int employee) {
  const auto& repo = book.r();
  const auto sheet = employee_sheet(index, employee, book.options.include_drafts);
  const auto& e = repo.employees[employee];
  w.begin_object().key("id").string(e.doc.id.value);
  w.key("name").string(e.name.value);
  w.key("nip").string(e.printed_id());
  optional_string(w, "position", position_id(repo, sheet.position));
  w.key("units").begin_array();
  for (int u : sheet.unit_chain) w.string(repo.units[u].doc.id.value);
  w.end_array();
  person(w, "reports_to", repo, sheet.superior);
  person(w, "signed_by", repo, sheet.head);
  duties(w, repo, sheet);
  sops(w, repo, sheet);
  w.key("figures").begin_object();
  figures(w, workload::Figures{sheet.load, sheet.required, 1, 0, 0}, book.analysis->settings,
          false);
  w.end_object().end_object();
}

}  // namespace

void duty_sheets(JsonWriter& w, const Book& book) {
  w.key("duty_sheets").begin_array();
  if (!book.employees.empty()) {
    const SheetIndex index(book.r(), *book.analysis);
    for (int e : book.employees) sheet_object(w, book, index, e);
  }
  w.end_array();
}

}  // namespace tatakerja::render::jsonbook
