#include <fmt/format.h>

#include "documents.hpp"
#include "steps.hpp"

namespace tatakerja::load {

namespace {

using model::Step;
using yaml::Node;

// `decision:` the question; `true` (unquoted, in YAML's spellings) when the
// activity itself is the check; `false` as if it were not written.
void read_decision(Reader& reader, const Node&, const Node& value, Step& step) {
  step.decision.reset();
  step.decision_is_activity = false;
  if (value.is_null()) {  // `decision:` with nothing: an empty question (flow-decision)
    step.decision = model::Text{"", value.loc};
    return;
  }
  if (value.is_scalar() && !value.quoted) {
    for (std::string_view word : {"true", "True", "TRUE"}) {
      if (value.scalar == word) {
        step.decision = model::Text{"", value.loc};
        step.decision_is_activity = true;
        return;
      }
    }
    for (std::string_view word : {"false", "False", "FALSE"}) {
      if (value.scalar == word) return;
    }
  }
  step.decision = reader.text("decision", value);
}

constexpr Field<Step> kStepFields[] = {
    {"id", kId, "Step id (default: its place in the list, from 1)",
     [](Reader& r, const Node&, const Node& v, Step& s) { s.explicit_id = r.id("id", v); }},
    {"activity", required(kText), "Activity (kegiatan)",
     [](Reader& r, const Node&, const Node& v, Step& s) { s.activity = r.text("activity", v); }},
    {"actor", kText, "Who does it (pelaksana): a Position id or an external actor",
     [](Reader& r, const Node&, const Node& v, Step& s) { s.actor = r.text("actor", v); }},
    {"requirements", kTextList, "Requirements (mutu baku: kelengkapan)",
     [](Reader& r, const Node& k, const Node& v, Step& s) {
       s.requirements = r.text_list("requirements", k, v);
     }},
    {"time", kDuration, "Time it takes (mutu baku: waktu): 30m, 1 jam",
     [](Reader& r, const Node&, const Node& v, Step& s) { s.time = r.duration("time", v); }},
    {"output", kText, "What it produces (mutu baku: output)",
     [](Reader& r, const Node&, const Node& v, Step& s) { s.output = r.text("output", v); }},
    {"notes", kText, "Notes (keterangan)",
     [](Reader& r, const Node&, const Node& v, Step& s) { s.notes = r.text("notes", v); }},
    {"decision", kText,
     "Makes this a decision step: its question, or true when the activity is the check",
     read_decision},
    {"yes", kId, "Where the \"yes\" way goes: a step id or end (default: the next step)",
     [](Reader& r, const Node&, const Node& v, Step& s) { s.yes = r.id("yes", v); }},
    {"no", kId, "Where the \"no\" way goes: a step id or end",
     [](Reader& r, const Node&, const Node& v, Step& s) { s.no = r.id("no", v); }},
    {"next", kId, "Where the flow goes next: a step id or end",
     [](Reader& r, const Node&, const Node& v, Step& s) { s.next = r.id("next", v); }},
    {"labels", kTextList, "The two ways' labels, \"yes\" first (default Ya, Tidak)",
     [](Reader& r, const Node& k, const Node& v, Step& s) {
       s.labels = r.text_list("labels", k, v);
       if (s.labels.items.size() != 2 && !v.is_null() && v.is_sequence()) {
         r.error(v.loc,
                 "`labels` must hold exactly two labels: the \"yes\" way's, then the \"no\" way's");
         s.labels.items.clear();
       }
     }},
};

}  // namespace

FieldDocs step_docs() {
  static const auto docs = field_docs(kStepFields);
  return docs;
}

namespace {

// `yes:` and `no:` belong to decisions; flag them on a process step.
void check_decision_keys(Reader& reader, const Step& step) {
  if (step.is_decision()) return;
  for (const auto* way : {&step.yes, &step.no}) {
    if (*way) {
      reader.error(way->value().loc,
                   "`yes` and `no` belong to a decision step: add `decision:` with the question "
                   "(or `true`), or use `next:`");
    }
  }
}

}  // namespace

void read_steps(Reader& reader, const Node& key, const Node& value, model::Sop& sop) {
  sop.has_steps_key = true;
  sop.steps_loc = key.loc;
  if (value.is_null() || !reader.expect_list("steps", value, "a list of steps")) return;
  for (const auto& item : value.items) {
    if (!reader.expect_mapping("steps", item, "a list of steps (mappings with `activity`)"))
      continue;
    Step step;
    step.loc = item.loc;
    read_fields(reader, item, step, kStepFields, "a step");
    step.id = step.explicit_id ? step.explicit_id->value : std::to_string(sop.steps.size() + 1);
    if (!step.activity || step.activity->value.empty()) {
      reader.error(item.loc, fmt::format("step {} has no `activity` (kegiatan)", step.id));
    }
    check_decision_keys(reader, step);
    sop.steps.push_back(std::move(step));
  }
}

}  // namespace tatakerja::load
