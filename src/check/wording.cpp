// The words of an activity: folding, whole-word phrases, and the Indonesian
// verb and noun forms that the wording rules tell apart.
#include "wording.hpp"

#include <algorithm>
#include <iterator>

namespace tatakerja::check::wording {

namespace {

// Common Indonesian verbs written without a me-/ber-/di-/ter- prefix, and
// per-…-kan imperatives that would read as nouns.
constexpr std::string_view kPlainVerbs[]{
    "buat",       "cetak",         "kirim",    "terima",       "periksa",    "setujui",
    "tanda",      "lakukan",       "serahkan", "ambil",        "catat",      "masuk",
    "input",      "unggah",        "ajukan",   "paraf",        "arsipkan",   "verifikasi",
    "validasi",   "koreksi",       "scan",     "entri",        "isi",        "susun",
    "tulis",      "hitung",        "teliti",   "tandatangani", "sampaikan",  "simpan",
    "siapkan",    "tetapkan",      "cek",      "proses",       "olah",       "telaah",
    "tinjau",     "kembalikan",    "laporkan", "rekap",        "persiapkan", "perbaiki",
    "perhatikan", "pertimbangkan", "perbarui", "kerjakan"};

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

// Words that open a condition (step-hidden-decision); matched as whole words,
// so "bilangan" and "kalaupun" are not "bila" and "kalau".
constexpr std::string_view kConditionsId[]{"jika",     "apabila", "bila",
                                           "bilamana", "kalau",   "jikalau"};

constexpr std::string_view kVerbPrefixes[]{"me", "ber", "di", "ter"};

bool is_word_byte(char c) {
  const auto u = static_cast<unsigned char>(c);
  return (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') || c == '_' ||
         u >= 0x80;
}

bool is_plain_verb(std::string_view word) {
  return std::find(std::begin(kPlainVerbs), std::end(kPlainVerbs), word) != std::end(kPlainVerbs);
}

}  // namespace

// One pass, one allocation (it runs on every step's activity, more than once).
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

std::string_view bare(std::string_view word) {
  std::size_t begin = 0, end = word.size();
  while (begin < end && !is_word_byte(word[begin])) ++begin;
  while (end > begin && !is_word_byte(word[end - 1])) --end;
  return word.substr(begin, end - begin);
}

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

bool is_verb_id(std::string_view word) {
  for (auto prefix : kVerbPrefixes) {
    if (word.size() > prefix.size() && word.starts_with(prefix)) return true;
  }
  return is_plain_verb(word);
}

bool is_condition_id(std::string_view word) {
  return std::find(std::begin(kConditionsId), std::end(kConditionsId), word) !=
         std::end(kConditionsId);
}

bool is_nominal_id(std::string_view word) {
  constexpr std::size_t kShortest = 7;  // "pesanan", "kegiatan"; not "pesan", "kawan"
  if (word.size() < kShortest || !word.ends_with("an") || is_plain_verb(word)) return false;
  return word.starts_with("pe") || word.starts_with("ke");
}

}  // namespace tatakerja::check::wording
