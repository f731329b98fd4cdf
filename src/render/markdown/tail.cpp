// The end of the Markdown book: the workload recapitulation (every
// position, unit totals, the total), the coverage of duties by SOPs, and
// the index of SOPs by number and by title.
#include <fmt/format.h>

#include <algorithm>
#include <tuple>

#include "../recap.hpp"
#include "markdown.hpp"

namespace tatakerja::render::md {

namespace {

void figures_row(std::ostream& out, const Context& c, std::string first, const workload::Figures& f,
                 bool strong) {
  const auto& l = c.l;
  const auto& s = c.book.analysis->settings;
  const auto ej = workload::effectiveness(f.load, f.staff, s);
  const auto grade = workload::grade_of(ej, s.grades);
  std::vector<std::string> cells{
      std::move(first),
      hours_text(f.load, l),
      three(f.required, l),
      workload::to_string(f.needed),
      std::to_string(f.staff),
      signed_whole(workload::balance(f)),
      ej ? three(*ej, l) : std::string(l.none),
      grade ? std::string(1, workload::grade_letter(*grade)) : std::string(l.none)};
  if (strong) {
    for (std::size_t i = 1; i < cells.size(); ++i) cells[i] = "**" + cells[i] + "**";
  }
  row(out, cells);
}

std::string chapter_name(const Context& c, std::size_t i) {
  const auto& chapter = c.book.chapters[i];
  return c.chapter_numbers[i] + " " +
         (chapter.unit >= 0 ? inline_text(c.repo.units[chapter.unit].name.value)
                            : std::string(c.l.no_unit));
}

// "1. a", "1.a. b", for the duties in the coverage table.
std::string numbered(const std::string& number, const std::string& text) {
  return fmt::format("{}. {}", number, text);
}

void coverage_rows(std::ostream& out, const Context& c, int p) {
  const auto* f = c.figures(p);
  if (f == nullptr) return;
  const auto& position = c.repo.positions[p];
  std::string first = position_link(c, p, position.name.value);
  if (f->duties.empty()) row(out, {first, c.l.none, c.l.none});
  for (std::size_t i = 0; i < f->duties.size(); ++i) {
    const auto sops = carrying_sops(c, f->duties[i]);
    std::string cell_text;
    for (int s : sops) cell_text += (cell_text.empty() ? "" : "<br>") + sop_mention(c, s);
    if (sops.empty()) cell_text = std::string("**") + c.l.without_sop + "**";
    const auto& duty = position.duties[f->duties[i].duty];
    row(out,
        {i == 0 ? first : std::string(), numbered(duty.number, cell(duty.text.value)), cell_text});
  }
}

void index_table(std::ostream& out, const Context& c, bool by_number) {
  const auto& repo = c.repo;
  const auto sops = index_order(c.book, by_number);
  const auto& l = c.l;
  if (by_number) {
    header(out, {l.sop_number, l.sop_title, l.unit}, "lll");
  } else {
    header(out, {l.sop_title, l.sop_number, l.unit}, "lll");
  }
  for (int s : sops) {
    const auto& sop = repo.sops[s];
    std::string number = sop.number ? cell(sop.number->value) : std::string(l.none);
    std::string title = sop_link(c, s, sop.title.value);
    if (c.book.is_draft(s)) title += std::string(" (") + l.draft + ")";
    std::string unit = unit_name(c, sop_unit(repo, sop));
    if (by_number) {
      row(out, {number, title, unit});
    } else {
      row(out, {title, number, unit});
    }
  }
  out << '\n';
}

}  // namespace

void write_recap(std::ostream& out, const Context& c) {
  const auto& l = c.l;
  out << "<a id=\"" << kRecapAnchor << "\"></a>\n\n## " << l.recap << "\n\n";
  header(out, {l.position, l.workload_hours, l.required, l.needed, l.staff, l.balance, l.ej, l.pj},
         "lrrrrrrl");
  for (const auto& r : recap_rows(c)) {
    const int unit = r.chapter >= 0 ? c.book.chapters[r.chapter].unit : -1;
    const std::string name =
        unit >= 0 ? inline_text(c.repo.units[unit].name.value) : std::string(l.no_unit);
    switch (r.kind) {
      case RecapRow::Kind::Unit:
        row(out, {"**" + chapter_name(c, static_cast<std::size_t>(r.chapter)) + "**", "", "", "",
                  "", "", "", ""});
        break;
      case RecapRow::Kind::Position:
        figures_row(out, c, position_link(c, r.position, c.repo.positions[r.position].name.value),
                    r.figures, false);
        break;
      case RecapRow::Kind::Total:
        figures_row(out, c, fmt::format("**{} {}**", l.total, name), r.figures, true);
        break;
      case RecapRow::Kind::TreeTotal:
        figures_row(out, c, fmt::format("**{} {} {}**", l.total, name, l.with_sub_units), r.figures,
                    true);
        break;
      case RecapRow::Kind::GrandTotal:
        figures_row(out, c, fmt::format("**{}**", l.units_total), r.figures, true);
        break;
    }
  }
  out << '\n';
}

void write_coverage(std::ostream& out, const Context& c) {
  const auto& l = c.l;
  out << "<a id=\"" << kCoverageAnchor << "\"></a>\n\n## " << l.coverage << "\n\n";
  std::size_t duties = 0, covered = 0;
  for (int p : c.book.positions) {
    if (const auto* f = c.figures(p)) {
      for (const auto& d : f->duties) {  // a duty with subtasks counts as its subtasks
        if (d.heading) continue;
        ++duties;
        covered += !carrying_sops(c, d).empty();
      }
    }
  }
  out << covered << ' ' << l.of << ' ' << duties << ' ' << l.covered << ".\n\n";
  header(out, {l.position, l.duties, l.carried_by}, "lll");
  for (int p : c.book.positions) coverage_rows(out, c, p);
  out << '\n';
}

void write_index(std::ostream& out, const Context& c) {
  const auto& l = c.l;
  out << "<a id=\"" << kIndexAnchor << "\"></a>\n\n## " << l.index << "\n\n### " << l.by_number
      << "\n\n";
  index_table(out, c, true);
  out << "### " << l.by_title << "\n\n";
  index_table(out, c, false);
}

}  // namespace tatakerja::render::md
