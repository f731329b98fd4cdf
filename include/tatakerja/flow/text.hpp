// Measuring and wrapping text without a font engine, for the flowchart and
// the procedure table alike: a conservative estimate of how wide text is
// drawn, so that text wrapped here never overflows the shape or the cell
// it is drawn in, in any common sans-serif font.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace tatakerja::flow {

// Width in px of `text` at `font_px` (an upper bound over DejaVu Sans,
// Liberation Sans and Arial: per code point, by character class).
double text_width(std::string_view text, double font_px);

// `text` broken into lines no wider than `width_px` at `font_px`: at spaces
// and after '-' and '/'; a word wider than a line is broken only at a
// syllable boundary (util::syllable_breaks), with a '-' ending the line, and
// a part that still does not fit overflows its line rather than being
// broken anywhere else. Runs of white space count as one space; an empty
// text gives no lines. Never loses a character other than the white space
// it breaks at.
std::vector<std::string> wrap(std::string_view text, double width_px, double font_px);

// The first words of `text` (split at white space), as many as fit in
// `max_chars` code points with the spaces between them, and "…" after the
// last when words are left out; the first word always, however long. Runs
// of white space count as one space. `handbook.shape_text: short`.
std::string first_words(std::string_view text, std::size_t max_chars);

}  // namespace tatakerja::flow
