// One position as JSON: every field of its Anjab, its duties with their
// figures, the SOPs that carry them and their holders, and its figures.
#include "book.hpp"

namespace tatakerja::render::jsonbook {

namespace {

using workload::Ratio;

void qualifications(JsonWriter& w, const model::PositionQualifications& q) {
  w.key("qualifications").begin_object();
  optional_text(w, "education", q.education);
  text_list(w, "training", q.training);
  optional_text(w, "experience", q.experience);
  w.end_object();
}

void optional_count(JsonWriter& w, std::string_view key,
                    const std::optional<model::Located<std::int64_t>>& count) {
  w.key(key);
  if (count && count->valid) {
    w.number(count->value);
  } else {
    w.null();
  }
}

void duty(JsonWriter& w, const model::Repository& repo, const model::Position& p,
          const model::Duty& d, const workload::DutyFigures* f) {
  w.begin_object();
  w.key("id").string(d.id.value);
  number_and_parent(w, p, d);
  w.key("text").string(d.text.value);
  optional_text(w, "output", d.output);
  optional_text(w, "unit_of_output", d.unit_of_output);
  const auto* volume = model::readable(d.volume);
  const auto* time = model::readable(d.standard_time);
  w.key("volume");
  if (volume) {
    w.number_text(number(workload::per_year(*volume, repo.config.workload.periods)));
  } else {
    w.null();
  }
  optional_string(w, "volume_written", volume ? std::optional(volume->written) : std::nullopt);
  w.key("standard_time_seconds");
  if (time) {
    w.number(time->seconds);
  } else {
    w.null();
  }
  optional_string(w, "standard_time_written", time ? std::optional(time->written) : std::nullopt);
  text_list(w, "stages", d.stages);
  w.key("counted").boolean(f != nullptr && f->counted);
  w.key("hours").number_text(number(workload::hours(f != nullptr ? f->load : Ratio(0))));
  w.key("effective_time_minutes");  // none for a duty with subtasks: each has its own
  if (f != nullptr && !f->heading) {
    w.number_text(number(f->effective_time / Ratio(60)));
  } else {
    w.null();
  }
  w.key("required").number_text(number(f != nullptr ? f->required : Ratio(0)));
  w.key("sops").begin_array();
  if (f != nullptr) {
    for (int s : f->sops) w.string(repo.sops[s].doc.id.value);
  }
  w.end_array();
  w.key("holders").begin_array();
  if (f != nullptr) {
    for (int e : f->holders) w.string(repo.employees[e].doc.id.value);
  }
  w.end_array();
  w.end_object();
}

}  // namespace

void position_object(JsonWriter& w, const Book& book, const workload::PositionFigures* pf,
                     int index) {
  const auto& repo = book.r();
  const auto& p = repo.positions[index];
  w.begin_object();
  w.key("id").string(p.doc.id.value);
  w.key("name").string(p.name.value);
  optional_string(w, "unit", unit_id(repo, p.unit_ref));
  w.key("file").string(repo.files[p.doc.start.file].path);
  optional_text(w, "type", p.type);
  optional_count(w, "grade", p.grade);
  optional_string(w, "reports_to", position_id(repo, p.reports_to_ref));
  optional_text(w, "summary", p.summary);
  qualifications(w, p.qualifications);
  optional_count(w, "staff_written", p.staff);
  text_list(w, "responsibilities", p.responsibilities);
  text_list(w, "authority", p.authority);
  text_list(w, "materials", p.materials);
  text_list(w, "tools", p.tools);
  text_list(w, "relations", p.relations);
  text_list(w, "working_conditions", p.working_conditions);
  text_list(w, "hazards", p.hazards);
  w.key("duties").begin_array();
  for (std::size_t d = 0; d < p.duties.size(); ++d) {
    const workload::DutyFigures* f = nullptr;
    if (pf != nullptr) {
      for (const auto& df : pf->duties) {
        if (df.duty == static_cast<int>(d)) f = &df;
      }
    }
    duty(w, repo, p, p.duties[d], f);
  }
  w.end_array();
  w.key("figures");
  if (pf != nullptr) {
    w.begin_object();
    figures(w, pf->figures, book.analysis->settings);
    w.end_object();
  } else {
    w.null();
  }
  w.end_object();
}

void employees(JsonWriter& w, const Book& book) {
  const auto& repo = book.r();
  const auto& a = *book.analysis;
  std::vector<char> in(repo.positions.size(), 0);
  for (int p : book.positions) in[p] = 1;
  w.key("employees").begin_array();
  for (const auto& e : a.employees) {
    const int p = a.positions[e.position].position;
    if (!in[p]) continue;
    const auto& position = repo.positions[p];
    w.begin_object();
    w.key("id").string(repo.employees[e.employee].doc.id.value);
    w.key("name").string(repo.employees[e.employee].name.value);
    w.key("position").string(position.doc.id.value);
    w.key("duties").begin_array();
    for (const auto& share : e.duties) {
      w.begin_object().key("id").string(position.duties[share.duty].id.value);
      number_and_parent(w, position, position.duties[share.duty]);
      w.key("holders").number(share.holders);
      w.key("hours").number_text(number(workload::hours(share.load))).end_object();
    }
    w.end_array();
    w.key("figures").begin_object();
    figures(w, workload::Figures{e.load, e.required, 1, 0, 0}, a.settings, false);
    w.end_object();
    w.end_object();
  }
  w.end_array();
}

}  // namespace tatakerja::render::jsonbook
