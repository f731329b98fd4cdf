#include "tatakerja/sys/terminal.hpp"

#include <unistd.h>

#include <cstdlib>
#include <string_view>

namespace tatakerja::sys {

bool is_terminal(int fd) {
  return ::isatty(fd) == 1;
}

bool use_color(ColorMode mode, int fd) {
  if (mode == ColorMode::Always) return true;
  if (mode == ColorMode::Never) return false;
  const char* no_color = std::getenv("NO_COLOR");
  if (no_color && *no_color) return false;
  const char* term = std::getenv("TERM");
  if (term && std::string_view(term) == "dumb") return false;
  return is_terminal(fd);
}

}  // namespace tatakerja::sys
