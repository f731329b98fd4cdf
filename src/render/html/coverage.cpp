// Coverage: for each position of the book, its duties against the SOPs that
// carry them out, duties without an SOP flagged. One row a duty: linear in
// the size of the repository, never a positions × SOPs matrix.
#include <fmt/format.h>

#include "html.hpp"

namespace tatakerja::render::html {

namespace {

// The SOPs that carry a duty out, archived ones left aside.
std::vector<int> carriers(const Context& c, const workload::DutyFigures& d) {
  std::vector<int> out;
  for (int s : d.sops) {
    if (c.repo.sops[s].effective_status() != model::SopStatus::Archived) out.push_back(s);
  }
  return out;
}

void position_rows(std::string& out, const Context& c, int p) {
  const auto* figures = c.figures(p);
  const auto& position = c.repo.positions[p];
  std::vector<std::vector<int>> sops(position.duties.size());
  if (figures) {
    for (const auto& d : figures->duties) {
      if (d.duty >= 0 && d.duty < static_cast<int>(sops.size())) sops[d.duty] = carriers(c, d);
    }
  }
  // A duty with subtasks counts as its subtasks (its SOPs are theirs).
  std::size_t covered = 0, counted = 0;
  for (std::size_t i = 0; i < sops.size(); ++i) {
    if (position.duties[i].has_subtasks()) continue;
    ++counted;
    covered += sops[i].empty() ? 0 : 1;
  }
  out += "<tr class=\"unit\"><th colspan=\"2\">";
  position_link(out, c, p, position.name.value);
  out += fmt::format(" <span class=\"muted\">({} {} {} {})</span></th></tr>\n", covered, c.l.of,
                     counted, c.l.covered);
  for (std::size_t i = 0; i < sops.size(); ++i) {
    out += "<tr><td>";
    esc(out, position.duties[i].number);
    out += ". ";
    esc(out, position.duties[i].text.value);
    out += "</td><td>";
    if (sops[i].empty()) out += fmt::format("<span class=\"flag\">{}</span>", c.l.without_sop);
    for (std::size_t k = 0; k < sops[i].size(); ++k) {
      if (k > 0) out += "<br>";
      sop_ref(out, c, sops[i][k]);
    }
    out += "</td></tr>\n";
  }
}

}  // namespace

void write_coverage(std::string& out, const Context& c, std::ostream& os) {
  if (c.book.positions.empty()) return;
  out += fmt::format(
      "<section class=\"chapter coverage\" id=\"coverage\">\n<h2>{}</h2>\n<div class=\"scroll\">"
      "<table class=\"coverage\"><thead><tr><th>{}</th><th>{}</th></tr></thead><tbody>\n",
      c.l.coverage, c.l.duties, c.l.carried_by);
  for (int p : c.book.positions) {
    position_rows(out, c, p);
    if (out.size() > (1 << 16)) flush(out, os);
  }
  out += "</tbody></table></div>\n</section>\n";
  flush(out, os);
}

}  // namespace tatakerja::render::html
