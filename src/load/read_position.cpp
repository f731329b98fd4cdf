#include "documents.hpp"

namespace tatakerja::load {

namespace {

using model::Position;
using yaml::Node;

using Q = model::PositionQualifications;
constexpr Field<Q> kQualificationFields[] = {
    {"education", kText, "Education (pendidikan)",
     [](Reader& r, const Node&, const Node& v, Q& q) { q.education = r.text("education", v); }},
    {"training", kTextList, "Training (pelatihan)",
     [](Reader& r, const Node& k, const Node& v, Q& q) {
       q.training = r.text_list("training", k, v);
     }},
    {"experience", kText, "Experience (pengalaman kerja)",
     [](Reader& r, const Node&, const Node& v, Q& q) { q.experience = r.text("experience", v); }},
};

FieldDocs qualification_docs() {
  static const auto docs = field_docs(kQualificationFields);
  return docs;
}

#define TK_LIST_FIELD(name, description)                       \
  {                                                            \
#name, kTextList, description,                             \
        [](Reader & r, const Node& k, const Node& v,           \
           Position& p) { p.name = r.text_list(#name, k, v); } \
  }

constexpr Field<Position> kPositionFields[] = {
    {"kind", kKind, "The kind of document", [](Reader&, const Node&, const Node&, Position&) {}},
    {"id", required(kId), "Unique id of the position",
     [](Reader& r, const Node&, const Node& v, Position& p) { read_id(r, v, p.doc); }},
    {"suppress", nested(Shape::Suppressions, suppression_docs),
     "Rules silenced for this document alone: rule ids, or {rule, reason}",
     [](Reader& r, const Node&, const Node& v, Position& p) { read_suppress(r, v, p.doc); }},
    {"name", required(kText), "Name of the position (nama jabatan)",
     [](Reader& r, const Node&, const Node& v, Position& p) {
       r.required_text("name", v, p.name);
     }},
    {"unit", kId, "The unit it belongs to (Unit id)",
     [](Reader& r, const Node&, const Node& v, Position& p) { p.unit = r.id("unit", v); }},
    {"type", kText, "Type of position: struktural, fungsional, pelaksana ...",
     [](Reader& r, const Node&, const Node& v, Position& p) { p.type = r.text("type", v); }},
    {"grade", kCount, "Grade (kelas jabatan)",
     [](Reader& r, const Node&, const Node& v, Position& p) { p.grade = r.count("grade", v); }},
    {"reports_to", kId, "Direct superior (atasan langsung, Position id)",
     [](Reader& r, const Node&, const Node& v, Position& p) {
       p.reports_to = r.id("reports_to", v);
     }},
    {"summary", kText, "Summary of the position (ikhtisar jabatan)",
     [](Reader& r, const Node&, const Node& v, Position& p) { p.summary = r.text("summary", v); }},
    {"qualifications", nested(Shape::Mapping, qualification_docs), "Requirements (syarat jabatan)",
     [](Reader& r, const Node&, const Node& v, Position& p) {
       if (!v.is_null() && r.expect_mapping("qualifications", v, "a mapping")) {
         read_fields(r, v, p.qualifications, kQualificationFields, "`qualifications`");
       }
     }},
    {"staff", kCount, "People now in the position (bezetting); Employee documents count instead",
     [](Reader& r, const Node&, const Node& v, Position& p) { p.staff = r.count("staff", v); }},
    TK_LIST_FIELD(responsibilities, "Responsibilities (tanggung jawab)"),
    TK_LIST_FIELD(authority, "Authority (wewenang)"),
    TK_LIST_FIELD(materials, "Work materials (bahan kerja)"),
    TK_LIST_FIELD(tools, "Work tools (perangkat kerja)"),
    TK_LIST_FIELD(relations, "Relations with other positions (korelasi jabatan)"),
    TK_LIST_FIELD(working_conditions, "Working conditions (kondisi lingkungan kerja)"),
    TK_LIST_FIELD(hazards, "Hazards (risiko bahaya)"),
    {"duties", nested(Shape::MappingList, duty_docs), "Duties (uraian tugas), at least one",
     read_duties},
};

#undef TK_LIST_FIELD

}  // namespace

FieldDocs position_docs() {
  static const auto docs = field_docs(kPositionFields);
  return docs;
}

Position read_position(Reader& reader, const Node& map, model::DocumentInfo info) {
  Position position;
  position.doc = std::move(info);
  position.duties_loc = position.doc.start;
  read_fields(reader, map, position, kPositionFields, "a Position");
  require(reader, position.doc, "id", position.doc.id);
  require(reader, position.doc, "name", position.name);
  return position;
}

}  // namespace tatakerja::load
