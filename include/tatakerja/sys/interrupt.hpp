// What an interrupted render must undo: while a SignalCleanup is alive,
// SIGINT, SIGTERM and SIGHUP first remove the temporary files registered
// here and kill the registered child process group (Chromium), then end the
// process with the same signal, as if there had been no handler. The
// handler only calls async-signal-safe functions (unlinkat, kill, raise).
#pragma once

#include <sys/types.h>

#include <string_view>

namespace tatakerja::sys {

class SignalCleanup {
 public:
  SignalCleanup();   // installs the handlers (nested guards share them)
  ~SignalCleanup();  // restores what was there before
  SignalCleanup(const SignalCleanup&) = delete;
  SignalCleanup& operator=(const SignalCleanup&) = delete;
};

// Registers the file `name` in the folder `dirfd` for removal on a signal;
// returns a slot for untrack_file, or -1 when every slot is taken (the file
// is then still removed by its owner on every normal exit path).
int track_file(int dirfd, std::string_view name);
void untrack_file(int slot);

// The process group to kill on a signal; 0: none.
void track_child_group(pid_t group);

}  // namespace tatakerja::sys
