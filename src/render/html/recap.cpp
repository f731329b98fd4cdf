// The workload recapitulation (Rekapitulasi ABK), rows as recap_rows()
// plans them for every format; then the charts.
#include "../recap.hpp"

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
      hours_text(f.load, c.l), three(f.required, c.l), workload::to_string(f.needed),
      workload::to_string(f.staff), signed_whole(workload::balance(f)),
      ej ? three(*ej, c.l) : std::string(c.l.none),
      grade ? std::string(1, workload::grade_letter(*grade)) : std::string(c.l.none));
}

void total_row(std::string& out, const Context& c, int depth, std::string_view text,
               const workload::Figures& f) {
  out += fmt::format("<tr class=\"total\"><th style=\"padding-left:{}px\">", 5 + 14 * depth);
  esc(out, text);
  out += "</th>";
  figure_cells(out, c, f);
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
  const auto numbers = chapter_numbers(c.book);
  for (const auto& r : recap_rows(c)) {
    const int unit = r.chapter >= 0 ? c.book.chapters[r.chapter].unit : -1;
    const std::string name = unit >= 0 ? c.repo.units[unit].name.value : std::string(l.no_unit);
    switch (r.kind) {
      case RecapRow::Kind::Unit:
        out += fmt::format("<tr class=\"unit\"><th colspan=\"8\" style=\"padding-left:{}px\">",
                           5 + 14 * r.depth);
        esc(out, numbers[r.chapter] + " " + name);
        out += "</th></tr>\n";
        break;
      case RecapRow::Kind::Position:
        out += fmt::format("<tr><td style=\"padding-left:{}px\">", 19 + 14 * r.depth);
        position_link(out, c, r.position, c.repo.positions[r.position].name.value);
        out += "</td>";
        figure_cells(out, c, r.figures);
        break;
      case RecapRow::Kind::Total:
        total_row(out, c, r.depth + 1, fmt::format("{} {}", l.total, name), r.figures);
        break;
      case RecapRow::Kind::TreeTotal:
        total_row(out, c, r.depth + 1, fmt::format("{} {} {}", l.total, name, l.with_sub_units),
                  r.figures);
        break;
      case RecapRow::Kind::GrandTotal:
        total_row(out, c, 0, l.units_total, r.figures);
        break;
    }
    if (out.size() > (1 << 16)) flush(out, os);
  }
  out += "</tbody></table></div>\n";
  write_charts(out, c, os);
  out += "</section>\n";
  flush(out, os);
}

}  // namespace tatakerja::render::html
