// The table of contents: the errors, one entry a chapter (nested by the
// depth of its unit) with its positions and SOPs, then the tail. In the
// book the links are anchors; on the index page of a --split render they
// go to the pages.
#include <fmt/format.h>

#include <algorithm>

#include "../peta.hpp"
#include "../sheet_labels.hpp"
#include "markdown.hpp"

namespace tatakerja::render::md {

namespace {

std::string indent(int depth) {
  return std::string(2 * static_cast<std::size_t>(depth), ' ');
}

void chapter_entry(std::ostream& out, const Context& c, std::size_t i) {
  const auto& chapter = c.book.chapters[i];
  // The depth as numbered, so that a sub-unit rendered without its parent
  // (--unit) starts at the margin.
  const auto& number = c.chapter_numbers[i];
  const int depth = static_cast<int>(std::count(number.begin(), number.end(), '.'));
  const std::string name = chapter.unit >= 0 ? inline_text(c.repo.units[chapter.unit].name.value)
                                             : std::string(c.l.no_unit);
  out << indent(depth) << "- "
      << book_link(c, unit_anchor(c.repo, chapter.unit), c.chapter_numbers[i] + " " + name) << '\n';
  for (int p : chapter.positions) {
    out << indent(depth + 1) << "- " << c.l.job_analysis << ": "
        << position_link(c, p, c.repo.positions[p].name.value) << '\n';
  }
  for (int s : chapter.sops) {
    out << indent(depth + 1) << "- SOP: " << sop_link(c, s, c.repo.sops[s].title.value);
    if (c.book.is_draft(s)) out << " (" << c.l.draft << ')';
    out << '\n';
  }
}

}  // namespace

void write_contents(std::ostream& out, const Context& c) {
  out << "## " << c.l.contents << "\n\n";
  if (!c.book.options.errors.empty())
    out << "- " << book_link(c, kErrorsAnchor, c.l.errors) << '\n';
  if (!peta_units(c.book).empty()) {
    out << "- " << book_link(c, kPetaAnchor, c.l.position_map) << '\n';
  }
  for (std::size_t i = 0; i < c.book.chapters.size(); ++i) chapter_entry(out, c, i);
  if (!c.book.positions.empty()) {
    out << "- " << book_link(c, kRecapAnchor, c.l.recap) << '\n'
        << "- " << book_link(c, kCoverageAnchor, c.l.coverage) << '\n';
  }
  if (!c.book.employees.empty()) {
    out << "- " << book_link(c, kSheetsAnchor, sheet_labels(c.language()).chapter) << '\n';
  }
  if (c.book.has_index()) out << "- " << book_link(c, kIndexAnchor, c.l.index) << '\n';
  out << '\n';
}

}  // namespace tatakerja::render::md
