// The wording of a step's activity: no vague phrases, and a clear action
// (plenary review: "the steps are clear").
#include <fmt/format.h>

#include <algorithm>
#include <iterator>
#include <string_view>
#include <vector>

#include "checks.hpp"
#include "tatakerja/util/text.hpp"

namespace tatakerja::check {

namespace {

// Built-in vague phrases (rules.md), folded; "\u2026" is the ellipsis "…".
constexpr std::string_view kVagueId[]{"dll",
                                      "dsb",
                                      "dan lain-lain",
                                      "dan sebagainya",
                                      "sesuai kebutuhan",
                                      "jika perlu",
                                      "seperlunya",
                                      "secukupnya",
                                      "...",
                                      "\u2026",
                                      "tbd"};
constexpr std::string_view kVagueEn[]{"etc", "as needed", "if necessary", "and so on",
                                      "tbd", "...",       "\u2026"};

// Common Indonesian verbs written without a me-/ber-/di-/ter- prefix.
constexpr std::string_view kPlainVerbs[]{
    "buat",      "cetak",    "kirim",      "terima",     "periksa",  "setujui", "tanda",
    "lakukan",   "serahkan", "ambil",      "catat",      "masuk",    "input",   "unggah",
    "ajukan",    "paraf",    "arsipkan",   "verifikasi", "validasi", "koreksi", "scan",
    "entri",     "isi",      "susun",      "tulis",      "hitung",   "teliti",  "tandatangani",
    "sampaikan", "simpan",   "siapkan",    "tetapkan",   "cek",      "proses",  "olah",
    "telaah",    "tinjau",   "kembalikan", "laporkan",   "rekap"};

constexpr std::string_view kVerbPrefixes[]{"me", "ber", "di", "ter"};

bool is_word_byte(char c) {
  const auto u = static_cast<unsigned char>(c);
  return (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') || c == '_' ||
         u >= 0x80;
}

// Lower-case (ASCII) with runs of white space made one space; one pass, one
// allocation (it runs on every step's activity, twice).
std::string fold(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    const bool space = c == ' ' || c == '\t' || c == '\n' || c == '\r';
    if (!space) {
      out += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    } else if (!out.empty() && out.back() != ' ') {
      out += ' ';
    }
  }
  return out;
}

// Whole-word match; a phrase without letters or digits ("...") matches
// anywhere.
bool contains_phrase(std::string_view text, std::string_view phrase) {
  bool wordy = false;
  for (char c : phrase) wordy = wordy || (is_word_byte(c) && static_cast<unsigned char>(c) < 0x80);
  for (auto at = text.find(phrase); at != std::string_view::npos; at = text.find(phrase, at + 1)) {
    if (!wordy) return true;
    const auto end = at + phrase.size();
    const bool left = at == 0 || !is_word_byte(text[at - 1]) || !is_word_byte(phrase.front());
    const bool right =
        end == text.size() || !is_word_byte(text[end]) || !is_word_byte(phrase.back());
    if (left && right) return true;
  }
  return false;
}

std::vector<std::string> vague_phrases(const model::Config& config) {
  std::vector<std::string> phrases;
  auto add = [&](std::string_view phrase) {
    std::string folded = fold(phrase);
    if (folded.empty() || folded == " ") return;
    if (std::find(phrases.begin(), phrases.end(), folded) == phrases.end())
      phrases.push_back(folded);
  };
  if (config.language == model::Language::Id) {
    for (auto phrase : kVagueId) add(phrase);
  } else {
    for (auto phrase : kVagueEn) add(phrase);
  }
  for (const auto& word : config.vague_words) add(word.value);
  return phrases;
}

std::vector<std::string_view> words_of(std::string_view folded) {
  std::vector<std::string_view> words;
  for (std::size_t at = 0; at < folded.size();) {
    auto end = folded.find(' ', at);
    if (end == std::string_view::npos) end = folded.size();
    if (end > at) words.push_back(folded.substr(at, end - at));
    at = end + 1;
  }
  return words;
}

bool is_verb_id(std::string_view word) {
  for (auto prefix : kVerbPrefixes) {
    if (word.size() > prefix.size() && word.starts_with(prefix)) return true;
  }
  return std::find(std::begin(kPlainVerbs), std::end(kPlainVerbs), word) != std::end(kPlainVerbs);
}

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

void check_step_activity_unclear(const model::Repository& repo, const CheckOptions&,
                                 Reporter& reporter) {
  const bool indonesian = repo.config.language == model::Language::Id;
  for_each_activity(repo, [&](const model::Step& step, const model::Text& activity) {
    const std::string text = fold(activity.value);
    const auto words = words_of(text);
    if (words.size() < 3) {
      reporter.report(activity.loc, fmt::format("{}'s activity has fewer than three words: say "
                                                "who does what, to what",
                                                step_name(step)));
    } else if (indonesian && !is_verb_id(words.front())) {
      reporter.report(
          activity.loc,
          fmt::format("{}'s activity begins with `{}`, not a verb: begin with what is "
                      "done (me-, ber-, di-, ter-, or a verb such as `periksa`)",
                      step_name(step), util::escape_control(first_word(activity.value))));
    }
  });
}

}  // namespace tatakerja::check
