// One SOP as JSON: every field, its status and draft flag, its lanes, and
// its steps with the flow resolved to step ids (or "end").
#include "common.hpp"
#include "json_book.hpp"

namespace tatakerja::render::jsonbook {

namespace {

void target(JsonWriter& w, std::string_view key, const model::Sop& sop,
            const model::FlowTarget& t) {
  w.key(key);
  if (t.step >= 0 && t.step < static_cast<int>(sop.steps.size())) {
    w.string(sop.steps[t.step].id);
  } else if (t.step == model::FlowTarget::kEnd) {
    w.string("end");
  } else {
    w.null();
  }
}

// {id, name, external}: a position (its id and name) or an external actor
// (its text twice); as written when unresolved.
void actor(JsonWriter& w, const model::Repository& repo, const model::Sop& sop,
           const model::ActorRef& a, const std::optional<model::Text>& written) {
  if (a.type == model::ActorRef::Type::Position && a.index >= 0) {
    const auto& p = repo.positions[a.index];
    w.begin_object().key("id").string(p.doc.id.value).key("name").string(p.name.value);
    w.key("external").boolean(false).end_object();
    return;
  }
  const bool external = a.type == model::ActorRef::Type::External && a.index >= 0 &&
                        a.index < static_cast<int>(sop.external_actors.items.size());
  const std::optional<std::string> name =
      external  ? std::optional(sop.external_actors.items[a.index].value)
      : written ? std::optional(written->value)
                : std::nullopt;
  if (!name) {
    w.null();
    return;
  }
  w.begin_object().key("id").string(*name).key("name").string(*name);
  w.key("external").boolean(external).end_object();
}

void step(JsonWriter& w, const model::Repository& repo, const model::Sop& sop, int i) {
  const auto& s = sop.steps[i];
  w.begin_object();
  w.key("id").string(s.id);
  w.key("number").number(i + 1);
  optional_text(w, "activity", s.activity);
  w.key("actor");
  actor(w, repo, sop, s.actor_ref, s.actor);
  text_list(w, "requirements", s.requirements);
  w.key("time_seconds");
  if (const auto* time = model::readable(s.time)) {
    w.number(time->seconds);
  } else {
    w.null();
  }
  optional_string(w, "time_written", time_text(s.time, model::Language::Id));
  optional_text(w, "output", s.output);
  optional_text(w, "notes", s.notes);
  optional_text(w, "decision", s.decision);
  if (s.is_decision()) {
    text_list(w, "labels", s.labels);
    target(w, "yes", sop, s.next_ref);
    target(w, "no", sop, s.no_ref);
  } else {
    target(w, "next", sop, s.next_ref);
  }
  w.end_object();
}

void approver(JsonWriter& w, const model::Repository& repo, const model::Sop& sop) {
  w.key("approved_by");
  if (!sop.approved_by) {
    w.null();
    return;
  }
  const auto& a = *sop.approved_by;
  w.begin_object();
  optional_text(w, "text", a.text);
  optional_text(w, "position", a.position);
  optional_string(w, "position_name",
                  a.position_ref >= 0 ? std::optional(repo.positions[a.position_ref].name.value)
                                      : std::nullopt);
  optional_text(w, "name", a.name);
  optional_text(w, "nip", a.nip);
  w.end_object();
}

void duties(JsonWriter& w, const model::Repository& repo, const model::Sop& sop) {
  w.key("duties").begin_array();
  for (std::size_t i = 0; i < sop.duties.items.size(); ++i) {
    const auto ref = i < sop.duty_refs.size() ? sop.duty_refs[i] : model::DutyRef{};
    const bool known = ref.position >= 0 && ref.duty >= 0;
    w.begin_object().key("ref").string(sop.duties.items[i].value);
    optional_string(w, "position", known ? position_id(repo, ref.position) : std::nullopt);
    optional_string(w, "duty",
                    known ? std::optional(repo.positions[ref.position].duties[ref.duty].id.value)
                          : std::nullopt);
    w.end_object();
  }
  w.end_array();
}

void lanes(JsonWriter& w, const model::Repository& repo, const model::Sop& sop) {
  w.key("lanes").begin_array();
  for (const auto& lane : sop.lane_refs) actor(w, repo, sop, lane, std::nullopt);
  w.end_array();
}

}  // namespace

void sop_object(JsonWriter& w, const Book& book, int index) {
  const auto& repo = book.r();
  const auto& sop = repo.sops[index];
  w.begin_object();
  w.key("id").string(sop.doc.id.value);
  optional_text(w, "number", sop.number);
  w.key("title").string(sop.title.value);
  optional_string(w, "unit",
                  unit_id(repo, sop.unit_ref >= 0    ? sop.unit_ref
                                : sop.owner_ref >= 0 ? repo.positions[sop.owner_ref].unit_ref
                                                     : -1));
  optional_string(w, "owner", position_id(repo, sop.owner_ref));
  w.key("status").string(model::status_name(sop.effective_status()));
  w.key("draft").boolean(book.is_draft(index));
  w.key("file").string(repo.files[sop.doc.start.file].path);
  duties(w, repo, sop);
  date(w, "created", sop.created);
  date(w, "revised", sop.revised);
  date(w, "effective", sop.effective);
  approver(w, repo, sop);
  text_list(w, "legal_basis", sop.legal_basis);
  text_list(w, "qualifications", sop.qualifications);
  text_list(w, "related", sop.related);
  text_list(w, "equipment", sop.equipment);
  text_list(w, "warnings", sop.warnings);
  text_list(w, "records", sop.records);
  text_list(w, "external_actors", sop.external_actors);
  optional_text(w, "output", sop.output);
  lanes(w, repo, sop);
  w.key("steps").begin_array();
  for (int i = 0; i < static_cast<int>(sop.steps.size()); ++i) step(w, repo, sop, i);
  w.end_array();
  w.end_object();
}

}  // namespace tatakerja::render::jsonbook
