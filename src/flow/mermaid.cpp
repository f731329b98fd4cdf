// An SOP's flow as Mermaid `flowchart TD` source: the lanes as subgraphs,
// a node a step (ids s1, s2, … by position, never the user's text; a
// decision's end node e1, e2, … by its step), every
// label double-quoted, with what Mermaid would read as syntax written as its
// entity codes (#quot;, #35;, …).
#include <fmt/format.h>

#include "layout.hpp"
#include "tatakerja/flow/output.hpp"
#include "tatakerja/util/text.hpp"

namespace tatakerja::flow {

namespace {

// The entity code Mermaid decodes back to `c`, for the characters that
// would end a quoted label or be read as markup: quotes, brackets, pipes,
// angle brackets (so `-->` stays text), backticks, '#' and ';' (which
// start and end an entity code themselves) and '&'.
const char* entity_of(char c) {
  switch (c) {
    case '"':
      return "#quot;";
    case '#':
      return "#35;";
    case ';':
      return "#59;";
    case '&':
      return "#amp;";
    case '<':
      return "#lt;";
    case '>':
      return "#gt;";
    case '[':
      return "#91;";
    case ']':
      return "#93;";
    case '{':
      return "#123;";
    case '}':
      return "#125;";
    case '(':
      return "#40;";
    case ')':
      return "#41;";
    case '|':
      return "#124;";
    case '`':
      return "#96;";
    default:
      return nullptr;
  }
}

// `text` fit for a double-quoted Mermaid label, on one line: line breaks
// and tabs become spaces, control characters and bytes that are not UTF-8
// become \xNN text.
std::string label(std::string_view text) {
  std::string flat(text);
  for (char& c : flat) {
    if (c == '\n' || c == '\r' || c == '\t') c = ' ';
  }
  std::string out;
  for (char c : util::escape_control(flat)) {
    if (const char* entity = entity_of(c)) {
      out += entity;
    } else {
      out += c;
    }
  }
  return '"' + out + '"';
}

std::string node_source(const model::Sop& sop, int step, model::ShapeText shape_text) {
  const auto text = label(shape_text == model::ShapeText::None
                              ? std::to_string(step + 1)
                              : detail::shape_label(sop.steps[step], shape_text));
  switch (detail::shape_of_step(sop, step)) {
    case Shape::Terminal:
      return fmt::format("s{}([{}])", step + 1, text);
    case Shape::Decision:
      return fmt::format("s{}{{{}}}", step + 1, text);
    default:
      return fmt::format("s{}[{}]", step + 1, text);
  }
}

}  // namespace

void write_mermaid(const model::Repository& repo, const model::Sop& sop, const FlowLabels& labels,
                   std::ostream& out) {
  out << "flowchart TD\n";
  LayoutOptions options;
  options.yes = labels.yes;
  options.no = labels.no;
  const auto [lanes, steps_of_lane, ways, ends] = detail::text_graph(repo, sop, options);
  for (std::size_t l = 0; l < lanes.lanes.size(); ++l) {
    out << fmt::format("  subgraph l{}[{}]\n", l + 1, label(lanes.lanes[l].name));
    for (int step : steps_of_lane[l]) {
      out << "    " << node_source(sop, step, labels.shape_text) << "\n";
      if (ends[step]) out << fmt::format("    e{}([{}])\n", step + 1, label(labels.end));
    }
    out << "  end\n";
  }
  for (const auto& way : ways) {
    const auto text = way.label ? "|" + label(*way.label) + "|" : std::string();
    out << fmt::format("  s{} -->{} {}{}\n", way.from + 1, text, way.to_end ? 'e' : 's',
                       way.to + 1);
  }
}

}  // namespace tatakerja::flow
