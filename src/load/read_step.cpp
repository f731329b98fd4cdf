#include <fmt/format.h>

#include "documents.hpp"
#include "steps.hpp"

namespace tatakerja::load {

namespace {

using model::Step;
using yaml::Node;

constexpr Field<Step> kStepFields[] = {
    {"id", [](Reader& r, const Node&, const Node& v, Step& s) { s.explicit_id = r.id("id", v); }},
    {"activity", [](Reader& r, const Node&, const Node& v, Step& s) { s.activity = r.text("activity", v); }},
    {"actor", [](Reader& r, const Node&, const Node& v, Step& s) { s.actor = r.text("actor", v); }},
    {"requirements", [](Reader& r, const Node& k, const Node& v, Step& s) {
       s.requirements = r.text_list("requirements", k, v);
     }},
    {"time", [](Reader& r, const Node&, const Node& v, Step& s) { s.time = r.duration("time", v); }},
    {"output", [](Reader& r, const Node&, const Node& v, Step& s) { s.output = r.text("output", v); }},
    {"notes", [](Reader& r, const Node&, const Node& v, Step& s) { s.notes = r.text("notes", v); }},
    {"decision", [](Reader& r, const Node&, const Node& v, Step& s) { s.decision = r.text("decision", v); }},
    {"yes", [](Reader& r, const Node&, const Node& v, Step& s) { s.yes = r.id("yes", v); }},
    {"no", [](Reader& r, const Node&, const Node& v, Step& s) { s.no = r.id("no", v); }},
    {"next", [](Reader& r, const Node&, const Node& v, Step& s) { s.next = r.id("next", v); }},
    {"labels", [](Reader& r, const Node& k, const Node& v, Step& s) {
       s.labels = r.text_list("labels", k, v);
       if (s.labels.items.size() != 2 && !v.is_null() && v.is_sequence()) {
         r.error(v.loc, "`labels` must hold exactly two labels: the \"yes\" way's, then the \"no\" way's");
         s.labels.items.clear();
       }
     }},
};

// `yes:` and `no:` belong to decisions; flag them on a process step.
void check_decision_keys(Reader& reader, const Step& step) {
  if (step.is_decision()) return;
  for (const auto* way : {&step.yes, &step.no}) {
    if (*way) {
      reader.error(way->value().loc,
                   "`yes` and `no` belong to a decision step: add `decision:` with the question, "
                   "or use `next:`");
    }
  }
}

}  // namespace

void read_steps(Reader& reader, const Node& key, const Node& value, model::Sop& sop) {
  sop.has_steps_key = true;
  sop.steps_loc = key.loc;
  if (value.is_null() || !reader.expect_list("steps", value, "a list of steps")) return;
  for (const auto& item : value.items) {
    if (!reader.expect_mapping("steps", item, "a list of steps (mappings with `activity`)")) continue;
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
