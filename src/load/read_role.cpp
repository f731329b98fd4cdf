#include "documents.hpp"

namespace tatakerja::load {

namespace {

using model::Role;
using yaml::Node;

constexpr Field<Role> kRoleFields[] = {
    {"kind", kKind, "The kind of document", [](Reader&, const Node&, const Node&, Role&) {}},
    {"id", required(kId), "Unique id of the role",
     [](Reader& r, const Node&, const Node& v, Role& role) { read_id(r, v, role.doc); }},
    {"suppress", nested(Shape::Suppressions, suppression_docs),
     "Rules silenced for this document alone: rule ids, or {rule, reason}",
     [](Reader& r, const Node&, const Node& v, Role& role) { read_suppress(r, v, role.doc); }},
    {"name", required(kText), "Name of the lane as printed (\"Tim Perencanaan\", \"Front Office\")",
     [](Reader& r, const Node&, const Node& v, Role& role) {
       r.required_text("name", v, role.name);
     }},
    {"members", kIdList, "The positions that fill it (Position ids)",
     [](Reader& r, const Node& k, const Node& v, Role& role) {
       role.members = r.id_list("members", k, v);
     }},
    {"unit", kId, "The unit it belongs to (Unit id)",
     [](Reader& r, const Node&, const Node& v, Role& role) { role.unit = r.id("unit", v); }},
};

}  // namespace

FieldDocs role_docs() {
  static const auto docs = field_docs(kRoleFields);
  return docs;
}

Role read_role(Reader& reader, const Node& map, model::DocumentInfo info) {
  Role role;
  role.doc = std::move(info);
  read_fields(reader, map, role, kRoleFields, "a Role");
  require(reader, role.doc, "id", role.doc.id);
  require(reader, role.doc, "name", role.name);
  return role;
}

}  // namespace tatakerja::load
