#include "documents.hpp"

namespace tatakerja::load {

namespace {

using model::Unit;
using yaml::Node;

constexpr Field<Unit> kUnitFields[] = {
    {"kind", kKind, "The kind of document", [](Reader&, const Node&, const Node&, Unit&) {}},
    {"id", required(kId), "Unique id of the unit",
     [](Reader& r, const Node&, const Node& v, Unit& u) { read_id(r, v, u.doc); }},
    {"suppress", nested(Shape::Suppressions, suppression_docs),
     "Rules silenced for this document alone: rule ids, or {rule, reason}",
     [](Reader& r, const Node&, const Node& v, Unit& u) { read_suppress(r, v, u.doc); }},
    {"name", required(kText), "Name of the unit (nama unit kerja)",
     [](Reader& r, const Node&, const Node& v, Unit& u) { r.required_text("name", v, u.name); }},
    {"parent", kId, "The unit it is part of (Unit id)",
     [](Reader& r, const Node&, const Node& v, Unit& u) { u.parent = r.id("parent", v); }},
    {"head", kId, "The position that leads it (Position id)",
     [](Reader& r, const Node&, const Node& v, Unit& u) { u.head = r.id("head", v); }},
    {"order", kCount, "Its place among its sibling units in the official structure (SOTK)",
     [](Reader& r, const Node&, const Node& v, Unit& u) { u.order = r.count("order", v); }},
    {"letterhead", kTextList, "Heading lines (kop) of documents of this unit and those below it",
     [](Reader& r, const Node& k, const Node& v, Unit& u) {
       u.letterhead = r.text_list("letterhead", k, v);
     }},
};

}  // namespace

FieldDocs unit_docs() {
  static const auto docs = field_docs(kUnitFields);
  return docs;
}

Unit read_unit(Reader& reader, const Node& map, model::DocumentInfo info) {
  Unit unit;
  unit.doc = std::move(info);
  read_fields(reader, map, unit, kUnitFields, "a Unit");
  require(reader, unit.doc, "id", unit.doc.id);
  require(reader, unit.doc, "name", unit.name);
  return unit;
}

}  // namespace tatakerja::load
