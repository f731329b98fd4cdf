// Deciding colour once: --color, NO_COLOR, TERM=dumb and whether the stream
// is a terminal.
#pragma once

namespace tatakerja::sys {

enum class ColorMode { Auto, Always, Never };

// `fd` is the file descriptor the coloured text goes to.
bool use_color(ColorMode mode, int fd);

bool is_terminal(int fd);

}  // namespace tatakerja::sys
