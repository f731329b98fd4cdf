// SOPs stay within their duties: an SOP is written for each duty that a
// position was given, never more SOPs than duties, and once.
#include <fmt/format.h>
#include <fmt/ranges.h>

#include <cstdint>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "checks.hpp"
#include "tatakerja/diag/rules.hpp"
#include "tatakerja/model/actor.hpp"
#include "tatakerja/util/text.hpp"

namespace tatakerja::check {

namespace {

// A member of `ref`'s Role that names no position but is a likely typo of
// `id` (unknown-reference reports it): so that one typo is reported once.
bool misspelt_member(const model::Repository& repo, const model::ActorRef& ref,
                     std::string_view id) {
  if (ref.type != model::ActorRef::Type::Role) return false;
  const std::string_view candidates[] = {id};
  for (const auto& member : repo.roles[static_cast<std::size_t>(ref.index)].members.items) {
    if (!repo.position_index.contains(member.value) &&
        !util::suggest(member.value, candidates).empty()) {
      return true;
    }
  }
  return false;
}

// The position is a step's actor, or a member of a Role that is.
bool acts_in_steps(const model::Repository& repo, const model::Sop& sop, int position) {
  const std::string_view id = repo.positions[static_cast<std::size_t>(position)].doc.id.value;
  for (const auto& step : sop.steps) {
    if (model::acts_as(repo, step.actor_ref, position)) return true;
    if (misspelt_member(repo, step.actor_ref, id)) return true;
  }
  return false;
}

std::uint64_t pair_key(int first, int later) {
  return static_cast<std::uint64_t>(first) << 32 | static_cast<std::uint32_t>(later);
}

struct Claim {
  int sop = -1;
  model::DutyRef via;  // the entry of its `duties` that claimed the duty
};

// What a `duties` entry carries out: its duty, and the subtasks of a duty
// that has them.
std::vector<model::DutyRef> claimed_by(const model::Repository& repo, model::DutyRef ref) {
  std::vector<model::DutyRef> out;
  for (int d : model::leaf_duties(repo.positions[ref.position], ref.duty)) {
    out.push_back({ref.position, d});
  }
  if (out.size() > 1 || out[0].duty != ref.duty) out.insert(out.begin(), ref);
  return out;
}

std::string duplicate_message(const model::Repository& repo, model::DutyRef ref,
                              model::DutyRef duty, const Claim& first) {
  const std::string sop = shown(repo.sops[first.sop].doc.id.value);
  if (duty == ref && first.via == ref) {
    return fmt::format(
        "duty `{}` is carried out by SOP `{}` already: an SOP is written once "
        "(\"SOP dibuat sekali\")",
        duty_name(repo, ref), sop);
  }
  if (duty == ref) {
    return fmt::format(
        "duty `{}` is carried out by SOP `{}` already, as part of `{}`: an SOP is "
        "written once (\"SOP dibuat sekali\")",
        duty_name(repo, ref), sop, duty_name(repo, first.via));
  }
  return fmt::format(
      "duty `{}` includes `{}`, which SOP `{}` carries out already: an SOP is "
      "written once (\"SOP dibuat sekali\")",
      duty_name(repo, ref), duty_name(repo, duty), sop);
}

// Same duty in two SOPs (an SOP for a duty with subtasks carries out each of
// them): reported once an entry, at the later SOP's duty entry.
void duplicate_duties(const model::Repository& repo, std::unordered_set<std::uint64_t>& pairs,
                      Reporter& reporter) {
  std::unordered_map<std::uint64_t, Claim> first_sop;
  for (int s = 0; s < static_cast<int>(repo.sops.size()); ++s) {
    const auto& sop = repo.sops[s];
    if (!is_checked(sop)) continue;
    for (std::size_t i = 0; i < sop.duty_refs.size(); ++i) {
      const auto ref = sop.duty_refs[i];
      if (ref.position < 0) continue;
      bool reported = false;
      for (const auto duty : claimed_by(repo, ref)) {
        auto [it, inserted] = first_sop.emplace(duty_key(duty), Claim{s, ref});
        if (inserted || it->second.sop == s || reported) continue;
        reported = true;
        pairs.insert(pair_key(it->second.sop, s));
        reporter.report(sop.duties.items[i].loc, duplicate_message(repo, ref, duty, it->second));
      }
    }
  }
}

// Same folded title: reported at the later SOP's title, unless the pair was
// reported for a shared duty already.
void duplicate_titles(const model::Repository& repo, const std::unordered_set<std::uint64_t>& pairs,
                      Reporter& reporter) {
  std::unordered_map<std::string, int> first_sop;
  for (int s = 0; s < static_cast<int>(repo.sops.size()); ++s) {
    const auto& sop = repo.sops[s];
    if (!is_checked(sop)) continue;
    std::string folded = util::fold_text(sop.title.value);
    if (folded.empty()) continue;
    auto [it, inserted] = first_sop.emplace(std::move(folded), s);
    if (inserted || pairs.contains(pair_key(it->second, s))) continue;
    reporter.report(sop.title.loc,
                    fmt::format("the title is the same as SOP `{}`'s once case, spacing and "
                                "punctuation are folded: an SOP is written once (\"SOP dibuat "
                                "sekali\")",
                                shown(repo.sops[it->second].doc.id.value)));
  }
}

}  // namespace

void check_sop_without_duty(const model::Repository& repo, const CheckOptions&,
                            Reporter& reporter) {
  for (const auto& sop : repo.sops) {
    if (!is_checked(sop) || !sop.duties.items.empty()) continue;
    reporter.report(sop.duties.loc, sop.duties.present
                                        ? "`duties` is empty: an SOP carries out a duty of a "
                                          "position (\"SOP dibuat untuk setiap tugas jabatan\")"
                                        : "no `duties`: an SOP carries out a duty of a position "
                                          "(\"SOP dibuat untuk setiap tugas jabatan\")");
  }
}

void check_sop_duty_not_owned(const model::Repository& repo, const CheckOptions&,
                              Reporter& reporter) {
  for (const auto& sop : repo.sops) {
    if (!is_checked(sop) || (sop.owner && sop.owner_ref < 0)) continue;
    for (std::size_t i = 0; i < sop.duty_refs.size(); ++i) {
      const auto ref = sop.duty_refs[i];
      if (ref.position < 0 || ref.position == sop.owner_ref) continue;
      const std::string holder = shown(repo.positions[ref.position].doc.id.value);
      if (sop.owner) {
        reporter.report(sop.duties.items[i].loc,
                        fmt::format("duty `{}` belongs to `{}`, not to the owner `{}`: an SOP "
                                    "carries out its owner's own duties",
                                    duty_name(repo, ref), holder, shown(sop.owner->value)));
      } else if (!acts_in_steps(repo, sop, ref.position)) {
        reporter.report(sop.duties.items[i].loc,
                        fmt::format("`{}` acts in none of the steps, yet the SOP carries out its "
                                    "duty `{}`: give the SOP an `owner`, or a step to `{}`",
                                    holder, duty_name(repo, ref), holder));
      }
    }
  }
}

void check_sop_count_exceeds_duties(const model::Repository& repo, const CheckOptions&,
                                    Reporter& reporter) {
  std::vector<std::size_t> owned(repo.positions.size(), 0);
  for (const auto& sop : repo.sops) {
    if (!is_checked(sop) || sop.owner_ref < 0) continue;
    const auto& position = repo.positions[sop.owner_ref];
    const std::size_t before = owned[sop.owner_ref]++;
    // A position without duties is position-without-duties' problem. A duty
    // with subtasks counts as its subtasks: each may have an SOP.
    const std::size_t duties = leaf_duty_count(position);
    if (position.duties.empty() || before < duties) continue;
    reporter.report(
        sop.owner->loc,
        fmt::format("`{}` has {} {} and answers for {} {} before this one: a "
                    "position has no more SOPs than duties",
                    shown(position.doc.id.value), duties, duties == 1 ? "duty" : "duties", before,
                    before == 1 ? "SOP" : "SOPs"));
  }
}

void check_sop_duplicate(const model::Repository& repo, const CheckOptions&, Reporter& reporter) {
  std::unordered_set<std::uint64_t> reported_pairs;
  duplicate_duties(repo, reported_pairs, reporter);
  duplicate_titles(repo, reported_pairs, reporter);
}

// One finding a position, at its `duties` key, naming every duty that no SOP
// carries out and that is not marked `sop: none`: an Anjab loaded before its
// SOPs gives a worklist of positions, not a line a duty.
void check_duty_without_sop(const model::Repository& repo, const CheckOptions&,
                            Reporter& reporter) {
  std::unordered_set<std::uint64_t> carried;
  for (const auto& sop : repo.sops) {
    if (!is_checked(sop)) continue;
    for (const auto ref : sop.duty_refs) {
      if (ref.position >= 0) carried.insert(duty_key(ref));
    }
  }
  for (int p = 0; p < static_cast<int>(repo.positions.size()); ++p) {
    const auto& position = repo.positions[p];
    if (!is_first_of_id(repo.position_index, position.doc, p)) continue;  // duplicate-id
    const auto repeated = repeated_duties(position);
    std::vector<char> named(position.duties.size(), 0);
    for (int d = 0; d < static_cast<int>(position.duties.size()); ++d) {
      const auto& duty = position.duties[d];
      named[d] = repeated[d] || duty.needs_no_sop() || carried.contains(duty_key({p, d}));
    }
    std::vector<std::string> uncovered;
    for (int d : uncovered_duties(position, covered_duties(position, std::move(named)))) {
      uncovered.push_back(fmt::format("`{}`", shown(position.duties[d].id.value)));
    }
    if (uncovered.empty()) continue;
    diag::Diagnostic finding = diag::make(
        diag::rules::kDutyWithoutSop, position.duties_loc,
        fmt::format("`{}` has {} {} that no SOP carries out: {}; write an SOP for each "
                    "(\"SOP dibuat untuk setiap tugas jabatan\"), or mark a duty that needs none "
                    "`sop: none` with a `sop_reason`",
                    shown(position.doc.id.value), uncovered.size(),
                    uncovered.size() == 1 ? "duty" : "duties", fmt::join(uncovered, ", ")));
    finding.end_line = finding.loc.line;  // about the `duties` key
    finding.end_column = finding.loc.column + 6;
    reporter.report(std::move(finding));
  }
}

}  // namespace tatakerja::check
