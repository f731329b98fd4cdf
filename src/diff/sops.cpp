// SOPs: matched by id, then number, then title; their steps by explicit
// id, then activity, then similar activity.
#include <fmt/format.h>

#include "common.hpp"

namespace tatakerja::diff {

namespace {

using model::Sop;
using model::Step;

// The sum of the step times along the main path (as sop-total-time reads
// it); nullopt when the path does not reach `end` or a time is missing.
std::optional<std::string> main_path_time(const Sop& sop) {
  std::vector<char> seen(sop.steps.size(), 0);
  std::int64_t total = 0;
  int at = sop.steps.empty() ? model::FlowTarget::kUnresolved : 0;
  for (; at >= 0 && !seen[at]; at = sop.steps[at].next_ref.step) {
    seen[at] = 1;
    const auto* time = model::readable(sop.steps[at].time);
    if (!time) return std::nullopt;
    total += time->seconds;
  }
  if (at != model::FlowTarget::kEnd) return std::nullopt;
  return duration_text(total);
}

std::string step_text(const Step& step) {
  return std::string(step.drawn_text());
}

// Where a way leads, named by the step's id on its own side; "end".
std::optional<std::string> target(const Sop& sop, const model::FlowTarget& to,
                                  const std::optional<model::Text>& written) {
  if (to.step == model::FlowTarget::kEnd) return "end";
  if (to.step >= 0) return sop.steps[to.step].id;
  return shown(written);
}

// A way's target, made comparable: A's step mapped to its B step.
std::optional<std::string> mapped_target(const Sop& a, const Sop& b, const model::FlowTarget& to,
                                         const std::vector<int>& b_of_a,
                                         const std::optional<model::Text>& written) {
  if (to.step >= 0 && b_of_a[to.step] >= 0) return b.steps[b_of_a[to.step]].id;
  if (to.step >= 0) return "(" + a.steps[to.step].id + ")";
  return target(a, to, written);
}

void step_fields(const Sop& a, const Sop& b, int i, int j, const std::vector<int>& b_of_a,
                 std::vector<Field>& out) {
  const Step& x = a.steps[i];
  const Step& y = b.steps[j];
  add_field(out, "activity", shown(x.activity), shown(y.activity));
  add_field(out, "lane", shown(x.actor), shown(y.actor));
  add_field(out, "decision", shown(x.decision), shown(y.decision));
  // A way is compared where it is written on either side: the implicit
  // "on to the next step" changes with every move, which is shown as one.
  const bool decision = x.is_decision() || y.is_decision();
  const auto& way_a = decision ? x.yes : x.next;
  const auto& way_b = decision ? y.yes : y.next;
  if (way_a || way_b) {
    const auto next_b = target(b, y.next_ref, way_b);
    if (mapped_target(a, b, x.next_ref, b_of_a, way_a) != next_b) {
      out.push_back({decision ? "yes" : "next", target(a, x.next_ref, way_a), next_b});
    }
  }
  if (x.no || y.no) {
    const auto no_b = target(b, y.no_ref, y.no);
    if (mapped_target(a, b, x.no_ref, b_of_a, x.no) != no_b) {
      out.push_back({"no", target(a, x.no_ref, x.no), no_b});
    }
  }
  if (decision) add_field(out, "labels", shown(x.labels), shown(y.labels));
  add_field(out, "requirements", shown(x.requirements), shown(y.requirements));
  add_field(out, "time", shown(x.time), shown(y.time));
  add_field(out, "output", shown(x.output), shown(y.output));
  add_field(out, "notes", shown(x.notes), shown(y.notes));
}

std::vector<StepChange> compare_steps(const Sop& a, const Sop& b) {
  const int na = static_cast<int>(a.steps.size()), nb = static_cast<int>(b.steps.size());
  auto side = [&](bool in_b) -> const Sop& { return in_b ? b : a; };
  const auto b_of_a =
      match(na, nb,
            {[&](bool in_b, int k) { return shown(side(in_b).steps[k].explicit_id); },
             [&](bool in_b, int k) {
               return std::optional<std::string>(normal(step_text(side(in_b).steps[k])));
             }},
            [&](int i, int j) { return similarity(step_text(a.steps[i]), step_text(b.steps[j])); });
  std::vector<int> a_of_b(nb, -1), pairs;
  for (int i = 0; i < na; ++i) {
    if (b_of_a[i] >= 0) a_of_b[b_of_a[i]] = i;
  }
  for (int j = 0; j < nb; ++j) {
    if (a_of_b[j] >= 0) pairs.push_back(a_of_b[j]);
  }
  const auto moved = moved_pairs(pairs);
  std::vector<StepChange> out;
  std::size_t pair = 0;
  for (int j = 0; j < nb; ++j) {
    const Step& y = b.steps[j];
    StepChange change{Kind::Added, "", y.id, 0, j + 1, step_text(y)};
    if (const int i = a_of_b[j]; i >= 0) {
      change.kind = Kind::Changed;
      change.id_before = a.steps[i].id;
      change.number_before = i + 1;
      change.moved = moved[pair++];
      step_fields(a, b, i, j, b_of_a, change.fields);
      if (!change.moved && change.fields.empty()) continue;
    }
    out.push_back(std::move(change));
  }
  for (int i = 0; i < na; ++i) {
    if (b_of_a[i] < 0)
      out.push_back({Kind::Removed, a.steps[i].id, "", i + 1, 0, step_text(a.steps[i])});
  }
  return out;
}

bool adoption(const Sop& a, const Sop& b) {
  using model::SopStatus;
  const auto before = a.effective_status(), after = b.effective_status();
  return before == SopStatus::Review &&
         (after == SopStatus::Active || after == SopStatus::Approved);
}

std::optional<std::string> status_text(const Sop& sop) {
  if (!sop.status || !sop.status->valid) return std::nullopt;
  return model::status_name(sop.status->value);
}

SopChange compare_sop(const Sop& a, const Sop& b) {
  SopChange change{Kind::Changed, a.doc.id.value, b.doc.id.value, b.title.value};
  change.renamed = a.doc.id.value != b.doc.id.value || a.title.value != b.title.value;
  change.adopted = adoption(a, b);
  auto& id = change.identity;
  add_field(id, "id", a.doc.id.value, b.doc.id.value);
  add_field(id, "number", shown(a.number), shown(b.number));
  add_field(id, "title", a.title.value, b.title.value);
  add_field(id, "unit", shown(a.unit), shown(b.unit));
  add_field(id, "owner", shown(a.owner), shown(b.owner));
  add_field(id, "status", status_text(a), status_text(b));
  add_field(id, "created", shown(a.created), shown(b.created));
  add_field(id, "revised", shown(a.revised), shown(b.revised));
  add_field(id, "effective", shown(a.effective), shown(b.effective));
  add_field(id, "approved_by", shown(a.approved_by), shown(b.approved_by));
  add_field(id, "approved_on", shown(a.approved_on), shown(b.approved_on));
  add_field(id, "prepared_by", shown(a.prepared_by), shown(b.prepared_by));
  auto& f = change.fields;
  add_field(f, "duties", shown(a.duties), shown(b.duties));
  add_field(f, "lanes", shown(a.lanes), shown(b.lanes));
  add_field(f, "external_actors", shown(a.external_actors), shown(b.external_actors));
  add_field(f, "output", shown(a.output), shown(b.output));
  add_field(f, "total_time", shown(a.total_time), shown(b.total_time));
  add_field(f, "legal_basis", shown(a.legal_basis), shown(b.legal_basis));
  add_field(f, "qualifications", shown(a.qualifications), shown(b.qualifications));
  add_field(f, "related", shown(a.related), shown(b.related));
  add_field(f, "equipment", shown(a.equipment), shown(b.equipment));
  add_field(f, "warnings", shown(a.warnings), shown(b.warnings));
  add_field(f, "records", shown(a.records), shown(b.records));
  const auto before = main_path_time(a), after = main_path_time(b);
  if (before != after) {
    change.time_before = before;
    change.time_after = after;
  }
  change.steps = compare_steps(a, b);
  return change;
}

bool unchanged(const SopChange& c) {
  return c.identity.empty() && c.fields.empty() && c.steps.empty() && !c.time_before &&
         !c.time_after;
}

// An SOP on one side only: its identity, and (when added) its steps, each
// with its lane, Mutu Baku and ways, for the review of a new SOP.
SopChange whole(Kind kind, const Sop& sop) {
  const bool added = kind == Kind::Added;
  SopChange change{kind, added ? "" : sop.doc.id.value, added ? sop.doc.id.value : "",
                   sop.title.value};
  auto one_side = [&](std::vector<Field>& fields, std::string name, std::optional<std::string> v) {
    if (v) fields.push_back({std::move(name), added ? std::nullopt : v, added ? v : std::nullopt});
  };
  one_side(change.identity, "number", shown(sop.number));
  one_side(change.identity, "unit", shown(sop.unit));
  one_side(change.identity, "owner", shown(sop.owner));
  one_side(change.identity, "status", status_text(sop));
  one_side(change.identity, "effective", shown(sop.effective));
  one_side(change.identity, "approved_by", shown(sop.approved_by));
  one_side(change.fields, "duties", shown(sop.duties));
  one_side(change.fields, "output", shown(sop.output));
  (added ? change.time_after : change.time_before) = main_path_time(sop);
  if (!added) return change;
  for (int j = 0; j < static_cast<int>(sop.steps.size()); ++j) {
    const Step& y = sop.steps[j];
    StepChange step{Kind::Added, "", y.id, 0, j + 1, step_text(y)};
    one_side(step.fields, "lane", shown(y.actor));
    if (y.is_decision()) {
      one_side(step.fields, "yes", target(sop, y.next_ref, y.yes));
      one_side(step.fields, "no", target(sop, y.no_ref, y.no));
    } else if (y.next) {
      one_side(step.fields, "next", target(sop, y.next_ref, y.next));
    }
    one_side(step.fields, "requirements", shown(y.requirements));
    one_side(step.fields, "time", shown(y.time));
    one_side(step.fields, "output", shown(y.output));
    change.steps.push_back(std::move(step));
  }
  return change;
}

}  // namespace

std::vector<SopChange> compare_sops(const model::Repository& a, const model::Repository& b) {
  auto side = [&](bool in_b) -> const model::Repository& { return in_b ? b : a; };
  const int na = static_cast<int>(a.sops.size()), nb = static_cast<int>(b.sops.size());
  const auto b_of_a = match(
      na, nb,
      {[&](bool in_b, int k) { return std::optional(side(in_b).sops[k].doc.id.value); },
       [&](bool in_b, int k) { return shown(side(in_b).sops[k].number); },
       [&](bool in_b, int k) { return std::optional(normal(side(in_b).sops[k].title.value)); }});
  std::vector<int> a_of_b(nb, -1);
  for (int i = 0; i < na; ++i) {
    if (b_of_a[i] >= 0) a_of_b[b_of_a[i]] = i;
  }
  // An SOP compares only what it holds itself (its steps' ways lead to its
  // own steps): the same document of the same bytes on both sides is
  // unchanged.
  const SameSource same_source(a, b);
  std::vector<SopChange> out;
  for (int j = 0; j < nb; ++j) {
    if (a_of_b[j] < 0) {
      out.push_back(whole(Kind::Added, b.sops[j]));
      continue;
    }
    if (same_source(a.sops[a_of_b[j]].doc.start, b.sops[j].doc.start)) continue;
    auto change = compare_sop(a.sops[a_of_b[j]], b.sops[j]);
    if (!unchanged(change)) out.push_back(std::move(change));
  }
  for (int i = 0; i < na; ++i) {
    if (b_of_a[i] < 0) out.push_back(whole(Kind::Removed, a.sops[i]));
  }
  return out;
}

}  // namespace tatakerja::diff
