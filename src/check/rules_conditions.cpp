// A condition hidden in a process step ("Jika terdapat halangan, …",
// "(jika tidak lengkap)"): the check should be a decision step with its two
// ways, so that the flowchart shows what happens either way.
#include <fmt/format.h>

#include <string>
#include <string_view>
#include <vector>

#include "checks.hpp"
#include "tatakerja/util/text.hpp"
#include "wording.hpp"

namespace tatakerja::check {

namespace {

// Steps that a decision leads to: their condition names the way taken
// ("Mengembalikan berkas (jika tidak lengkap)" after "Berkas lengkap?").
std::vector<bool> ways_out_of_decisions(const model::Sop& sop) {
  std::vector<bool> out(sop.steps.size(), false);
  for (const auto& step : sop.steps) {
    if (!step.is_decision()) continue;
    for (const auto target : {step.next_ref.step, step.no_ref.step}) {
      if (target >= 0 && static_cast<std::size_t>(target) < out.size()) out[target] = true;
    }
  }
  return out;
}

// True when the vague phrase at `words[i]` is step-vague-wording's ("jika
// perlu", "if necessary"): one finding a problem.
bool starts_vague_phrase(const std::vector<std::string_view>& words, std::size_t i,
                         const std::vector<std::string>& vague) {
  std::string rest;
  for (std::size_t j = i; j < words.size() && j < i + 4; ++j) {
    rest += (j > i ? " " : "");
    rest += words[j];
  }
  for (const auto& phrase : vague) {
    if (rest.starts_with(phrase) && wording::contains_phrase(rest, phrase)) return true;
  }
  return false;
}

bool is_negation_en(std::string_view word) {
  return word == "not" || word == "no" || word.ends_with("n't");
}

// The condition word the activity holds, as folded, or empty.
std::string_view condition_in(const std::vector<std::string_view>& words, bool indonesian,
                              const std::vector<std::string>& vague) {
  for (std::size_t i = 0; i < words.size(); ++i) {
    const std::string_view w = wording::bare(words[i]);
    const bool opens = indonesian ? wording::is_condition_id(w) : (w == "if" || w == "unless");
    if (opens && !starts_vague_phrase(words, i, vague)) return w;
    if (!indonesian && w == "when") {
      for (std::size_t j = i + 1; j < words.size(); ++j) {
        if (is_negation_en(wording::bare(words[j]))) return "when … not";
      }
    }
  }
  return {};
}

}  // namespace

void check_step_hidden_decision(const model::Repository& repo, const CheckOptions&,
                                Reporter& reporter) {
  const bool indonesian = repo.config.language == model::Language::Id;
  const auto vague = wording::vague_phrases(repo.config);
  for (const auto& sop : repo.sops) {
    if (!is_checked(sop)) continue;
    const auto decided = ways_out_of_decisions(sop);
    for (std::size_t s = 0; s < sop.steps.size(); ++s) {
      const auto& step = sop.steps[s];
      if (step.is_decision() || decided[s] || is_blank(step.activity)) continue;
      const std::string text = wording::fold(step.activity->value);
      const auto found = condition_in(wording::words_of(text), indonesian, vague);
      if (found.empty()) continue;
      reporter.report(step.activity->loc,
                      fmt::format("{} is a process step, yet its activity holds a condition "
                                  "(`{}`): make the check a decision step (`decision:`, `no:`) "
                                  "so that both ways are drawn",
                                  step_name(step), util::escape_control(found)));
    }
  }
}

}  // namespace tatakerja::check
