// Where an Indonesian word may be broken with a hyphen, by a simple
// syllable rule that knows nothing of SOPs: handbook.md lets no word be
// broken inside a symbol or a cell except at a syllable boundary.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace tatakerja::util {

// The byte offsets inside `word` where a hyphen may go, in increasing
// order. Syllables follow the V/CV/CVC pattern of Indonesian: between two
// vowels one consonant starts the next syllable (ba-ca), two are split
// (ram-but), of three or more the first closes the syllable (in-struk-si);
// the digraphs ng, ny, kh and sy count as one consonant (me-nyam-pai-kan,
// meng-gan-ti, ma-sya-ra-kat). Adjacent vowels are never split (so
// diphthongs stay whole), only ASCII letters count (a digit, a mark or any
// other character ends a run of letters, and nothing is split across it),
// and each part keeps at least two letters of its run.
std::vector<std::size_t> syllable_breaks(std::string_view word);

}  // namespace tatakerja::util
