// The flowchart back-ends: SVG (from the laid-out Diagram), Mermaid and
// Graphviz DOT (from the SOP: their engines lay them out). Every text from
// the YAML is escaped for where it lands.
#pragma once

#include <ostream>
#include <string>

#include "tatakerja/flow/diagram.hpp"
#include "tatakerja/glossary/terms.hpp"
#include "tatakerja/model/repository.hpp"

namespace tatakerja::flow {

struct SvgOptions {
  bool standalone = false;  // true: an SVG file (XML declaration, xmlns,
                            // lane headers drawn); false: inline in HTML
  std::string id_prefix;    // for ids inside the SVG (markers), unique per page
  std::string title;        // <title> of the drawing (accessible name)
};

// One page of `diagram` as an <svg> element (or file).
void write_svg(const Diagram& diagram, const Page& page, const SvgOptions& options,
               std::ostream& out);

struct FlowLabels {
  std::string yes = glossary::kIndonesian.yes;
  std::string no = glossary::kIndonesian.no;
  std::string start;                            // optional extra words, unused when empty
  std::string end = glossary::kIndonesian.end;  // a decision's own end node ("End")
  // A step node's label (handbook.shape_text): its whole text, its first
  // words, or (None) its number, the row of the procedure table that holds
  // its text: a Mermaid chart is not drawn over the table.
  model::ShapeText shape_text = model::ShapeText::Full;
};

// `flowchart TD` source, one node a step (stadium, rectangle, rhombus), the
// lanes as subgraphs, labelled by `labels.shape_text`; no surrounding ```
// fence. As in the laid-out chart, a
// step that goes on to `end` is a stadium with no arrow out, and a
// decision's way to `end` goes to an end node of its own (e3 for step 3,
// a stadium labelled `end`, in the decision's lane), never into a step.
void write_mermaid(const model::Repository& repo, const model::Sop& sop, const FlowLabels& labels,
                   std::ostream& out);

// A `digraph` that `dot -Tsvg` renders without warnings, the lanes as
// clusters; `end` as in write_mermaid (rounded boxes).
void write_dot(const model::Repository& repo, const model::Sop& sop, const FlowLabels& labels,
               std::ostream& out);

}  // namespace tatakerja::flow
