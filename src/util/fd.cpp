#include "tatakerja/util/fd.hpp"

#include <unistd.h>

#include <cerrno>

namespace tatakerja::util {

bool read_to_end(int fd, std::string& out) {
  char buffer[65536];
  for (;;) {
    const ssize_t n = ::read(fd, buffer, sizeof buffer);
    if (n == 0) return true;
    if (n < 0) {
      if (errno == EINTR) continue;
      return false;
    }
    out.append(buffer, static_cast<std::size_t>(n));
  }
}

}  // namespace tatakerja::util
