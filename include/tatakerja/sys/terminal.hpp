// Deciding colour once: --color, NO_COLOR, TERM=dumb and whether the stream
// is a terminal.
#pragma once

#include "tatakerja/util/choice.hpp"

namespace tatakerja::sys {

enum class ColorMode { Auto, Always, Never };
inline constexpr util::Spellings<ColorMode, 3> kColorModes{{
    {ColorMode::Auto, "auto"},
    {ColorMode::Always, "always"},
    {ColorMode::Never, "never"},
}};

// `fd` is the file descriptor the coloured text goes to.
bool use_color(ColorMode mode, int fd);

bool is_terminal(int fd);

}  // namespace tatakerja::sys
