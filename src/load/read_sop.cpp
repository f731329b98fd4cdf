#include <fmt/format.h>

#include <array>

#include "documents.hpp"
#include "steps.hpp"
#include "tatakerja/util/text.hpp"

namespace tatakerja::load {

namespace {

using model::Sop;
using yaml::Node;

constexpr std::array<std::string_view, 5> kStatuses{"draft", "review", "approved", "active",
                                                    "archived"};

void read_status(Reader& reader, const Node& value, Sop& sop) {
  auto word = reader.text("status", value);
  if (!word) return;
  for (std::size_t i = 0; i < kStatuses.size(); ++i) {
    if (word->value == kStatuses[i]) {
      sop.status = model::Located<model::SopStatus>{static_cast<model::SopStatus>(i), word->loc};
      return;
    }
  }
  reader.unknown_choice(word->loc, word->value,
                        fmt::format("unknown status `{}`: expected draft, review, approved, "
                                    "active or archived",
                                    util::escape_control(word->value)),
                        kStatuses);
}

constexpr std::string_view kActing[] = {"Plt", "Plh"};

// `acting`: Plt (pelaksana tugas) or Plh (pelaksana harian), in any letter
// case, with or without the abbreviation's dot; kept as "Plt" or "Plh".
void read_acting(Reader& reader, const Node& value, model::Approver& approver) {
  auto word = reader.text("acting", value);
  if (!word) return;
  std::string folded = util::to_lower_ascii(word->value);
  if (folded.ends_with('.')) folded.pop_back();
  for (auto acting : kActing) {
    if (folded == util::to_lower_ascii(acting)) {
      approver.acting = model::Text{std::string(acting), word->loc};
      return;
    }
  }
  reader.error(word->loc, fmt::format("`acting` must be `Plt` (pelaksana tugas) or `Plh` "
                                      "(pelaksana harian), not `{}`",
                                      util::escape_control(word->value)));
}

using A = model::Approver;
constexpr Field<A> kApproverFields[] = {
    {"position", kText, "Position of the approver (Position id, or text)",
     [](Reader& r, const Node&, const Node& v, A& a) { a.position = r.text("position", v); }},
    {"name", kText, "Name of the approver",
     [](Reader& r, const Node&, const Node& v, A& a) { a.name = r.text("name", v); }},
    {"nip", kText, "NIP of the approver",
     [](Reader& r, const Node&, const Node& v, A& a) { a.nip = r.text("nip", v); }},
    {"acting", one_of(kActing), "Plt or Plh when the official acts in the position",
     [](Reader& r, const Node&, const Node& v, A& a) { read_acting(r, v, a); }},
};

FieldDocs approver_docs() {
  static const auto docs = field_docs(kApproverFields);
  return docs;
}

// `approved_by` or `prepared_by`: text, or a mapping of kApproverFields.
std::optional<model::Approver> read_approver(Reader& reader, std::string_view key,
                                             const Node& value) {
  if (value.is_null()) return std::nullopt;
  model::Approver approver;
  approver.loc = value.loc;
  if (value.is_mapping()) {
    read_fields(reader, value, approver, kApproverFields, fmt::format("`{}`", key));
    if (!approver.position && !approver.name) {
      reader.error(value.loc, fmt::format("`{}` needs a `position` or a `name`", key));
      return std::nullopt;
    }
  } else if (value.is_scalar()) {
    approver.text = model::Text{value.scalar, value.loc};
  } else {
    reader.error(value.loc, fmt::format("`{}` must be text or a mapping with `position`, "
                                        "`name` and `nip`, not {}",
                                        key, value.type_name()));
    return std::nullopt;
  }
  return approver;
}

#define TK_TEXT_LIST(name, description)                   \
  {                                                       \
#name, kTextList, description,                        \
        [](Reader & r, const Node& k, const Node& v,      \
           Sop& s) { s.name = r.text_list(#name, k, v); } \
  }
#define TK_DATE(name, description)                                                        \
  {                                                                                       \
#name, kDate, description,                                                            \
        [](Reader & r, const Node&, const Node& v, Sop& s) { s.name = r.date(#name, v); } \
  }

constexpr Field<Sop> kSopFields[] = {
    {"kind", kKind, "The kind of document", [](Reader&, const Node&, const Node&, Sop&) {}},
    {"id", required(kId), "Unique id of the SOP",
     [](Reader& r, const Node&, const Node& v, Sop& s) { read_id(r, v, s.doc); }},
    {"suppress", nested(Shape::Suppressions, suppression_docs),
     "Rules silenced for this document alone: rule ids, or {rule, reason}",
     [](Reader& r, const Node&, const Node& v, Sop& s) { read_suppress(r, v, s.doc); }},
    {"number", kText, "SOP number (nomor SOP)",
     [](Reader& r, const Node&, const Node& v, Sop& s) { s.number = r.text("number", v); }},
    {"title", required(kText), "Title (nama SOP)",
     [](Reader& r, const Node&, const Node& v, Sop& s) { r.required_text("title", v, s.title); }},
    {"unit", kId, "Unit (unit kerja, Unit id)",
     [](Reader& r, const Node&, const Node& v, Sop& s) { s.unit = r.id("unit", v); }},
    {"owner", kId, "The position that answers for this SOP (Position id)",
     [](Reader& r, const Node&, const Node& v, Sop& s) { s.owner = r.id("owner", v); }},
    {"status", one_of(kStatuses), "Status (default active)",
     [](Reader& r, const Node&, const Node& v, Sop& s) { read_status(r, v, s); }},
    TK_DATE(created, "Date written (tanggal pembuatan): YYYY-MM-DD, or YYYY-MM for a month"),
    TK_DATE(revised, "Date revised, or the planned review (tanggal revisi)"),
    TK_DATE(effective, "Date it takes effect (tanggal efektif)"),
    {"approved_by", nested(Shape::TextOrMapping, approver_docs),
     "Approved by (disahkan oleh): text, or {position, name, nip, acting}",
     [](Reader& r, const Node&, const Node& v, Sop& s) {
       s.approved_by = read_approver(r, "approved_by", v);
     }},
    TK_DATE(approved_on, "Date approved (tanggal pengesahan)"),
    {"prepared_by", nested(Shape::TextOrMapping, approver_docs),
     "Prepared by (disusun oleh): text, or {position, name, nip, acting}",
     [](Reader& r, const Node&, const Node& v, Sop& s) {
       s.prepared_by = read_approver(r, "prepared_by", v);
     }},
    {"duties", kTextList, "Duties it carries out: POSITION/DUTY, or a duty id of the owner",
     [](Reader& r, const Node& k, const Node& v, Sop& s) {
       // `POSITION/DUTY` or a bare duty id of the owner.
       s.duties = r.text_list("duties", k, v);
     }},
    TK_TEXT_LIST(legal_basis, "Legal basis (dasar hukum)"),
    TK_TEXT_LIST(qualifications, "Qualifications of who carries it out (kualifikasi pelaksana)"),
    TK_TEXT_LIST(related, "Related SOPs (keterkaitan): SOP ids, SOP titles, or any text"),
    TK_TEXT_LIST(equipment, "Equipment (peralatan/perlengkapan)"),
    TK_TEXT_LIST(warnings, "Warnings (peringatan)"),
    {"total_time", kDuration, "The total time the document prints: 2 jam 15 menit (optional)",
     [](Reader& r, const Node&, const Node& v, Sop& s) {
       s.total_time = r.duration("total_time", v);
     }},
    TK_TEXT_LIST(records, "Records kept (pencatatan dan pendataan)"),
    TK_TEXT_LIST(external_actors, "Lanes that are not positions: the public, another agency"),
    TK_TEXT_LIST(lanes, "The flowchart's lanes in order: Position ids or external actors"),
    {"output", kText, "The final output (default: the output of the step that ends the procedure)",
     [](Reader& r, const Node&, const Node& v, Sop& s) { s.output = r.text("output", v); }},
    {"steps", nested(Shape::MappingList, step_docs), "Steps (uraian prosedur), in order",
     read_steps},
};

#undef TK_TEXT_LIST
#undef TK_DATE

}  // namespace

FieldDocs sop_docs() {
  static const auto docs = field_docs(kSopFields);
  return docs;
}

Sop read_sop(Reader& reader, const Node& map, model::DocumentInfo info) {
  Sop sop;
  sop.doc = std::move(info);
  sop.steps_loc = sop.doc.start;
  sop.duties.loc = sop.doc.start;
  read_fields(reader, map, sop, kSopFields, "an SOP");
  require(reader, sop.doc, "id", sop.doc.id);
  require(reader, sop.doc, "title", sop.title);
  return sop;
}

}  // namespace tatakerja::load
