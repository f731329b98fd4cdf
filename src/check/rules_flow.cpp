// The flow of an SOP's steps: every step reachable from the start, the end
// reachable from every step, decisions with two distinct ways. Linear in
// the number of steps (breadth-first searches, no recursion).
#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <vector>

#include "checks.hpp"

namespace tatakerja::check {

namespace {

using model::FlowTarget;

// The steps a step leads to (at most two); -1 where there is none.
std::array<int, 2> successors(const model::Step& step) {
  std::array<int, 2> out{-1, -1};
  if (step.next_ref.step >= 0) out[0] = step.next_ref.step;
  if (step.is_decision() && step.no_ref.step >= 0) out[1] = step.no_ref.step;
  return out;
}

bool leads_to_end(const model::Step& step) {
  return step.next_ref.step == FlowTarget::kEnd ||
         (step.is_decision() && step.no_ref.step == FlowTarget::kEnd);
}

// A `next`, `yes` or `no` that names no step was reported as
// unknown-reference; the flow is then unknown, so it is not judged.
bool flow_is_known(const model::Sop& sop) {
  for (const auto& step : sop.steps) {
    if (step.next_ref.step == FlowTarget::kUnresolved) return false;
    if (step.is_decision() && step.no && step.no_ref.step == FlowTarget::kUnresolved) return false;
  }
  return true;
}

// Marks every step reachable from `start` that is not marked yet; returns
// how many it marked.
std::size_t mark_from(const model::Sop& sop, int start, std::vector<char>& marked) {
  std::vector<int> queue{start};
  marked[start] = 1;
  for (std::size_t head = 0; head < queue.size(); ++head) {
    for (int next : successors(sop.steps[queue[head]])) {
      if (next < 0 || marked[next]) continue;
      marked[next] = 1;
      queue.push_back(next);
    }
  }
  return queue.size();
}

// Predecessor lists of all steps in one flat array: those of step `i` are
// `from[offset[i]]` to `from[offset[i + 1] - 1]`.
struct Predecessors {
  std::vector<std::size_t> offset;
  std::vector<int> from;
};

Predecessors predecessors_of(const model::Sop& sop) {
  const std::size_t count = sop.steps.size();
  Predecessors result{std::vector<std::size_t>(count + 1, 0), {}};
  auto& offset = result.offset;
  for (const auto& step : sop.steps) {
    for (int next : successors(step)) {
      if (next >= 0) ++offset[next + 1];
    }
  }
  for (std::size_t i = 0; i < count; ++i) offset[i + 1] += offset[i];
  result.from.resize(offset[count]);
  std::vector<std::size_t> fill(offset.begin(), offset.end() - 1);
  for (int i = 0; i < static_cast<int>(count); ++i) {
    for (int next : successors(sop.steps[i])) {
      if (next >= 0) result.from[fill[next]++] = i;
    }
  }
  return result;
}

// Which steps can reach `end`: a breadth-first search backwards from the
// steps that lead to it.
std::vector<char> can_reach_end(const model::Sop& sop) {
  const auto predecessors = predecessors_of(sop);
  std::vector<char> ends(sop.steps.size(), 0);
  std::vector<int> queue;
  auto visit = [&](int step) {
    if (ends[step]) return;
    ends[step] = 1;
    queue.push_back(step);
  };
  for (int i = 0; i < static_cast<int>(sop.steps.size()); ++i) {
    if (leads_to_end(sop.steps[i])) visit(i);
  }
  for (std::size_t head = 0; head < queue.size(); ++head) {
    const int step = queue[head];
    for (std::size_t p = predecessors.offset[step]; p < predecessors.offset[step + 1]; ++p) {
      visit(predecessors.from[p]);
    }
  }
  return ends;
}

template <class Visit>
void for_each_flow(const model::Repository& repo, Visit visit) {
  for (const auto& sop : repo.sops) {
    if (is_checked(sop) && !sop.steps.empty() && flow_is_known(sop)) visit(sop);
  }
}

std::string target_name(const model::Sop& sop, int target) {
  return target == FlowTarget::kEnd ? "`end`" : step_name(sop.steps[target]);
}

}  // namespace

// One diagnostic for each unreachable step that no earlier-reported one
// leads to, counting the unreachable steps it leads to.
void check_flow_unreachable(const model::Repository& repo, const CheckOptions&,
                            Reporter& reporter) {
  for_each_flow(repo, [&](const model::Sop& sop) {
    std::vector<char> marked(sop.steps.size(), 0);
    mark_from(sop, 0, marked);
    for (std::size_t i = 0; i < sop.steps.size(); ++i) {
      if (marked[i]) continue;
      const std::size_t more = mark_from(sop, static_cast<int>(i), marked) - 1;
      const auto& step = sop.steps[i];
      reporter.report(step.loc,
                      more == 0 ? fmt::format("{} cannot be reached from the start: lead a "
                                              "`next`, `yes` or `no` to it, or remove it",
                                              step_name(step))
                                : fmt::format("{} cannot be reached from the start, nor can the "
                                              "{} {} it leads to: lead a `next`, `yes` or `no` "
                                              "to it, or remove it",
                                              step_name(step), more, more == 1 ? "step" : "steps"));
    }
  });
}

// The loop that the stuck step `from` ends in, found by following the
// "yes" ways (a stuck step's `next_ref` is always a stuck step): its first
// step in list order.
int stuck_loop(const model::Sop& sop, int from) {
  std::vector<char> seen(sop.steps.size(), 0);
  int at = from;
  while (!seen[at]) {
    seen[at] = 1;
    at = sop.steps[at].next_ref.step;
  }
  int lowest = at;
  for (int s = sop.steps[at].next_ref.step; s != at; s = sop.steps[s].next_ref.step) {
    lowest = std::min(lowest, s);
  }
  return lowest;
}

// One diagnostic an SOP: at the loop where the first step (in list order)
// that the start reaches, but from which `end` cannot be reached, is caught;
// counting every such step.
void check_flow_no_end(const model::Repository& repo, const CheckOptions&, Reporter& reporter) {
  for_each_flow(repo, [&](const model::Sop& sop) {
    std::vector<char> reached(sop.steps.size(), 0);
    mark_from(sop, 0, reached);
    const auto ends = can_reach_end(sop);
    int first = -1;
    std::size_t stuck = 0;
    for (std::size_t i = 0; i < sop.steps.size(); ++i) {
      if (!reached[i] || ends[i]) continue;
      if (first < 0) first = static_cast<int>(i);
      ++stuck;
    }
    if (first < 0) return;
    const auto& step = sop.steps[stuck_loop(sop, first)];
    std::string others = stuck == 1 ? ""
                                    : fmt::format(" (nor from {} other {})", stuck - 1,
                                                  stuck == 2 ? "step" : "steps");
    reporter.report(step.loc, fmt::format("{} is in a loop with no way out: the procedure can "
                                          "never reach `end` from it{}",
                                          step_name(step), others));
  });
}

void check_flow_decision(const model::Repository& repo, const CheckOptions&, Reporter& reporter) {
  for (const auto& sop : repo.sops) {
    if (!is_checked(sop)) continue;
    for (const auto& step : sop.steps) {
      if (!step.is_decision()) continue;
      if (!step.decision_is_activity && is_blank(step.decision)) {
        reporter.report(step.decision->loc,
                        fmt::format("decision {} has an empty `decision`: write its question, or "
                                    "`true` when the activity itself is the check",
                                    step_name(step)));
      }
      if (!step.no) {
        reporter.report(step.loc, fmt::format("decision {} has no `no`: say where \"Tidak\" goes "
                                              "(a step id or `end`)",
                                              step_name(step)));
      } else if (step.no_ref.step != FlowTarget::kUnresolved &&
                 step.no_ref.step == step.next_ref.step) {
        reporter.report(step.no->loc,
                        fmt::format("both ways of decision {} go to {}: a decision "
                                    "chooses between two ways",
                                    step_name(step), target_name(sop, step.no_ref.step)));
      }
    }
  }
}

}  // namespace tatakerja::check
