// Reading a file descriptor to its end: the one loop that the loader, the
// cache, the manifest and the child-process helper share.
#pragma once

#include <string>

namespace tatakerja::util {

// Appends what is left to read from `fd` to `out`, retrying when a signal
// interrupts a read. Returns false on a read error (errno tells which);
// what was read before it stays in `out`.
bool read_to_end(int fd, std::string& out);

}  // namespace tatakerja::util
