// A position's Anjab (informasi jabatan) as Markdown: its fields, its
// duties with their workload and the SOPs that carry them out, and its
// figures (workload.md).
#include <fmt/format.h>

#include "markdown.hpp"

namespace tatakerja::render::md {

namespace {

using workload::Ratio;

void list_row(std::ostream& out, const char* label, const model::TextList& list) {
  if (list.items.empty()) return;
  std::string text;
  for (std::size_t i = 0; i < list.items.size(); ++i) {
    text += (i > 0 ? "<br>" : "") + cell(list.items[i].value);
  }
  row(out, {label, text});
}

std::string qualifications_cell(const Context& c, const model::PositionQualifications& q) {
  std::vector<std::string> lines;
  if (q.education) lines.push_back(fmt::format("{}: {}", c.l.education, cell(q.education->value)));
  if (!q.training.items.empty()) {
    std::string items;
    for (const auto& t : q.training.items) items += (items.empty() ? "" : "; ") + cell(t.value);
    lines.push_back(fmt::format("{}: {}", c.l.training, items));
  }
  if (q.experience) {
    lines.push_back(fmt::format("{}: {}", c.l.experience, cell(q.experience->value)));
  }
  std::string out;
  for (const auto& line : lines) out += (out.empty() ? "" : "<br>") + line;
  return out.empty() ? std::string(c.l.none) : out;
}

void fields(std::ostream& out, const Context& c, const model::Position& p) {
  const auto& l = c.l;
  const auto text = [&](const std::optional<model::Text>& t) {
    return t ? cell(t->value) : std::string(l.none);
  };
  header(out, {l.position, cell(p.name.value)}, "ll");
  row(out, {l.unit, p.unit_ref >= 0 || !p.unit ? unit_name(c, p.unit_ref) : text(p.unit)});
  row(out, {l.type, text(p.type)});
  row(out, {l.grade, p.grade && p.grade->valid ? std::to_string(p.grade->value) : l.none});
  row(out, {l.reports_to,
            p.reports_to_ref >= 0
                ? position_link(c, p.reports_to_ref, c.repo.positions[p.reports_to_ref].name.value)
                : text(p.reports_to)});
  row(out, {l.summary, text(p.summary)});
  row(out, {l.qualifications, qualifications_cell(c, p.qualifications)});
  list_row(out, l.responsibilities, p.responsibilities);
  list_row(out, l.authority, p.authority);
  list_row(out, l.materials, p.materials);
  list_row(out, l.tools, p.tools);
  list_row(out, l.relations, p.relations);
  list_row(out, l.working_conditions, p.working_conditions);
  list_row(out, l.hazards, p.hazards);
}

std::string volume_cell(const Context& c, const model::Duty& d) {
  const auto text = volume_text(d.volume, c.l);
  return text ? cell(*text) : std::string(c.l.none);
}

// The duty's text, then its stages (tahapan) numbered 1), 2) under it.
std::string duty_cell(const Context& c, const model::Duty& d) {
  std::string out = cell(d.text.value);
  if (d.stages.items.empty()) return out;
  out += std::string("<br>*") + c.l.stages + ":*";
  for (std::size_t i = 0; i < d.stages.items.size(); ++i) {
    out += fmt::format("<br>{}) {}", i + 1, cell(d.stages.items[i].value));
  }
  return out;
}

std::string sops_cell(const Context& c, const workload::DutyFigures& duty) {
  const auto sops = carrying_sops(c, duty);
  if (sops.empty()) return std::string("*") + c.l.without_sop + "*";
  std::string out;
  for (int s : sops) out += (out.empty() ? "" : "<br>") + sop_mention(c, s);
  return out;
}

void duties(std::ostream& out, const Context& c, const model::Position& p,
            const workload::PositionFigures& f) {
  const auto& l = c.l;
  out << "\n**" << l.duties << "**\n\n";
  if (f.duties.empty()) {
    out << l.none << '\n';
    return;
  }
  header(out,
         {l.number, l.duties, l.output, l.unit_of_output, l.volume, l.standard_time, l.duty_hours,
          l.effective_time, l.duty_required, l.carried_by},
         "rllllrrrrl");
  for (const auto& df : f.duties) {
    const auto& d = p.duties[df.duty];
    row(out,
        {d.number, duty_cell(c, d), d.output ? cell(d.output->value) : std::string(l.none),
         d.unit_of_output ? cell(d.unit_of_output->value) : std::string(l.none), volume_cell(c, d),
         time_cell(c, d.standard_time), df.counted ? hours_text(df.load, l) : std::string(l.none),
         df.heading ? std::string(l.none) : minutes_text(df.effective_time, l),
         df.counted ? three(df.required, l) : std::string(l.none), sops_cell(c, df)});
  }
  row(out, {"", std::string("**") + l.total + "**", "", "", "", "",
            "**" + hours_text(f.figures.load, l) + "**", "",
            "**" + three(f.figures.required, l) + "**", ""});
}

}  // namespace

// The figures of a position or a group: one header row and one row.
void figures_table(std::ostream& out, const Context& c, const workload::Figures& f) {
  const auto& l = c.l;
  const auto& s = c.book.analysis->settings;
  const auto ej = workload::effectiveness(f.load, f.staff, s);
  const auto grade = workload::grade_of(ej, s.grades);
  header(out, {l.workload_hours, l.required, l.needed, l.staff, l.balance, l.ej, l.pj}, "rrrrrrl");
  row(out, {hours_text(f.load, l), three(f.required, l), workload::to_string(f.needed),
            std::to_string(f.staff), signed_whole(workload::balance(f)),
            ej ? three(*ej, l) : std::string(l.none),
            grade ? std::string(1, workload::grade_letter(*grade)) : std::string(l.vacant)});
}

void write_position(std::ostream& out, const Context& c, int index, int level) {
  const auto& p = c.repo.positions[index];
  out << "<a id=\"" << position_anchor(c.repo, index) << "\"></a>\n\n"
      << std::string(static_cast<std::size_t>(level), '#') << ' ' << c.l.job_analysis << ": "
      << inline_text(p.name.value) << "\n\n";
  fields(out, c, p);
  if (const auto* f = c.figures(index)) {
    duties(out, c, p, *f);
    out << '\n';
    figures_table(out, c, f->figures);
  }
  out << '\n';
}

}  // namespace tatakerja::render::md
