// `--help` text that fits the terminal: CLI11 2.1's formatter pads the
// option column but never wraps a description, so long ones ran past the
// right edge. parser.cpp's formatter hands its columns to these, which wrap
// descriptions (and the program's description) at word boundaries to the
// terminal's width.
#pragma once

#include <cstddef>
#include <string>

namespace tatakerja::cli {

// The width to wrap help at: COLUMNS if it is a number, else the width of
// the terminal on stdout, else 80; always within 60..120.
std::size_t help_width();

// "  NAME" in the first column (`column` wide), then the description
// wrapped beside it to `width`.
std::string two_columns(const std::string& name, const std::string& description, std::size_t column,
                        std::size_t width);

// Each line of `text` wrapped to `width`, each ending in a newline.
std::string wrapped_lines(const std::string& text, std::size_t width);

}  // namespace tatakerja::cli
