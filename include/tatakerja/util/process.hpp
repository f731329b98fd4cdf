// Running a child process: the one fork/exec that git and Chromium share.
// Its standard input is /dev/null or the given bytes; what happens to its
// output is chosen; it may get a process group of its own, killed whole when it is
// done or runs out of time (Chromium leaves helpers behind).
#pragma once

#include <sys/types.h>

#include <chrono>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace tatakerja::util {

struct Command {
  std::vector<std::string> argv{};  // argv[0] is looked up on PATH unless it holds a '/'
  std::filesystem::path cwd{};      // empty: this process's folder
  std::string input{};  // its standard input (read from memory, never a pipe); empty: /dev/null
  enum class Output { Discard, Capture, Log } output = Output::Discard;
  std::filesystem::path log{};  // Output::Log: stdout and stderr go here (made, mode 0600)
  bool own_group = false;       // a process group of its own, killed whole at the end
  std::optional<std::chrono::milliseconds> timeout{};  // not with Output::Capture
  std::function<void(pid_t)> started{};                // called in this process once it runs
};

struct Finished {
  std::string error{};          // not empty: it could not be started (fork or pipe failed)
  bool timed_out = false;       // killed after `timeout`
  int status = 0;               // the wait status
  std::string output{};         // Output::Capture: its standard output
  bool exited(int code) const;  // it exited, with `code`
  bool not_found() const { return exited(127); }  // could not be run (as a shell says)
};

// Runs `command` to its end (or its timeout).
Finished run(const Command& command);

}  // namespace tatakerja::util
