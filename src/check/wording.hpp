// Internal: the words of a step's activity, as the wording rules read them
// (rules_wording.cpp, rules_conditions.cpp): folding, whole-word phrases,
// Indonesian verb and noun forms, and "does it begin with its own actor".
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "tatakerja/model/repository.hpp"

namespace tatakerja::check::wording {

// Lower-case (ASCII) with runs of white space made one space.
std::string fold(std::string_view text);

// The space-separated words of a folded text.
std::vector<std::string_view> words_of(std::string_view folded);

// A word with the punctuation around it stripped: "(jika" -> "jika",
// "formulir," -> "formulir". Inner punctuation stays ("lain-lain").
std::string_view bare(std::string_view word);

// Whole-word match in a folded text; a phrase without letters or digits
// ("...") matches anywhere.
bool contains_phrase(std::string_view folded, std::string_view phrase);

// The vague phrases of the repository's language, built in and from
// `vague_words`, folded (step-vague-wording).
std::vector<std::string> vague_phrases(const model::Config& config);

// `id`: a word that opens a condition ("jika", "apabila", "bila", "bilamana",
// "kalau", "jikalau").
bool is_condition_id(std::string_view word);

// `id`: a verb form (me-, ber-, di-, ter-, or a common verb written bare).
bool is_verb_id(std::string_view word);

// `id`: a nominalisation, pe-…-an, per-…-an or ke-…-an ("pengajuan",
// "perbaikan", "kelengkapan"), that is not one of the common verbs.
bool is_nominal_id(std::string_view word);

// The names a step's actor goes by: a position's name and id, an outside
// actor as written, else the actor as written (unresolved).
std::vector<std::string> actor_names(const model::Repository& repo, const model::Step& step);

// How many leading words of `words` (bare, folded) name the step's actor:
// as written or abbreviated (see actor_prefix.cpp), optionally after a
// generic word such as "petugas"; 0 when they do not.
std::size_t actor_prefix(const std::vector<std::string>& names,
                         const std::vector<std::string_view>& words);

}  // namespace tatakerja::check::wording
