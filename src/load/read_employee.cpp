#include "documents.hpp"

namespace tatakerja::load {

namespace {

using model::Employee;
using yaml::Node;

constexpr Field<Employee> kEmployeeFields[] = {
    {"kind", kKind, "The kind of document", [](Reader&, const Node&, const Node&, Employee&) {}},
    {"id", required(kId), "NIP or any unique id",
     [](Reader& r, const Node&, const Node& v, Employee& e) { read_id(r, v, e.doc); }},
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
