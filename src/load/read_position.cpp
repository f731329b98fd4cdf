#include "documents.hpp"

namespace tatakerja::load {

namespace {

using model::Duty;
using model::Position;
using yaml::Node;

constexpr Field<Duty> kDutyFields[] = {
    {"id", [](Reader& r, const Node&, const Node& v, Duty& d) {
       r.required_id("id", v, d.id);
     }},
    {"text", [](Reader& r, const Node&, const Node& v, Duty& d) {
       r.required_text("text", v, d.text);
     }},
    {"output", [](Reader& r, const Node&, const Node& v, Duty& d) { d.output = r.text("output", v); }},
    {"unit_of_output", [](Reader& r, const Node&, const Node& v, Duty& d) {
       d.unit_of_output = r.text("unit_of_output", v);
     }},
    {"volume", [](Reader& r, const Node&, const Node& v, Duty& d) { d.volume = r.volume("volume", v); }},
    {"standard_time", [](Reader& r, const Node&, const Node& v, Duty& d) {
       d.standard_time = r.duration("standard_time", v);
     }},
};

using Q = model::PositionQualifications;
constexpr Field<Q> kQualificationFields[] = {
    {"education", [](Reader& r, const Node&, const Node& v, Q& q) { q.education = r.text("education", v); }},
    {"training", [](Reader& r, const Node& k, const Node& v, Q& q) { q.training = r.text_list("training", k, v); }},
    {"experience", [](Reader& r, const Node&, const Node& v, Q& q) { q.experience = r.text("experience", v); }},
};

void read_duties(Reader& reader, const Node& key, const Node& value, Position& position) {
  position.has_duties_key = true;
  position.duties_loc = key.loc;
  if (value.is_null() || !reader.expect_list("duties", value, "a list of duties")) return;
  for (const auto& item : value.items) {
    if (!reader.expect_mapping("duties", item, "a list of duties (mappings with `id` and `text`)")) continue;
    Duty duty;
    duty.loc = item.loc;
    read_fields(reader, item, duty, kDutyFields, "a duty");
    if (duty.id.loc.line == 0) reader.error(item.loc, "a duty has no `id`");
    if (duty.text.loc.line == 0) reader.error(item.loc, "a duty has no `text` (uraian tugas)");
    position.duties.push_back(std::move(duty));
  }
}

#define TK_LIST_FIELD(name)                                                   \
  {#name, [](Reader& r, const Node& k, const Node& v, Position& p) {          \
     p.name = r.text_list(#name, k, v);                                       \
   }}

constexpr Field<Position> kPositionFields[] = {
    {"kind", [](Reader&, const Node&, const Node&, Position&) {}},
    {"id", [](Reader& r, const Node&, const Node& v, Position& p) { read_id(r, v, p.doc); }},
    {"suppress", [](Reader& r, const Node&, const Node& v, Position& p) { read_suppress(r, v, p.doc); }},
    {"name", [](Reader& r, const Node&, const Node& v, Position& p) {
       r.required_text("name", v, p.name);
     }},
    {"unit", [](Reader& r, const Node&, const Node& v, Position& p) { p.unit = r.id("unit", v); }},
    {"type", [](Reader& r, const Node&, const Node& v, Position& p) { p.type = r.text("type", v); }},
    {"grade", [](Reader& r, const Node&, const Node& v, Position& p) { p.grade = r.count("grade", v); }},
    {"reports_to", [](Reader& r, const Node&, const Node& v, Position& p) {
       p.reports_to = r.id("reports_to", v);
     }},
    {"summary", [](Reader& r, const Node&, const Node& v, Position& p) { p.summary = r.text("summary", v); }},
    {"qualifications", [](Reader& r, const Node&, const Node& v, Position& p) {
       if (!v.is_null() && r.expect_mapping("qualifications", v, "a mapping")) {
         read_fields(r, v, p.qualifications, kQualificationFields, "`qualifications`");
       }
     }},
    {"staff", [](Reader& r, const Node&, const Node& v, Position& p) { p.staff = r.count("staff", v); }},
    TK_LIST_FIELD(responsibilities),
    TK_LIST_FIELD(authority),
    TK_LIST_FIELD(materials),
    TK_LIST_FIELD(tools),
    TK_LIST_FIELD(relations),
    TK_LIST_FIELD(working_conditions),
    TK_LIST_FIELD(hazards),
    {"duties", read_duties},
};

#undef TK_LIST_FIELD

}  // namespace

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
