#include "documents.hpp"

namespace tatakerja::load {

namespace {

using model::Unit;
using yaml::Node;

constexpr Field<Unit> kUnitFields[] = {
    {"kind", [](Reader&, const Node&, const Node&, Unit&) {}},
    {"id", [](Reader& r, const Node&, const Node& v, Unit& u) { read_id(r, v, u.doc); }},
    {"suppress", [](Reader& r, const Node&, const Node& v, Unit& u) { read_suppress(r, v, u.doc); }},
    {"name", [](Reader& r, const Node&, const Node& v, Unit& u) {
       r.required_text("name", v, u.name);
     }},
    {"parent", [](Reader& r, const Node&, const Node& v, Unit& u) { u.parent = r.id("parent", v); }},
    {"head", [](Reader& r, const Node&, const Node& v, Unit& u) { u.head = r.id("head", v); }},
};

}  // namespace

Unit read_unit(Reader& reader, const Node& map, model::DocumentInfo info) {
  Unit unit;
  unit.doc = std::move(info);
  read_fields(reader, map, unit, kUnitFields, "a Unit");
  require(reader, unit.doc, "id", unit.doc.id);
  require(reader, unit.doc, "name", unit.name);
  return unit;
}

}  // namespace tatakerja::load
