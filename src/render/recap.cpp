// The rows of the workload recapitulation: one plan for every format.
#include "recap.hpp"

namespace tatakerja::render {

std::vector<RecapRow> recap_rows(const BookLookups& lookups) {
  const Book& book = lookups.book;
  std::vector<RecapRow> rows;
  if (book.positions.empty()) return rows;
  const auto& chapters = book.chapters;
  // Each chapter's own total, then (walking back, children before their
  // parent) the total of its sub-tree within the book.
  std::vector<workload::Figures> own(chapters.size()), tree(chapters.size());
  std::vector<char> has_own(chapters.size(), 0), has_below(chapters.size(), 0);
  for (std::size_t c = 0; c < chapters.size(); ++c) {
    for (int p : chapters[c].positions) {
      if (const auto* f = lookups.figures(p)) {
        own[c] += f->figures;
        has_own[c] = 1;
      }
    }
  }
  for (std::size_t c = chapters.size(); c-- > 0;) {
    tree[c] += own[c];
    const int up = chapters[c].parent;
    if (up >= 0 && (has_own[c] || has_below[c])) {
      tree[up] += tree[c];
      has_below[up] = 1;
    }
  }
  workload::Figures total;
  for (std::size_t c = 0; c < chapters.size(); ++c) {
    if (!has_own[c] && !has_below[c]) continue;
    const int chapter = static_cast<int>(c);
    const int depth = chapters[c].depth;
    rows.push_back({RecapRow::Kind::Unit, chapter, -1, depth, {}});
    for (int p : chapters[c].positions) {
      if (const auto* f = lookups.figures(p)) {
        rows.push_back({RecapRow::Kind::Position, chapter, p, depth, f->figures});
      }
    }
    if (has_own[c]) rows.push_back({RecapRow::Kind::Total, chapter, -1, depth, own[c]});
    total += own[c];
  }
  // Sub-tree totals go after the last row of the sub-tree.
  std::vector<RecapRow> out;
  out.reserve(rows.size() + chapters.size() + 1);
  std::vector<int> open;  // chapters with sub-units in the book, innermost last
  const auto close_to = [&](int depth) {
    while (!open.empty() && chapters[open.back()].depth >= depth) {
      const int c = open.back();
      open.pop_back();
      out.push_back({RecapRow::Kind::TreeTotal, c, -1, chapters[c].depth, tree[c]});
    }
  };
  for (auto& row : rows) {
    if (row.kind == RecapRow::Kind::Unit) {
      close_to(row.depth);
      if (has_below[row.chapter]) open.push_back(row.chapter);
    }
    out.push_back(std::move(row));
  }
  close_to(0);
  if (!book.options.unit && !book.options.sop) {
    // A total with sub-units that is the whole book's repeats the last row.
    std::erase_if(out, [&](const RecapRow& r) {
      return r.kind == RecapRow::Kind::TreeTotal && r.figures.positions == total.positions;
    });
    out.push_back({RecapRow::Kind::GrandTotal, -1, -1, 0, total});
  }
  return out;
}

}  // namespace tatakerja::render
