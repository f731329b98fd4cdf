// The Peta Jabatan (handbook.md, contents item 3): the unit tree of the book
// as boxes joined by orthogonal lines, each box listing its unit's positions
// with kelas jabatan, B (staff), K (needed) and ± (balance).
//
// Three steps, each pure: peta_units() takes the tree and the figures out
// of the book (every format shares it); peta_layout() places the boxes
// (a tidy tree, our own code, as the flowchart's); write_peta_svg() draws
// one chart. The HTML book draws the charts; Markdown and JSON write the
// tree of peta_units() as a list and as data.
#pragma once

#include <cstdint>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "labels.hpp"
#include "tatakerja/render/book.hpp"
#include "tatakerja/workload/exact.hpp"

namespace tatakerja::render {

// ---- The tree with its figures --------------------------------------------

struct PetaPosition {
  int position = -1;                  // Position index
  std::optional<std::int64_t> grade;  // kelas jabatan, when given
  std::int64_t staff = 0;             // B
  workload::Wide needed = 0;          // K
  workload::Wide balance = 0;         // ± = B − K
  bool vacant() const { return staff == 0; }
};

struct PetaUnit {
  int chapter = -1;  // index into Book::chapters
  int unit = -1;     // Unit index; -1: what has no unit
  int parent = -1;   // index into the vector of PetaUnits; -1 for a top-level unit
  std::vector<PetaPosition> positions;  // in book order, those with figures
};

// The book's chapters as a tree, in book (unit-tree) order: a parent
// always before its children. Empty when the map is not in the book: no
// positions, or a book of one SOP (--sop).
std::vector<PetaUnit> peta_units(const Book& book);

// "1/2 -1": B/K ±.
std::string peta_counts(const PetaPosition& p);
// " (7)" (the kelas jabatan, when given), then " (kosong)" when vacant.
std::string peta_marks(const PetaPosition& p, const BookLabels& l);
// "(7) 1/2 -1", with " (kosong)" when vacant: what follows the name in a list.
std::string peta_figures(const PetaPosition& p, const BookLabels& l);

// ---- Layout -----------------------------------------------------------------

// A position in a box: its name (and marks), wrapped; its B/K ± in a
// column at the box's right edge.
struct PetaLine {
  std::string text;
  std::string figures;
  bool vacant = false;
};

// What the layout needs of a box, in tree order (parent before child).
struct PetaNode {
  int parent = -1;  // index into the nodes; -1: a top-level unit
  std::string title;
  std::vector<PetaLine> lines;
};

struct PetaLayoutOptions {
  int max_width = 1050;  // a landscape A4 page at 96 dpi, less its margins
  int box_width = 190;   // the widest a box gets; its text wraps inside
  int min_box_width = 110;
  int padding = 6;      // inside a box
  int gap_x = 16;       // between sibling subtrees
  int gap_y = 28;       // between a parent and its children's row
  int indent = 24;      // a wrapped row's children, right of the trunk
  double font_px = 10;  // position lines; the title is bold at font_px + 1
  int line_height = 13;
};

struct PetaBox {
  int node = -1;
  int x = 0, y = 0, width = 0, height = 0;
  std::vector<std::string> title;  // wrapped lines
  struct Line {
    std::vector<std::string> text;  // wrapped lines
    std::string figures;            // right-aligned on the first line
    bool vacant = false;
  };
  std::vector<Line> lines;
};

// One orthogonal connector: a polyline from a parent's bottom to a child's top.
struct PetaConnector {
  int from = -1, to = -1;  // box indices within the chart
  std::vector<std::pair<int, int>> points;
};

struct PetaChart {
  int width = 0, height = 0;
  std::vector<PetaBox> boxes;  // in tree order
  std::vector<PetaConnector> connectors;
};

// The whole tree as one chart when it fits max_width; otherwise one chart
// a top-level unit; a chart that is still too wide has the children of each
// unit whose row is too wide stacked in rows under a trunk on their left.
std::vector<PetaChart> peta_layout(const std::vector<PetaNode>& nodes,
                                   const PetaLayoutOptions& options = {});

// The nodes of the book's tree in its language.
std::vector<PetaNode> peta_nodes(const Book& book, const std::vector<PetaUnit>& units);

// ---- SVG ----------------------------------------------------------------------

// One chart as an inline <svg> (no XML declaration); `title` is the
// accessible name (escaped here).
void write_peta_svg(const PetaChart& chart, const PetaLayoutOptions& options,
                    std::string_view title, std::ostream& out);

}  // namespace tatakerja::render
