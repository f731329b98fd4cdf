#include <fmt/format.h>

#include "documents.hpp"
#include "tatakerja/util/text.hpp"

namespace tatakerja::load {

namespace {

using model::Duty;
using model::Position;
using yaml::Node;

constexpr std::string_view kSopChoices[] = {"none"};

// `sop:` takes one word, `none`; anything else is a schema error (an SOP
// carries out a duty by naming it in its own `duties`, not the other way).
void read_sop_choice(Reader& r, const Node& v, Duty& d) {
  d.sop = r.text("sop", v);
  if (!d.sop || d.sop->value == "none") return;
  d.sop->valid = false;
  r.unknown_choice(d.sop->loc, d.sop->value,
                   fmt::format("`sop` must be `none` (the duty needs no SOP of its own), not `{}`: "
                               "an SOP names the duties it carries out in its own `duties`",
                               util::escape_control(d.sop->value)),
                   kSopChoices);
}

// `sop: none` says why; a reason without `sop: none` is a forgotten one.
void check_sop_reason(Reader& r, const Duty& d) {
  const bool reason =
      d.sop_reason && d.sop_reason->value.find_first_not_of(" \t\r\n") != std::string::npos;
  if (d.needs_no_sop() && !reason) {
    r.error(d.sop->loc, "`sop: none` needs a `sop_reason`: say why the duty needs no SOP of its "
                        "own (e.g. which SOP covers it)");
  } else if (!d.sop && d.sop_reason) {
    r.error(d.sop_reason->loc, "`sop_reason` without `sop: none`: write `sop: none` when the duty "
                               "needs no SOP of its own, or remove the reason");
  }
}

constexpr Field<Duty> kDutyFields[] = {
    {"id", required(kId), "Id of the duty, unique within the position",
     [](Reader& r, const Node&, const Node& v, Duty& d) { r.required_id("id", v, d.id); }},
    {"text", required(kText), "The duty (uraian tugas)",
     [](Reader& r, const Node&, const Node& v, Duty& d) { r.required_text("text", v, d.text); }},
    {"output", kText, "What it produces (hasil kerja)",
     [](Reader& r, const Node&, const Node& v, Duty& d) { d.output = r.text("output", v); }},
    {"unit_of_output", kText, "Unit of the output (satuan hasil)",
     [](Reader& r, const Node&, const Node& v, Duty& d) {
       d.unit_of_output = r.text("unit_of_output", v);
     }},
    {"volume", kVolume, "Outputs a year, or per period: 12, 5/day, 2/bulan (beban kerja)",
     [](Reader& r, const Node&, const Node& v, Duty& d) { d.volume = r.volume("volume", v); }},
    {"standard_time", kDuration, "Time to produce one output: 30m, 1,5 jam, 2 hari (norma waktu)",
     [](Reader& r, const Node&, const Node& v, Duty& d) {
       d.standard_time = r.duration("standard_time", v);
     }},
    {"sop", one_of(kSopChoices), "`none`: the duty needs no SOP of its own (give `sop_reason`)",
     [](Reader& r, const Node&, const Node& v, Duty& d) { read_sop_choice(r, v, d); }},
    {"sop_reason", kText, "Why the duty needs no SOP (with `sop: none`)",
     [](Reader& r, const Node&, const Node& v, Duty& d) {
       d.sop_reason = r.text("sop_reason", v);
     }},
};

FieldDocs duty_docs() {
  static const auto docs = field_docs(kDutyFields);
  return docs;
}

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
    check_sop_reason(reader, duty);
    position.duties.push_back(std::move(duty));
  }
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
