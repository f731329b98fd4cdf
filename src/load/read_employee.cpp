#include <fmt/format.h>

#include "documents.hpp"
#include "tatakerja/util/text.hpp"

namespace tatakerja::load {

namespace {

using model::Employee;
using yaml::Node;

constexpr std::size_t kNipDigits = 18;

// Digits in groups separated by single spaces, as NIPs are printed.
bool is_spaced_number(std::string_view text) {
  if (text.find(' ') == std::string_view::npos || text.find("  ") != std::string_view::npos)
    return false;
  if (text.front() == ' ' || text.back() == ' ') return false;
  for (char c : text) {
    if (c != ' ' && (c < '0' || c > '9')) return false;
  }
  return true;
}

// An id written as a NIP with spaces ("19800515 201001 2 022") is the NIP
// without them (format.md, "Values"): that is the id that must be unique
// and that references name; the written form is kept for printing.
void read_employee_id(Reader& r, const Node& v, Employee& e) {
  if (!v.is_scalar() || !is_spaced_number(v.scalar)) return read_id(r, v, e.doc);
  const std::string nip = model::compact_nip(v.scalar);
  e.doc.id.loc = v.loc;
  if (nip.size() != kNipDigits) {
    r.error(v.loc, fmt::format("`{}` is not a NIP: a NIP has {} digits, here {}",
                               util::escape_control(v.scalar), kNipDigits, nip.size()));
    return;
  }
  e.doc.id.value = nip;
  e.written_id = v.scalar;
}

constexpr Field<Employee> kEmployeeFields[] = {
    {"kind", kKind, "The kind of document", [](Reader&, const Node&, const Node&, Employee&) {}},
    {"id", required(kEmployeeId), "NIP (spaces between its parts allowed) or any unique id",
     [](Reader& r, const Node&, const Node& v, Employee& e) { read_employee_id(r, v, e); }},
    {"suppress", nested(Shape::Suppressions, suppression_docs),
     "Rules silenced for this document alone: rule ids, or {rule, reason}",
     [](Reader& r, const Node&, const Node& v, Employee& e) { read_suppress(r, v, e.doc); }},
    {"name", required(kText), "Full name",
     [](Reader& r, const Node&, const Node& v, Employee& e) {
       r.required_text("name", v, e.name);
     }},
    {"position", required(kId), "The position held (Position id)",
     [](Reader& r, const Node&, const Node& v, Employee& e) { e.position = r.id("position", v); }},
    {"duties", kIdList, "Duties of the position that this person carries; omitted: all of them",
     [](Reader& r, const Node& k, const Node& v, Employee& e) {
       e.duties = r.id_list("duties", k, v);
     }},
    {"acting", kIdList, "Positions this person fills as Plt/Plh (Position ids)",
     [](Reader& r, const Node& k, const Node& v, Employee& e) {
       e.acting = r.id_list("acting", k, v);
     }},
};

}  // namespace

FieldDocs employee_docs() {
  static const auto docs = field_docs(kEmployeeFields);
  return docs;
}

Employee read_employee(Reader& reader, const Node& map, model::DocumentInfo info) {
  Employee employee;
  employee.doc = std::move(info);
  read_fields(reader, map, employee, kEmployeeFields, "an Employee");
  require(reader, employee.doc, "id", employee.doc.id);
  require(reader, employee.doc, "name", employee.name);
  if (!employee.position) require(reader, employee.doc, "position", model::Text{});
  return employee;
}

}  // namespace tatakerja::load
