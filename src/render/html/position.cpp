// A position's Anjab (Informasi Jabatan): its identity, summary and
// requirements, the table of its duties in the columns of the ABK form
// (with their hours a year, the SOPs that carry each out, and a Jumlah
// row), and its workload figures (workload.md).
#include <fmt/format.h>

#include "html.hpp"

namespace tatakerja::render::html {

namespace {

void field(std::string& out, const char* label, std::string_view value) {
  out += "<tr><th>";
  out += label;
  out += "</th><td>";
  esc(out, value);
  out += "</td></tr>\n";
}

std::string_view or_none(const Context& c, const std::optional<model::Text>& text) {
  return text ? std::string_view(text->value) : std::string_view(c.l.none);
}

void reports_to(std::string& out, const Context& c, const model::Position& p) {
  out += "<tr><th>";
  out += c.l.reports_to;
  out += "</th><td>";
  if (p.reports_to_ref >= 0) {
    position_link(out, c, p.reports_to_ref, c.repo.positions[p.reports_to_ref].name.value);
  } else {
    esc(out, or_none(c, p.reports_to));
  }
  out += "</td></tr>\n";
}

void qualifications(std::string& out, const Context& c, const model::Position& p) {
  const auto& q = p.qualifications;
  out += "<tr><th>";
  out += c.l.qualifications;
  out += "</th><td><ul><li>";
  out += c.l.education;
  out += ": ";
  esc(out, or_none(c, q.education));
  out += "</li><li>";
  out += c.l.training;
  out += ": ";
  if (q.training.items.empty()) out += c.l.none;
  for (std::size_t i = 0; i < q.training.items.size(); ++i) {
    if (i > 0) out += "; ";
    esc(out, q.training.items[i].value);
  }
  out += "</li><li>";
  out += c.l.experience;
  out += ": ";
  esc(out, or_none(c, q.experience));
  out += "</li></ul></td></tr>\n";
}

void identity(std::string& out, const Context& c, const model::Position& p) {
  out += "<div class=\"scroll\"><table class=\"ident anjab\">\n";
  field(out, c.l.position, p.name.value);
  field(
      out, c.l.unit,
      p.unit_ref >= 0 ? std::string_view(c.repo.units[p.unit_ref].name.value) : or_none(c, p.unit));
  field(out, c.l.type, or_none(c, p.type));
  field(out, c.l.grade,
        model::readable(p.grade) ? std::to_string(p.grade->value) : std::string(c.l.none));
  reports_to(out, c, p);
  field(out, c.l.summary, or_none(c, p.summary));
  qualifications(out, c, p);
  out += "</table></div>\n";
}

// The duty's stages (tahapan), numbered, under its text.
void stages(std::string& out, const Context& c, const model::Duty& d) {
  if (d.stages.items.empty()) return;
  out += fmt::format("<br><i>{}:</i><ol class=\"stages\">", c.l.stages);
  for (const auto& stage : d.stages.items) {
    out += "<li>";
    esc(out, stage.value);
    out += "</li>";
  }
  out += "</ol>";
}

void duty_row(std::string& out, const Context& c, const model::Duty& d,
              const workload::DutyFigures* f) {
  out += "<tr><td class=\"num\">";
  esc(out, d.number);
  out += "</td><td>";
  esc(out, d.text.value);
  stages(out, c, d);
  out += "</td><td>";
  esc(out, d.output ? std::string_view(d.output->value) : std::string_view(c.l.none));
  out += "</td><td>";
  esc(out,
      d.unit_of_output ? std::string_view(d.unit_of_output->value) : std::string_view(c.l.none));
  out += "</td><td class=\"num\">";
  esc(out, volume_text(d.volume, c.l).value_or(c.l.none));  // as written ("2/bulan")
  out += "</td><td class=\"num\">";  // the time as written ("3 Hari"), never in hours
  esc(out, time_text(d.standard_time, c.book.options.language).value_or(c.l.none));
  out += "</td><td class=\"num\">";
  out += f && f->counted ? hours_text(f->load, c.l) : c.l.none;
  out += "</td><td class=\"num\">";
  out += f && !f->heading ? minutes_text(f->effective_time, c.l) : c.l.none;
  out += "</td><td class=\"num\">";
  out += f && f->counted ? three(f->required, c.l) : c.l.none;
  out += "</td><td>";
  if (!f || f->sops.empty()) out += fmt::format("<span class=\"flag\">{}</span>", c.l.without_sop);
  for (std::size_t i = 0; f && i < f->sops.size(); ++i) {
    if (i > 0) out += "<br>";
    sop_ref(out, c, f->sops[i]);
  }
  out += "</td></tr>\n";
}

void duties(std::string& out, const Context& c, const model::Position& p,
            const workload::PositionFigures* figures) {
  const auto& l = c.l;
  out += fmt::format(
      "<h4>{}</h4>\n<div class=\"scroll\"><table class=\"duties\"><thead><tr><th>{}</th>"
      "<th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th>"
      "<th>{}</th></tr></thead><tbody>\n",
      l.duties, l.number, l.duties, l.output, l.unit_of_output, l.volume, l.standard_time,
      l.duty_hours, l.effective_time, l.duty_required, l.carried_by);
  for (std::size_t i = 0; i < p.duties.size(); ++i) {
    const workload::DutyFigures* f = nullptr;
    if (figures) {
      for (const auto& d : figures->duties) {
        if (d.duty == static_cast<int>(i)) f = &d;
      }
    }
    duty_row(out, c, p.duties[i], f);
  }
  if (figures && !p.duties.empty()) {  // as the ABK form ends, and as Markdown prints it
    out += fmt::format(
        "<tr class=\"total\"><th colspan=\"6\">{}</th><td class=\"num\"><b>{}</b></td><td></td>"
        "<td class=\"num\"><b>{}</b></td><td></td></tr>\n",
        l.total, hours_text(figures->figures.load, l), three(figures->figures.required, l));
  }
  out += "</tbody></table></div>\n";
}

void figures_table(std::string& out, const Context& c, const workload::Figures& f) {
  const auto& s = c.book.analysis->settings;
  const auto& l = c.l;
  const auto ej = workload::effectiveness(f.load, f.staff, s);
  const auto grade = workload::grade_of(ej, s.grades);
  out += "<div class=\"scroll\"><table class=\"figures\">\n";
  const auto row = [&](const char* label, const std::string& value) {
    out += fmt::format("<tr><th>{}</th><td class=\"num\">{}</td></tr>\n", label, value);
  };
  row(l.workload_hours, hours_text(f.load, l));
  row(l.required, three(f.required, l));
  row(l.needed, workload::to_string(f.needed));
  row(l.staff, workload::to_string(f.staff));
  row(l.balance, signed_whole(workload::balance(f)));
  row(l.ej, ej ? three(*ej, l) : std::string(l.vacant));
  row(l.pj, grade ? std::string(1, workload::grade_letter(*grade)) : std::string(l.none));
  out += "</table></div>\n";
}

}  // namespace

void write_position(std::string& out, const Context& c, int index, std::string_view lead) {
  const auto& p = c.repo.positions[index];
  out += "<section class=\"position\" id=\"";
  out += position_anchor(c, index);
  out += "\">\n";
  out += lead;
  out += "<h3>";
  out += c.l.job_analysis;
  out += ": ";
  esc(out, p.name.value);
  out += "</h3>\n";
  identity(out, c, p);
  const auto* figures = c.figures(index);
  duties(out, c, p, figures);
  if (figures) figures_table(out, c, figures->figures);
  out += "</section>\n";
}

}  // namespace tatakerja::render::html
