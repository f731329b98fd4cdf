// An SOP's flow as a Graphviz `digraph` that `dot -Tsvg` renders without a
// warning: a cluster a lane, a node a step (ids s1, s2, … by position; a
// decision's end node e1, e2, … by its step),
// labels double-quoted with `"` and `\` escaped, long labels wrapped.
#include <fmt/format.h>

#include "layout.hpp"
#include "tatakerja/flow/output.hpp"
#include "tatakerja/flow/text.hpp"
#include "tatakerja/util/text.hpp"

namespace tatakerja::flow {

namespace {

constexpr double kLabelWidth = 180;  // px at 10 px: where a label wraps
constexpr double kFontPx = 10;

// One line fit for a DOT string: control characters and bytes that are not
// UTF-8 as \xNN text, then `"` and `\` escaped (so `\N`, `\l` and the like
// stay text), and `&` as `&amp;` (Graphviz reads entities such as `&lt;`
// even in a quoted label).
std::string escape_line(std::string_view line) {
  std::string out;
  for (char c : util::escape_control(line)) {
    if (c == '&') {
      out += "&amp;";
      continue;
    }
    if (c == '"' || c == '\\') out += '\\';
    out += c;
  }
  return out;
}

// `text` as a quoted DOT label: its own line breaks kept, each line
// wrapped, lines joined by \n (centred).
std::string label(std::string_view text) {
  std::string flat(text);
  for (char& c : flat) {
    if (c == '\r' || c == '\t') c = ' ';
  }
  std::string out;
  std::string_view rest = flat;
  while (true) {
    const auto end = rest.find('\n');
    for (const auto& line : wrap(rest.substr(0, end), kLabelWidth, kFontPx)) {
      if (!out.empty()) out += "\\n";
      out += escape_line(line);
    }
    if (end == std::string_view::npos) break;
    rest.remove_prefix(end + 1);
  }
  return '"' + out + '"';
}

const char* shape_attributes(Shape shape) {
  switch (shape) {
    case Shape::Terminal:
      return "shape=box, style=\"rounded\"";
    case Shape::Decision:
      return "shape=diamond";
    default:
      return "shape=box";
  }
}

}  // namespace

void write_dot(const model::Repository& repo, const model::Sop& sop, const FlowLabels& labels,
               std::ostream& out) {
  out << "digraph flow {\n  newrank=true;\n  rankdir=TB;\n  node [fontsize=10];\n"
         "  edge [fontsize=9];\n";
  LayoutOptions options;
  options.yes = labels.yes;
  options.no = labels.no;
  const auto [lanes, steps_of_lane, ways, ends] = detail::text_graph(repo, sop, options);
  for (std::size_t l = 0; l < lanes.lanes.size(); ++l) {
    out << fmt::format("  subgraph cluster_{} {{\n    label={};\n", l + 1,
                       label(lanes.lanes[l].name));
    for (int step : steps_of_lane[l]) {
      out << fmt::format("    s{} [{}, label={}];\n", step + 1,
                         shape_attributes(detail::shape_of_step(sop, step)),
                         label(detail::step_text(sop.steps[step])));
      if (ends[step]) {
        out << fmt::format("    e{} [{}, label={}];\n", step + 1, shape_attributes(Shape::Terminal),
                           label(labels.end));
      }
    }
    out << "  }\n";
  }
  for (const auto& way : ways) {
    const auto text = way.label ? " [label=" + label(*way.label) + "]" : std::string();
    out << fmt::format("  s{} -> {}{}{};\n", way.from + 1, way.to_end ? 'e' : 's', way.to + 1,
                       text);
  }
  out << "}\n";
}

}  // namespace tatakerja::flow
