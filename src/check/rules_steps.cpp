// Clear steps and outputs: an SOP has steps and a final output (its own, or
// that of the step that ends it); each step
// has an actor (pelaksana), an output and a time (mutu baku).
#include <fmt/format.h>

#include "checks.hpp"

namespace tatakerja::check {

namespace {

// Calls `visit(sop, step)` for every step of every checked SOP.
template <class Visit>
void for_each_step(const model::Repository& repo, Visit visit) {
  for (const auto& sop : repo.sops) {
    if (!is_checked(sop)) continue;
    for (const auto& step : sop.steps) visit(sop, step);
  }
}

// Where a missing or blank text is reported: at the blank value when it was
// written, else at `fallback`.
model::Location missing_at(const std::optional<model::Text>& text, model::Location fallback) {
  return text ? text->loc : fallback;
}

}  // namespace

void check_sop_no_steps(const model::Repository& repo, const CheckOptions&, Reporter& reporter) {
  for (const auto& sop : repo.sops) {
    if (!is_checked(sop) || !sop.steps.empty()) continue;
    reporter.report(sop.steps_loc, sop.has_steps_key
                                       ? "`steps` holds no step: an SOP sets out its procedure "
                                         "step by step (uraian prosedur)"
                                       : "no `steps`: an SOP sets out its procedure step by step "
                                         "(uraian prosedur)");
  }
}

// With no `output` of its own, the SOP's final output is that of the step
// that ends its main path (model::final_step); reported there when that
// step has none, and not again by step-output-missing. Without steps,
// sop-no-steps says it all.
void check_sop_output_missing(const model::Repository& repo, const CheckOptions&,
                              Reporter& reporter) {
  for (const auto& sop : repo.sops) {
    if (!is_checked(sop) || sop.steps.empty() || model::final_output(sop)) continue;
    const auto& step = sop.steps[static_cast<std::size_t>(model::final_step(sop))];
    reporter.report(missing_at(step.output, step.loc),
                    fmt::format("{} ends the procedure and has no `output`, so the SOP has no "
                                "final output: give the step its output (or the SOP an "
                                "`output`)",
                                step_name(step)));
  }
}

void check_step_actor_missing(const model::Repository& repo, const CheckOptions&,
                              Reporter& reporter) {
  for_each_step(repo, [&](const model::Sop&, const model::Step& step) {
    if (!is_blank(step.actor)) return;
    reporter.report(missing_at(step.actor, step.loc),
                    fmt::format("{} has no `actor` (pelaksana): every step must have someone "
                                "who answers for it",
                                step_name(step)));
  });
}

void check_step_output_missing(const model::Repository& repo, const CheckOptions&,
                               Reporter& reporter) {
  for_each_step(repo, [&](const model::Sop& sop, const model::Step& step) {
    if (!is_blank(step.output)) return;
    const bool final_missing = !model::final_output(sop);
    if (final_missing && &step == &sop.steps[static_cast<std::size_t>(model::final_step(sop))]) {
      return;  // sop-output-missing reports it
    }
    reporter.report(
        missing_at(step.output, step.loc),
        fmt::format("{} has no `output`: every step must produce something", step_name(step)));
  });
}

void check_step_time_missing(const model::Repository& repo, const CheckOptions&,
                             Reporter& reporter) {
  for_each_step(repo, [&](const model::Sop&, const model::Step& step) {
    if (step.time) return;
    reporter.report(step.loc, fmt::format("{} has no `time` (mutu baku waktu): say how long "
                                          "the step takes",
                                          step_name(step)));
  });
}

}  // namespace tatakerja::check
