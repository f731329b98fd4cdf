#include <array>
#include <fmt/format.h>

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
  std::string guess = util::suggest(word->value, kStatuses);
  std::string message = fmt::format("unknown status `{}`: expected draft, review, approved, "
                                    "active or archived",
                                    util::escape_control(word->value));
  if (!guess.empty()) message += fmt::format("; did you mean `{}`?", guess);
  reader.error(word->loc, std::move(message), std::move(guess));
}

using A = model::Approver;
constexpr Field<A> kApproverFields[] = {
    {"position", [](Reader& r, const Node&, const Node& v, A& a) { a.position = r.text("position", v); }},
    {"name", [](Reader& r, const Node&, const Node& v, A& a) { a.name = r.text("name", v); }},
    {"nip", [](Reader& r, const Node&, const Node& v, A& a) { a.nip = r.text("nip", v); }},
};

void read_approver(Reader& reader, const Node& value, Sop& sop) {
  if (value.is_null()) return;
  model::Approver approver;
  approver.loc = value.loc;
  if (value.is_mapping()) {
    read_fields(reader, value, approver, kApproverFields, "`approved_by`");
    if (!approver.position && !approver.name) {
      reader.error(value.loc, "`approved_by` needs a `position` or a `name`");
      return;
    }
  } else if (value.is_scalar()) {
    approver.text = model::Text{value.scalar, value.loc};
  } else {
    reader.error(value.loc, fmt::format("`approved_by` must be text or a mapping with `position`, "
                                        "`name` and `nip`, not {}",
                                        value.type_name()));
    return;
  }
  sop.approved_by = std::move(approver);
}

#define TK_TEXT_LIST(name) \
  {#name, [](Reader& r, const Node& k, const Node& v, Sop& s) { s.name = r.text_list(#name, k, v); }}
#define TK_ID_LIST(name) \
  {#name, [](Reader& r, const Node& k, const Node& v, Sop& s) { s.name = r.id_list(#name, k, v); }}
#define TK_DATE(name) \
  {#name, [](Reader& r, const Node&, const Node& v, Sop& s) { s.name = r.date(#name, v); }}

constexpr Field<Sop> kSopFields[] = {
    {"kind", [](Reader&, const Node&, const Node&, Sop&) {}},
    {"id", [](Reader& r, const Node&, const Node& v, Sop& s) { read_id(r, v, s.doc); }},
    {"suppress", [](Reader& r, const Node&, const Node& v, Sop& s) { read_suppress(r, v, s.doc); }},
    {"number", [](Reader& r, const Node&, const Node& v, Sop& s) { s.number = r.text("number", v); }},
    {"title", [](Reader& r, const Node&, const Node& v, Sop& s) {
       r.required_text("title", v, s.title);
     }},
    {"unit", [](Reader& r, const Node&, const Node& v, Sop& s) { s.unit = r.id("unit", v); }},
    {"owner", [](Reader& r, const Node&, const Node& v, Sop& s) { s.owner = r.id("owner", v); }},
    {"status", [](Reader& r, const Node&, const Node& v, Sop& s) { read_status(r, v, s); }},
    TK_DATE(created),
    TK_DATE(revised),
    TK_DATE(effective),
    {"approved_by", [](Reader& r, const Node&, const Node& v, Sop& s) { read_approver(r, v, s); }},
    {"duties", [](Reader& r, const Node& k, const Node& v, Sop& s) {
       // `POSITION/DUTY` or a bare duty id of the owner.
       s.duties = r.text_list("duties", k, v);
     }},
    TK_TEXT_LIST(legal_basis),
    TK_TEXT_LIST(qualifications),
    TK_ID_LIST(related),
    TK_TEXT_LIST(equipment),
    TK_TEXT_LIST(warnings),
    TK_TEXT_LIST(records),
    TK_TEXT_LIST(external_actors),
    TK_TEXT_LIST(lanes),
    {"output", [](Reader& r, const Node&, const Node& v, Sop& s) { s.output = r.text("output", v); }},
    {"steps", read_steps},
};

#undef TK_TEXT_LIST
#undef TK_ID_LIST
#undef TK_DATE

}  // namespace

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
