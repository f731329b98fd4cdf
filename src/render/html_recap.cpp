// The workload recapitulation (Rekapitulasi ABK): every position of the
// book under its unit, with the unit's totals, then the organisation's
// total when the book holds every position; then the charts.
#include <fmt/format.h>

#include "html.hpp"

namespace tatakerja::render::html {

namespace {

void figure_cells(std::string& out, const Context& c, const workload::Figures& f) {
  const auto& s = c.book.analysis->settings;
  const auto ej = workload::effectiveness(f.load, f.staff, s);
  const auto grade = workload::grade_of(ej, s.grades);
  out += fmt::format(
      "<td class=\"num\">{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td>"
      "<td class=\"num\">{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td>"
      "<td class=\"num\">{}</td></tr>\n",
      hours_text(f.load, c.l), three(f.required, c.l),
      workload::to_string(f.needed), workload::to_string(f.staff),
      signed_whole(workload::balance(f)), ej ? three(*ej, c.l) : std::string(c.l.none),
      grade ? std::string(1, workload::grade_letter(*grade)) : std::string(c.l.none));
}

void total_row(std::string& out, const Context& c, int depth, std::string_view text,
               const workload::Figures& f) {
  out += fmt::format("<tr class=\"total\"><th style=\"padding-left:{}px\">", 5 + 14 * depth);
  esc(out, text);
  out += "</th>";
  figure_cells(out, c, f);
}

std::string unit_name(const Context& c, int unit) {
  return unit >= 0 ? c.repo.units[unit].name.value : std::string(c.l.no_unit);
}

// One unit: a heading row, its positions in the book, its totals.
void unit_rows(std::string& out, const Context& c, const workload::UnitFigures& u) {
  const auto& a = *c.book.analysis;
  std::size_t shown = 0;
  for (int i : u.positions) shown += c.position_in[a.positions[i].position] ? 1 : 0;
  const bool tree = !u.children.empty() && u.tree.positions > u.own.positions;
  if (shown == 0 && !tree) return;
  const std::string name = unit_name(c, u.unit);
  out += fmt::format("<tr class=\"unit\"><th colspan=\"8\" style=\"padding-left:{}px\">",
                     5 + 14 * u.depth);
  esc(out, name);
  out += "</th></tr>\n";
  for (int i : u.positions) {
    const auto& p = a.positions[i];
    if (!c.position_in[p.position]) continue;
    out += fmt::format("<tr><td style=\"padding-left:{}px\">", 19 + 14 * u.depth);
    position_link(out, c, p.position, c.repo.positions[p.position].name.value);
    out += "</td>";
    figure_cells(out, c, p.figures);
  }
  if (shown > 0) total_row(out, c, u.depth + 1, std::string(c.l.total) + " " + name, u.own);
  if (tree) {
    total_row(out, c, u.depth + 1, std::string(c.l.total) + " " + name + " " + c.l.with_sub_units,
              u.tree);
  }
}

}  // namespace

void write_recap(std::string& out, const Context& c, std::ostream& os) {
  if (c.book.positions.empty()) return;
  const auto& l = c.l;
  out += fmt::format(
      "<section class=\"chapter recap\" id=\"recap\">\n<h2>{}</h2>\n<div class=\"scroll\">"
      "<table class=\"recap\"><thead><tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th>"
      "<th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr></thead><tbody>\n",
      l.recap, l.position, l.workload_hours, l.required, l.needed, l.staff, header_label(l.balance),
      l.ej, l.pj);
  for (const auto& u : c.book.analysis->units) {
    unit_rows(out, c, u);
    if (out.size() > (1 << 16)) flush(out, os);
  }
  if (!c.book.options.unit && !c.book.options.sop) {
    total_row(out, c, 0, l.units_total, c.book.analysis->total);
  }
  out += "</tbody></table></div>\n";
  write_charts(out, c, os);
  out += "</section>\n";
  flush(out, os);
}

}  // namespace tatakerja::render::html
