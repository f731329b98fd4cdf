// "Pemohon mengisi formulir", "Kasubbag TU memeriksa berkas": an activity
// that begins with who does it, then a verb, is as clear as one that begins
// with the verb. This file decides whether the first words name the step's
// own actor.
//
// The rule (rules.md, "Decisions"): the first words of the activity, each
// case-folded, spell words of the actor's name in order, from any of its
// words on. An activity word stands for one or more consecutive name words:
// the word itself ("Umum" for Subbagian Umum, "Pemohon"), or an
// abbreviation made the way Indonesian offices make them, one piece a name
// word, each piece starting with that word's first letter and keeping its
// letters in order: "Kasubbag" = Ka-subbag (Kepala Subbagian), "Kasubag",
// "TU" = T-U (Tata Usaha), "Kasi", "Penmad" = Pen-mad (Pendidikan
// Madrasah), "Kakankemenag" = Ka-kan-kemen-ag. A position goes by its name
// and by its id ("kasubbag-tu"); a generic word ("Petugas", "Staf",
// "Operator" …) may come first. The words must be followed by a verb, so a
// noun that happens to abbreviate the lane ("Surat …") still needs one.
#include <algorithm>
#include <array>
#include <string>

#include "wording.hpp"

namespace tatakerja::check::wording {

namespace {

constexpr std::array<std::string_view, 9> kGenericActors{
    "petugas", "staf", "staff", "pegawai", "pejabat", "operator", "admin", "tim", "pelaksana"};

constexpr std::size_t kMaxNameWords = 6;  // activity words spent on a name, at most

std::vector<std::string> split_name(std::string_view name) {
  std::vector<std::string> words;
  std::string word;
  for (char c : fold(name)) {
    const auto u = static_cast<unsigned char>(c);
    if ((u >= 'a' && u <= 'z') || (u >= '0' && u <= '9') || u >= 0x80) {
      word += c;
    } else if (!word.empty()) {
      words.push_back(std::move(word));
      word.clear();
    }
  }
  if (!word.empty()) words.push_back(std::move(word));
  return words;
}

bool is_subsequence(std::string_view piece, std::string_view word) {
  std::size_t at = 0;
  for (char c : piece) {
    at = word.find(c, at);
    if (at == std::string_view::npos) return false;
    ++at;
  }
  return true;
}

// `w` from `pos` is cut into one piece for each name word k..last.
bool covers(std::string_view w, std::size_t pos, const std::vector<std::string>& name,
            std::size_t k, std::size_t last) {
  if (k > last) return pos == w.size();
  const std::string& target = name[k];
  for (std::size_t end = pos + 1; end + (last - k) <= w.size(); ++end) {
    const std::string_view piece = w.substr(pos, end - pos);
    if (piece[0] != target[0]) return false;
    if (is_subsequence(piece, target) && covers(w, end, name, k + 1, last)) return true;
  }
  return false;
}

// Activity words from `a` spell name words from `i` on, then a verb: the
// number of words before that verb, else 0.
std::size_t spell(const std::vector<std::string_view>& words, std::size_t a, std::size_t first,
                  const std::vector<std::string>& name, std::size_t i) {
  if (a > first && a < words.size() && is_verb_id(bare(words[a]))) return a;
  if (a >= words.size() || a - first >= kMaxNameWords || i >= name.size()) return 0;
  const std::string_view w = bare(words[a]);
  if (w.size() < 2) return 0;
  for (std::size_t last = i; last < name.size(); ++last) {
    if (!covers(w, 0, name, i, last)) continue;
    if (const auto n = spell(words, a + 1, first, name, last + 1)) return n;
  }
  return 0;
}

}  // namespace

std::vector<std::string> actor_names(const model::Repository& repo, const model::Step& step) {
  using Type = model::ActorRef::Type;
  const auto& ref = step.actor_ref;
  std::vector<std::string> names;
  switch (ref.type) {
    case Type::Position:
      names.push_back(repo.positions[ref.index].name.value);
      names.push_back(repo.positions[ref.index].doc.id.value);
      break;
    case Type::Role:
      names.push_back(repo.roles[ref.index].name.value);
      names.push_back(repo.roles[ref.index].doc.id.value);
      break;
    case Type::External:
    case Type::Unresolved:
      break;
  }
  if (step.actor) names.push_back(step.actor->value);  // as written: an outsider's text
  return names;
}

std::size_t actor_prefix(const std::vector<std::string>& names,
                         const std::vector<std::string_view>& words) {
  std::size_t first = 0;
  if (!words.empty() && std::find(kGenericActors.begin(), kGenericActors.end(), bare(words[0])) !=
                            kGenericActors.end()) {
    if (words.size() > 1 && is_verb_id(bare(words[1]))) return 1;
    first = 1;
  }
  for (const auto& written : names) {
    const auto name = split_name(written);
    for (std::size_t i = 0; i < name.size(); ++i) {
      if (const auto n = spell(words, first, first, name, i)) return n;
    }
  }
  return 0;
}

}  // namespace tatakerja::check::wording
