// The wording of a step's activity: no vague phrases, and a clear action
// (plenary review: "the steps are clear").
#include <fmt/format.h>

#include <algorithm>
#include <iterator>
#include <string_view>
#include <vector>

#include "checks.hpp"
#include "tatakerja/util/text.hpp"
#include "wording.hpp"

namespace tatakerja::check {

using wording::contains_phrase;
using wording::fold;
using wording::vague_phrases;
using wording::words_of;

namespace {

// The first word as written, for messages.
std::string_view first_word(std::string_view text) {
  const auto start = text.find_first_not_of(" \t\r\n");
  const auto end = text.find_first_of(" \t\r\n", start);
  return text.substr(start, end == std::string_view::npos ? end : end - start);
}

template <class Visit>
void for_each_activity(const model::Repository& repo, Visit visit) {
  for (const auto& sop : repo.sops) {
    if (!is_checked(sop)) continue;
    for (const auto& step : sop.steps) {
      if (!is_blank(step.activity)) visit(step, *step.activity);
    }
  }
}

}  // namespace

void check_step_vague_wording(const model::Repository& repo, const CheckOptions&,
                              Reporter& reporter) {
  const auto phrases = vague_phrases(repo.config);
  for_each_activity(repo, [&](const model::Step& step, const model::Text& activity) {
    const std::string text = fold(activity.value);
    std::string found;
    for (const auto& phrase : phrases) {
      if (!contains_phrase(text, phrase)) continue;
      found += fmt::format("{}`{}`", found.empty() ? "" : ", ", util::escape_control(phrase));
    }
    if (found.empty()) return;
    reporter.report(activity.loc, fmt::format("{}'s activity uses vague wording ({}): say "
                                              "exactly what is done",
                                              step_name(step), found));
  });
}

namespace {

// What is left to step-activity-unclear once the other rules had their say:
// a nominalisation is step-activity-nominal's, a condition word
// step-hidden-decision's (or, on a decision step, the check itself), and
// "Pemohon mengisi …" begins with its own actor and then a verb, and
// "Surat usulan ditandatangani …" with what is worked on and then a passive
// verb (di-, ter-): the object-first form offices write, as clear as any.
bool begins_clearly_id(const model::Repository& repo, const model::Step& step,
                       const std::vector<std::string_view>& words) {
  const std::string_view first = wording::bare(words.front());
  if (wording::is_verb_id(first) || wording::is_nominal_id(first)) return true;
  if (wording::is_condition_id(first) || (step.is_decision() && first == "apakah")) return true;
  // Words that begin like a passive verb and are not one ("naskah dinas").
  static constexpr std::string_view kNotPassive[] = {
      "dinas",     "diri",     "dirinya",    "digital",  "diklat",   "direktur", "direktorat",
      "disposisi", "diskusi",  "distribusi", "diagram",  "dimana",   "diantara", "terhadap",
      "terkait",   "tertentu", "tersebut",   "terakhir", "termasuk", "terbaru",  "ternyata"};
  constexpr std::size_t kObjectWords = 4;  // "Jadwal kegiatan Walikota diterima"
  for (std::size_t i = 1; i < words.size() && i <= kObjectWords; ++i) {
    const std::string_view word = wording::bare(words[i]);
    if (!word.starts_with("di") && !word.starts_with("ter")) continue;
    if (std::find(std::begin(kNotPassive), std::end(kNotPassive), word) != std::end(kNotPassive)) {
      continue;
    }
    if (wording::is_verb_id(word)) return true;
  }
  return wording::actor_prefix(wording::actor_names(repo, step), words) > 0;
}

}  // namespace

void check_step_activity_unclear(const model::Repository& repo, const CheckOptions&,
                                 Reporter& reporter) {
  const bool indonesian = repo.config.language == model::Language::Id;
  for_each_activity(repo, [&](const model::Step& step, const model::Text& activity) {
    const std::string text = fold(activity.value);
    const auto words = words_of(text);
    if (words.size() < 2) {
      reporter.report(activity.loc, fmt::format("{}'s activity is a single word: say what is "
                                                "done, to what",
                                                step_name(step)));
    } else if (indonesian && !begins_clearly_id(repo, step, words)) {
      reporter.report(
          activity.loc,
          fmt::format("{}'s activity begins with `{}`, not a verb: begin with what is "
                      "done (me-, ber-, di-, ter-, or a verb such as `periksa`), or with who "
                      "does it and then the verb (`Pemohon mengisi …`)",
                      step_name(step), util::escape_control(first_word(activity.value))));
    }
  });
}

void check_step_activity_nominal(const model::Repository& repo, const CheckOptions&,
                                 Reporter& reporter) {
  if (repo.config.language != model::Language::Id) return;
  for_each_activity(repo, [&](const model::Step& step, const model::Text& activity) {
    const std::string text = fold(activity.value);
    const auto words = words_of(text);
    if (words.empty() || !wording::is_nominal_id(wording::bare(words.front()))) return;
    reporter.report(activity.loc,
                    fmt::format("{}'s activity begins with the noun `{}`: the active form "
                                "(me-…, e.g. `Mengajukan` for `Pengajuan`) says what is done",
                                step_name(step), util::escape_control(first_word(activity.value))));
  });
}

}  // namespace tatakerja::check
