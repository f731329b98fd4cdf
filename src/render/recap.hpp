// The workload recapitulation of the book (Rekapitulasi ABK) as rows, made
// once so that the HTML, Markdown and JSON books say the same things: the
// chapters in book order, each unit's positions in the book, the unit's own
// total, a total with its sub-units after a unit whose sub-units hold
// positions, and the total of the whole book when it holds every unit.
#pragma once

#include <vector>

#include "common.hpp"

namespace tatakerja::render {

struct RecapRow {
  enum class Kind { Unit, Position, Total, TreeTotal, GrandTotal };
  Kind kind = Kind::Unit;
  int chapter = -1;           // index into book.chapters; -1 for the grand total
  int position = -1;          // Position index, for Kind::Position
  int depth = 0;              // the chapter's depth (0 for the grand total)
  workload::Figures figures;  // none for Kind::Unit
};

// Empty when the book holds no position.
std::vector<RecapRow> recap_rows(const BookLookups& lookups);

}  // namespace tatakerja::render
