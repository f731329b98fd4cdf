// Deciding colour once: --color, NO_COLOR, TERM=dumb and whether the stream
// is a terminal.
#pragma once

#include "tatakerja/app/validate.hpp"

namespace tatakerja::app {

// `fd` is the file descriptor the coloured text goes to.
bool use_color(ColorMode mode, int fd);

bool is_terminal(int fd);

}  // namespace tatakerja::app
