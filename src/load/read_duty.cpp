// The duties of a Position (uraian tugas), with their rincian tugas
// (`subtasks`, one level) and tahapan (`stages`). Position::duties is flat:
// a duty with subtasks is followed by them, each pointing back at it.
#include <fmt/format.h>

#include "documents.hpp"
#include "tatakerja/util/text.hpp"

namespace tatakerja::load {

namespace {

using model::Duty;
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
    r.error(d.sop->loc,
            "`sop: none` needs a `sop_reason`: say why the duty needs no SOP of its "
            "own (e.g. which SOP covers it)");
  } else if (!d.sop && d.sop_reason) {
    r.error(d.sop_reason->loc,
            "`sop_reason` without `sop: none`: write `sop: none` when the duty "
            "needs no SOP of its own, or remove the reason");
  }
}

FieldDocs subtask_docs();

constexpr Field<Duty> kDutyFields[] = {
    {"id", required(kId), "Id of the duty, unique within the position (subtasks included)",
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
    {"stages", kTextList, "The steps of the work, in order (tahapan)",
     [](Reader& r, const Node& k, const Node& v, Duty& d) {
       d.stages = r.text_list("stages", k, v);
     }},
    {"sop", one_of(kSopChoices), "`none`: the duty needs no SOP of its own (give `sop_reason`)",
     [](Reader& r, const Node&, const Node& v, Duty& d) { read_sop_choice(r, v, d); }},
    {"sop_reason", kText, "Why the duty needs no SOP (with `sop: none`)",
     [](Reader& r, const Node&, const Node& v, Duty& d) {
       d.sop_reason = r.text("sop_reason", v);
     }},
    // Read by read_duties(), which flattens them into the position's list.
    {"subtasks", nested(Shape::MappingList, subtask_docs),
     "Rincian tugas: duties under this one, one level; the duty then has no volume or "
     "standard_time of its own, its figures are the sum of theirs",
     [](Reader&, const Node&, const Node&, Duty&) {}},
};

// A subtask is a duty without `subtasks` of its own.
FieldDocs subtask_docs() {
  static const auto docs = [] {
    auto all = field_docs(kDutyFields);
    std::erase_if(all, [](const FieldDoc& f) { return f.key == "subtasks"; });
    return all;
  }();
  return docs;
}

// The `subtasks` entry of a duty's mapping, or nullptr.
const std::pair<Node, Node>* subtasks_entry(const Node& item) {
  for (const auto& entry : item.entries) {
    if (entry.first.is_scalar() && entry.first.scalar == "subtasks") return &entry;
  }
  return nullptr;
}

// One duty's mapping, without its subtasks; false when it is no mapping.
// `key` is the list it is in (`duties`, `subtasks`).
bool read_one(Reader& reader, const Node& item, Duty& duty, std::string_view key) {
  if (!reader.expect_mapping(key, item, "a list of duties (mappings with `id` and `text`)")) {
    return false;
  }
  duty.loc = item.loc;
  read_fields(reader, item, duty, kDutyFields, key == "duties" ? "a duty" : "a subtask");
  if (duty.id.loc.line == 0) reader.error(item.loc, "a duty has no `id`");
  if (duty.text.loc.line == 0) reader.error(item.loc, "a duty has no `text` (uraian tugas)");
  check_sop_reason(reader, duty);
  return true;
}

// A duty with subtasks is a heading: its volume and norm are theirs.
// Reported, then dropped, so that nothing counts them.
void drop_own_workload(Reader& reader, Duty& duty) {
  if (duty.volume) {
    reader.error(duty.volume->loc,
                 "a duty with `subtasks` has no `volume` of its own: its workload is the sum of "
                 "its subtasks'; give the volume to a subtask");
    duty.volume.reset();
  }
  if (duty.standard_time) {
    reader.error(duty.standard_time->loc,
                 "a duty with `subtasks` has no `standard_time` of its own: its workload is the "
                 "sum of its subtasks'; give the standard time to a subtask");
    duty.standard_time.reset();
  }
}

// The subtasks of the duty at `parent`, appended after it.
void read_subtasks(Reader& reader, const std::pair<Node, Node>& entry, int parent, int top,
                   std::vector<Duty>& duties) {
  const auto& [key, value] = entry;
  if (value.is_null() || (value.is_sequence() && value.items.empty())) {
    reader.error(key.loc, "`subtasks` is empty: list the duty's rincian tugas, or remove the key");
    return;
  }
  if (!reader.expect_list("subtasks", value, "a list of duties (mappings with `id` and `text`)")) {
    return;
  }
  for (const auto& item : value.items) {
    Duty sub;
    if (!read_one(reader, item, sub, "subtasks")) continue;
    if (const auto* nested = subtasks_entry(item)) {
      reader.error(nested->first.loc,
                   "a subtask has no `subtasks` of its own: rincian tugas go one level deep");
    }
    sub.parent = parent;
    sub.number = model::duty_number(top, duties[parent].subtasks++);
    duties.push_back(std::move(sub));
  }
  if (duties[parent].has_subtasks()) drop_own_workload(reader, duties[parent]);
}

}  // namespace

FieldDocs duty_docs() {
  static const auto docs = field_docs(kDutyFields);
  return docs;
}

void read_duties(Reader& reader, const Node& key, const Node& value, model::Position& position) {
  position.has_duties_key = true;
  position.duties_loc = key.loc;
  if (value.is_null() || !reader.expect_list("duties", value, "a list of duties")) return;
  int top = 0;
  for (const auto& item : value.items) {
    Duty duty;
    if (!read_one(reader, item, duty, "duties")) continue;
    duty.number = model::duty_number(top, -1);
    const int index = static_cast<int>(position.duties.size());
    position.duties.push_back(std::move(duty));
    if (const auto* entry = subtasks_entry(item)) {
      read_subtasks(reader, *entry, index, top, position.duties);
    }
    ++top;
  }
}

}  // namespace tatakerja::load
