#include "sop_document.hpp"

#include <fmt/format.h>

#include "sop_identity.hpp"
#include "tatakerja/util/text.hpp"

namespace tatakerja::importer {

using yaml::Out;

Out text_out(const std::string& value) {
  const bool risky =
      !value.empty() && std::string_view("=+-@").find(value[0]) != std::string_view::npos;
  return Out::text(value, risky);
}

namespace {

void add_list(Out& m, const char* key, const std::vector<std::string>& items) {
  if (items.empty()) return;
  Out& list = m.add(key, Out::list());
  for (const auto& item : items) list.items.push_back(text_out(item));
}

void add_text(Out& m, const char* key, const std::string& value) {
  if (!value.empty()) m.add(key, text_out(value));
}

// The id of the position whose name is nearest the lane's, when it is near
// enough to be the same one written another way; else empty.
std::string nearest_position(const std::string& lane,
                             const std::map<std::string, std::string>& positions) {
  std::vector<std::string_view> names;
  for (const auto& [name, id] : positions) names.push_back(name);
  const std::string nearest = util::suggest(util::fold_text(lane), names);
  return nearest.empty() ? "" : positions.at(nearest);
}

}  // namespace

Out sop_document(const ImportedSop& s, const std::string& id,
                 const std::map<std::string, std::string>& units,
                 const std::map<std::string, std::string>& positions,
                 std::vector<Finding>& findings) {
  Out m = Out::map();
  m.add("kind", Out::text("SOP"));
  m.add("id", Out::text(id));
  add_text(m, "number", s.number);
  m.add("title", text_out(s.title));
  if (const auto u = units.find(s.unit); u != units.end()) m.add("unit", Out::text(u->second));
  add_text(m, "created", s.created);
  add_text(m, "revised", s.revised);
  add_text(m, "effective", s.effective);
  add_text(m, "approved_by", s.approved_by);
  add_text(m, "approved_on", s.approved_on);
  add_list(m, "legal_basis", s.legal_basis);
  add_list(m, "qualifications", s.qualifications);
  add_list(m, "related", s.related);
  add_list(m, "equipment", s.equipment);
  add_list(m, "warnings", s.warnings);
  add_list(m, "records", s.records);
  std::vector<std::string> external;
  std::map<std::string, std::string> actor_of;  // lane -> actor as written
  for (const auto& st : s.steps) {
    if (st.actor.empty() || actor_of.count(st.actor)) continue;
    if (const auto p = positions.find(util::fold_text(st.actor)); p != positions.end()) {
      actor_of[st.actor] = p->second;
      continue;
    }
    actor_of[st.actor] = st.actor;
    external.push_back(st.actor);
    const std::string guess = nearest_position(st.actor, positions);
    std::string message = fmt::format(
        "lane `{}` names no position of this import: written as an external actor; make it a "
        "Position id or a Role",
        util::escape_control(st.actor));
    if (!guess.empty()) message += fmt::format("; did you mean `{}`?", guess);
    findings.push_back({findings::kActor, false, st.lane, std::move(message), guess});
  }
  add_list(m, "external_actors", external);
  Out& steps = m.add("steps", Out::list());
  for (const auto& st : s.steps) {
    Out step = Out::map();
    step.add("activity", text_out(st.activity));
    if (!st.actor.empty()) step.add("actor", text_out(actor_of.at(st.actor)));
    if (st.decision) step.add("decision", Out::text("true"));
    add_list(step, "requirements", list_items(st.requirements));
    add_text(step, "time", st.time);
    add_text(step, "output", st.output);
    add_text(step, "notes", st.notes);
    steps.items.push_back(std::move(step));
  }
  return m;
}

}  // namespace tatakerja::importer
