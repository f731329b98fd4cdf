// Text helpers that know nothing of SOPs: UTF-8, columns, suggestions.
#pragma once

#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace tatakerja::util {

// The byte offset of the first invalid UTF-8 sequence, or nullopt when the
// text is valid UTF-8 (overlong forms, surrogates and > U+10FFFF are invalid).
std::optional<std::size_t> find_invalid_utf8(std::string_view text);

// Number of Unicode code points in `text` (assumed valid UTF-8).
std::size_t count_code_points(std::string_view text);

// 1-based column (in code points) of byte `offset` within its line.
std::size_t column_of(std::string_view text, std::size_t offset);

// The line (without its end-of-line bytes) numbered `line` (1-based).
std::string_view line_at(std::string_view text, std::size_t line);

// Levenshtein distance over code points, for "did you mean".
std::size_t edit_distance(std::string_view a, std::string_view b);

// The candidate nearest to `word` when it is near enough to be a likely
// typo (distance <= max(1, size/3), or equal ignoring case); else empty.
std::string suggest(std::string_view word, std::span<const std::string_view> candidates);

// `text` folded at spaces into lines of at most `width` code points (a
// longer word has a line of its own); runs of spaces count as one.
std::vector<std::string> wrap(std::string_view text, std::size_t width);

// "; did you mean `GUESS`?" with the guess's control characters escaped
// (it may come from a user's file), or "" when there is no guess.
std::string did_you_mean(std::string_view guess);

// Natural order: runs of ASCII digits compare by their value ("B-2" before
// "B-10"), everything else byte by byte; equal values ("02", "2") then by
// bytes, so the order is total.
bool natural_less(std::string_view a, std::string_view b);

// Case, spacing and punctuation folded, for comparing names as people write
// them: ASCII letters lower-cased, every run of other ASCII characters (but
// digits) one space, none at either end: "Cuti  Tahunan." -> "cuti tahunan".
std::string fold_text(std::string_view text);

// ASCII lower-case copy.
std::string to_lower_ascii(std::string_view text);

// A copy whose first byte, if an ASCII lower-case letter, is upper-case.
std::string upper_first_ascii(std::string_view text);

// Text fit for a terminal or a log: control characters (C0 but tab, ESC
// included; DEL; C1; the bidi embeddings, overrides and isolates U+202A..E
// and U+2066..9) and bytes that are not UTF-8 are shown as \xNN escapes,
// byte by byte, so user text can never drive the terminal or reorder it.
std::string escape_control(std::string_view text);

}  // namespace tatakerja::util
