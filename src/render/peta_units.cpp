// The Peta Jabatan's tree: the book's chapters with their parents, and
// each position's kelas jabatan, B, K and ±, shared by every format.
#include <fmt/format.h>

#include "common.hpp"
#include "peta.hpp"

namespace tatakerja::render {

std::vector<PetaUnit> peta_units(const Book& book) {
  std::vector<PetaUnit> units;
  if (book.positions.empty() || book.options.sop) return units;
  const BookLookups lookups(book);
  const auto& repo = book.r();
  std::vector<int> open;  // indices into `units` of the chapters above, outermost first
  for (std::size_t c = 0; c < book.chapters.size(); ++c) {
    const auto& chapter = book.chapters[c];
    PetaUnit u;
    u.chapter = static_cast<int>(c);
    u.unit = chapter.unit;
    if (chapter.unit >= 0) {
      while (!open.empty() && book.chapters[units[open.back()].chapter].depth >= chapter.depth) {
        open.pop_back();
      }
      u.parent = open.empty() ? -1 : open.back();
    }
    for (int p : chapter.positions) {
      const auto* f = lookups.figures(p);
      if (!f) continue;
      PetaPosition pp;
      pp.position = p;
      if (const auto* g = model::readable(repo.positions[p].grade)) pp.grade = *g;
      pp.staff = f->figures.staff;
      pp.needed = f->figures.needed;
      pp.balance = workload::balance(f->figures);
      u.positions.push_back(pp);
    }
    units.push_back(std::move(u));
    if (chapter.unit >= 0) open.push_back(static_cast<int>(units.size()) - 1);
  }
  return units;
}

std::string peta_counts(const PetaPosition& p) {
  return fmt::format("{}/{} {}", p.staff, workload::to_string(p.needed), signed_whole(p.balance));
}

std::string peta_marks(const PetaPosition& p, const BookLabels& l) {
  std::string text;
  if (p.grade) text += fmt::format(" ({})", *p.grade);
  if (p.vacant()) text += fmt::format(" ({})", l.map_vacant);
  return text;
}

std::string peta_figures(const PetaPosition& p, const BookLabels& l) {
  std::string text;
  if (p.grade) text += fmt::format("({}) ", *p.grade);
  text += peta_counts(p);
  if (p.vacant()) text += fmt::format(" ({})", l.map_vacant);
  return text;
}

std::vector<PetaNode> peta_nodes(const Book& book, const std::vector<PetaUnit>& units) {
  const auto& l = book_labels(book.options.language);
  const auto& repo = book.r();
  std::vector<PetaNode> nodes;
  nodes.reserve(units.size());
  for (const auto& u : units) {
    PetaNode n;
    n.parent = u.parent;
    n.title = u.unit >= 0 ? repo.units[u.unit].name.value : std::string(l.no_unit);
    for (const auto& p : u.positions) {
      n.lines.push_back(
          {repo.positions[p.position].name.value + peta_marks(p, l), peta_counts(p), p.vacant()});
    }
    nodes.push_back(std::move(n));
  }
  return nodes;
}

}  // namespace tatakerja::render
