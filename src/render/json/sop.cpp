// One SOP as JSON: every field, its status and draft flag, its lanes, its
// steps with the flow resolved to step ids (or "end"), and the total time
// of its Jumlah row.
#include "../common.hpp"
#include "book.hpp"
#include "tatakerja/model/actor.hpp"

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

// {id, name, external}: a position or a role (its id and name) or an
// external actor (its text twice); as written when unresolved.
void actor(JsonWriter& w, const model::Repository& repo, const model::Sop& sop,
           const model::ActorRef& a, const std::optional<model::Text>& written) {
  const bool external = a.type == model::ActorRef::Type::External;
  std::string_view id = model::actor_id(repo, sop, a), name = model::actor_name(repo, sop, a);
  if (id.empty() && written) id = name = written->value;
  if (id.empty()) {
    w.null();
    return;
  }
  w.begin_object().key("id").string(id).key("name").string(name);
  w.key("external").boolean(external && !name.empty()).end_object();
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
  w.key("decision");  // the question; true when the activity is the check; null
  if (s.decision_is_activity) {
    w.boolean(true);
  } else if (s.decision) {
    w.string(s.decision->value);
  } else {
    w.null();
  }
  if (s.is_decision()) {
    text_list(w, "labels", s.labels);
    target(w, "yes", sop, s.next_ref);
    target(w, "no", sop, s.no_ref);
  } else {
    target(w, "next", sop, s.next_ref);
  }
  w.end_object();
}

void signer(JsonWriter& w, const model::Repository& repo, std::string_view key,
            const std::optional<model::Approver>& signer) {
  w.key(key);
  if (!signer) {
    w.null();
    return;
  }
  const auto& a = *signer;
  w.begin_object();
  optional_text(w, "text", a.text);
  optional_text(w, "position", a.position);
  optional_string(w, "position_name",
                  a.position_ref >= 0 ? std::optional(repo.positions[a.position_ref].name.value)
                                      : std::nullopt);
  optional_text(w, "name", a.name);
  optional_text(w, "nip", a.nip);
  optional_text(w, "acting", a.acting);
  w.end_object();
}

// Keterkaitan: each entry as written, and the id of the SOP it names (null:
// printed as written).
void related(JsonWriter& w, const model::Repository& repo, const model::Sop& sop) {
  text_list(w, "related", sop.related);
  w.key("related_sops").begin_array();
  for (std::size_t i = 0; i < sop.related.items.size(); ++i) {
    const int ref = i < sop.related_refs.size() ? sop.related_refs[i] : -1;
    if (ref >= 0) {
      w.string(repo.sops[ref].doc.id.value);
    } else {
      w.null();
    }
  }
  w.end_array();
}

// The final output: the SOP's own, else that of the step that ends it.
void final_output(JsonWriter& w, const model::Sop& sop) {
  const auto* output = model::final_output(sop);
  optional_string(w, "output", output ? std::optional(output->value) : std::nullopt);
  const bool derived = output && !(sop.output && output == &*sop.output);
  optional_string(w, "output_step",
                  derived ? std::optional(sop.steps[model::final_step(sop)].id) : std::nullopt);
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

// The Roles among the lanes, each with its members (handbook.md: "A role's
// members are listed under the table").
void roles(JsonWriter& w, const model::Repository& repo, const model::Sop& sop) {
  w.key("roles").begin_array();
  for (int r : model::role_lanes(sop)) {
    const auto& role = repo.roles[r];
    w.begin_object().key("id").string(role.doc.id.value).key("name").string(role.name.value);
    optional_string(w, "unit", unit_id(repo, role.unit_ref));
    w.key("members").begin_array();
    for (int p : role.member_refs) {
      w.begin_object().key("id").string(repo.positions[p].doc.id.value);
      w.key("name").string(repo.positions[p].name.value).end_object();
    }
    w.end_array().end_object();
  }
  w.end_array();
}

// The Jumlah row: {text, seconds, stated}; text and seconds null when the
// total could not be made (handbook.md), `stated` when it is the SOP's own
// `total_time`.
void total(JsonWriter& w, const model::Repository& repo, const model::Sop& sop) {
  const auto t = total_time(repo, sop, model::Language::Id);
  w.key("total_time").begin_object();
  optional_string(w, "text", t.text);
  w.key("seconds");
  if (t.seconds) {
    w.number(*t.seconds);
  } else {
    w.null();
  }
  w.key("stated").boolean(t.stated).end_object();
}

}  // namespace

void sop_object(JsonWriter& w, const Book& book, int index) {
  const auto& repo = book.r();
  const auto& sop = repo.sops[index];
  w.begin_object();
  w.key("id").string(sop.doc.id.value);
  optional_text(w, "number", sop.number);
  w.key("title").string(sop.title.value);
  const int unit = sop_unit(repo, sop);
  optional_string(w, "unit", unit_id(repo, unit));
  w.key("letterhead").begin_array();  // the kop, then the unit chain
  for (const auto& line : letterhead(repo, unit)) w.string(line);
  w.end_array();
  optional_string(w, "owner", position_id(repo, sop.owner_ref));
  w.key("status").string(model::status_name(sop.effective_status()));
  w.key("draft").boolean(book.is_draft(index));
  w.key("file").string(repo.files[sop.doc.start.file].path);
  duties(w, repo, sop);
  date(w, "created", sop.created);
  date(w, "revised", sop.revised);
  date(w, "effective", sop.effective);
  date(w, "approved_on", sop.approved_on);
  signer(w, repo, "prepared_by", sop.prepared_by);
  signer(w, repo, "approved_by", sop.approved_by);
  text_list(w, "legal_basis", sop.legal_basis);
  text_list(w, "qualifications", sop.qualifications);
  related(w, repo, sop);
  text_list(w, "equipment", sop.equipment);
  text_list(w, "warnings", sop.warnings);
  text_list(w, "records", sop.records);
  text_list(w, "external_actors", sop.external_actors);
  final_output(w, sop);
  lanes(w, repo, sop);
  roles(w, repo, sop);
  w.key("steps").begin_array();
  for (int i = 0; i < static_cast<int>(sop.steps.size()); ++i) step(w, repo, sop, i);
  w.end_array();
  total(w, repo, sop);
  w.end_object();
}

}  // namespace tatakerja::render::jsonbook
