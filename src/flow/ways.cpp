// The arrows between an SOP's steps, from the resolved flow (format.md,
// "Flow:"), and each step's shape and text.
#include "layout.hpp"
#include "tatakerja/flow/text.hpp"

namespace tatakerja::flow::detail {

namespace {

// The step an arrow from `from` to `target` is drawn to: -1 for none (an
// unresolved target, or `end`, which the caller handles).
int drawn_target(int target, int count) {
  return target >= 0 && target < count ? target : -1;
}

bool ends(const model::FlowTarget& target) {
  return target.step == model::FlowTarget::kEnd;
}

}  // namespace

std::vector<Way> ways_of(const model::Sop& sop, const LayoutOptions& options) {
  std::vector<Way> ways;
  const int count = static_cast<int>(sop.steps.size());
  ways.reserve(sop.steps.size() + 4);
  for (int i = 0; i < count; ++i) {
    const auto& step = sop.steps[i];
    // A process that goes on to `end` is an end itself: no arrow.
    const int first = drawn_target(step.next_ref.step, count);
    if (!step.is_decision()) {
      if (first >= 0) ways.push_back({i, first, EdgeKind::Next, std::nullopt, false});
      continue;
    }
    const bool own = step.labels.items.size() == 2;
    const auto way = [&](const model::FlowTarget& target, EdgeKind kind, std::string label) {
      const int to = drawn_target(target.step, count);
      if (ends(target)) {
        ways.push_back({i, i, kind, std::move(label), true});
      } else if (to >= 0) {
        ways.push_back({i, to, kind, std::move(label), false});
      }
    };
    way(step.next_ref, EdgeKind::Yes, own ? step.labels.items[0].value : options.yes);
    way(step.no_ref, EdgeKind::No, own ? step.labels.items[1].value : options.no);
  }
  return ways;
}

std::string_view step_text(const model::Step& step) {
  return step.drawn_text();
}

std::string shape_label(const model::Step& step, model::ShapeText shape_text) {
  switch (shape_text) {
    case model::ShapeText::None:
      return {};
    case model::ShapeText::Short:
      return first_words(step_text(step), kShortChars);
    case model::ShapeText::Full:
      break;
  }
  return std::string(step_text(step));
}

Shape shape_of_step(const model::Sop& sop, int step) {
  const auto& s = sop.steps[step];
  if (s.is_decision()) return Shape::Decision;
  const int last = static_cast<int>(sop.steps.size()) - 1;
  const bool ends = s.next_ref.step == model::FlowTarget::kEnd;
  return step == 0 || step == last || ends ? Shape::Terminal : Shape::Process;
}

TextGraph text_graph(const model::Repository& repo, const model::Sop& sop,
                     const LayoutOptions& options) {
  TextGraph graph{assign_lanes(repo, sop), {}, ways_of(sop, options), {}};
  graph.steps_of_lane.resize(graph.lanes.lanes.size());
  for (std::size_t i = 0; i < sop.steps.size(); ++i) {
    graph.steps_of_lane[graph.lanes.lane_of_step[i]].push_back(static_cast<int>(i));
  }
  graph.ends.assign(sop.steps.size(), 0);
  for (const auto& way : graph.ways) {
    if (way.to_end) graph.ends[way.from] = 1;
  }
  return graph;
}

}  // namespace tatakerja::flow::detail
