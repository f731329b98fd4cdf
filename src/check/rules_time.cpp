// The times along an SOP's main path (rules.md; model::main_path(), which
// the book's Jumlah row walks too).
// sop-time-exceeds-standard: the owner's own steps, along the main path,
// take no longer than the standard time (norma waktu) of the duties the SOP
// carries out (Permenpan-RB 1/2020 for the standard time, 35/2012 for the
// step times).
// sop-total-time: the `total_time` the document prints is the sum of the
// step times along the main path (a range counts with its upper end).
#include <fmt/format.h>

#include <optional>
#include <vector>

#include "checks.hpp"
#include "tatakerja/model/main_path.hpp"

namespace tatakerja::check {

namespace {

// The summed standard time of the SOP's duties; nullopt when a duty is
// unresolved or has none (the comparison would mean nothing).
std::optional<model::Duration> standard_time(const model::Repository& repo, const model::Sop& sop) {
  if (sop.duty_refs.empty()) return std::nullopt;
  model::Duration total;
  for (const auto ref : sop.duty_refs) {
    if (ref.position < 0) return std::nullopt;
    const auto& duty = repo.positions[ref.position].duties[ref.duty];
    if (!duty.standard_time || !duty.standard_time->valid) return std::nullopt;
    total.seconds += duty.standard_time->value.seconds;
  }
  return total;
}

// The time of the owner's steps along the main path; nullopt when one of
// those times could not be read.
std::optional<model::Duration> owner_time_on_main_path(const model::Sop& sop) {
  model::Duration total;
  for (int at : model::main_path(sop).steps) {
    const auto& step = sop.steps[at];
    const bool owners = step.actor_ref.type == model::ActorRef::Type::Position &&
                        step.actor_ref.index == sop.owner_ref;
    if (owners && step.time && !step.time->valid) return std::nullopt;
    if (owners && step.time) total.seconds += step.time->value.seconds;
  }
  return total;
}

}  // namespace

void check_sop_time_exceeds_standard(const model::Repository& repo, const CheckOptions&,
                                     Reporter& reporter) {
  for (const auto& sop : repo.sops) {
    if (!is_checked(sop) || sop.owner_ref < 0) continue;
    const auto standard = standard_time(repo, sop);
    if (!standard) continue;
    const auto taken = owner_time_on_main_path(sop);
    if (!taken || *taken <= *standard) continue;
    reporter.report(sop.duties.loc,
                    fmt::format("the steps of the owner `{}` take {} along the main path, longer "
                                "than the {} `standard_time` of the duties carried out: shorten "
                                "the steps or revise the standard time",
                                shown(repo.positions[sop.owner_ref].doc.id.value),
                                format_duration(*taken), format_duration(*standard)));
  }
}

void check_sop_total_time(const model::Repository& repo, const CheckOptions&, Reporter& reporter) {
  for (const auto& sop : repo.sops) {
    const auto* stated = model::readable(sop.total_time);
    if (!is_checked(sop) || !stated) continue;
    const auto summed = model::time_on_main_path(sop);
    if (!summed || *summed == *stated) continue;
    reporter.report(
        sop.total_time->loc,
        fmt::format("`total_time` is `{}` ({}), but the step times along the main path "
                    "add up to {}: correct the total or the step times",
                    shown(stated->written), format_duration(*stated), format_duration(*summed)));
  }
}

}  // namespace tatakerja::check
