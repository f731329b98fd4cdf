#include "tatakerja/util/process.hpp"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <thread>

#include "tatakerja/util/fd.hpp"

namespace tatakerja::util {

namespace {

// In the forked child: only async-signal-safe calls from here on.
[[noreturn]] void exec_child(const Command& command, char* const* argv, int in, int out) {
  if (command.own_group) ::setpgid(0, 0);
  if (!command.cwd.empty() && ::chdir(command.cwd.c_str()) != 0) ::_exit(127);
  const int null = ::open("/dev/null", O_RDWR);
  if (null < 0) ::_exit(127);
  ::dup2(in >= 0 ? in : null, 0);
  if (out < 0) out = null;
  ::dup2(out, 1);
  ::dup2(command.output == Command::Output::Log ? out : null, 2);
  if (std::strchr(argv[0], '/')) {
    ::execv(argv[0], argv);
  } else {
    ::execvp(argv[0], argv);
  }
  ::_exit(127);
}

int wait_plainly(pid_t pid) {
  int status = 0;
  while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
  }
  return status;
}

// Waits for `pid`, polling, until `timeout`; kills its group then.
std::optional<int> wait_until(pid_t pid, std::chrono::milliseconds timeout) {
  const auto end = std::chrono::steady_clock::now() + timeout;
  int status = 0;
  for (;;) {
    const pid_t done = ::waitpid(pid, &status, WNOHANG);
    if (done == pid || (done < 0 && errno != EINTR)) return status;
    if (std::chrono::steady_clock::now() >= end) return std::nullopt;
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
}

// The bytes as a file in memory, at its start, for a child's standard
// input: a pipe would need a writer beside the reader of its output, and a
// file on disk a place to put it. -1 when it cannot be made.
int input_file(const std::string& input) {
  const int fd = ::memfd_create("tatakerja-input", MFD_CLOEXEC);
  if (fd < 0) return -1;
  std::string_view rest = input;
  while (!rest.empty()) {
    const ssize_t n = ::write(fd, rest.data(), rest.size());
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      ::close(fd);
      return -1;
    }
    rest.remove_prefix(static_cast<std::size_t>(n));
  }
  if (::lseek(fd, 0, SEEK_SET) != 0) {
    ::close(fd);
    return -1;
  }
  return fd;
}

}  // namespace

bool Finished::exited(int code) const {
  return error.empty() && !timed_out && WIFEXITED(status) && WEXITSTATUS(status) == code;
}

Finished run(const Command& command) {
  Finished finished;
  std::vector<char*> argv;  // made before fork: the child must not allocate
  for (const auto& a : command.argv) argv.push_back(const_cast<char*>(a.c_str()));
  argv.push_back(nullptr);
  int pipe_fds[2] = {-1, -1};
  int out = -1;
  const int in = command.input.empty() ? -1 : input_file(command.input);
  if (!command.input.empty() && in < 0) return {std::string("memfd: ") + std::strerror(errno)};
  if (command.output == Command::Output::Capture) {
    if (::pipe2(pipe_fds, O_CLOEXEC) != 0) {
      const int error = errno;
      if (in >= 0) ::close(in);
      return {std::string("pipe: ") + std::strerror(error)};
    }
    out = pipe_fds[1];
  } else if (command.output == Command::Output::Log) {
    out = ::open(command.log.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (out < 0) {
      const int error = errno;
      if (in >= 0) ::close(in);
      return {std::string("cannot open its log: ") + std::strerror(error)};
    }
  }
  const pid_t pid = ::fork();
  if (pid == 0) exec_child(command, argv.data(), in, out);
  const int fork_error = errno;
  if (out >= 0) ::close(out);
  if (in >= 0) ::close(in);
  if (pid < 0) {
    if (pipe_fds[0] >= 0) ::close(pipe_fds[0]);
    return {std::string("fork: ") + std::strerror(fork_error)};
  }
  if (command.own_group) ::setpgid(pid, pid);  // as the child does: whichever runs first
  if (command.started) command.started(pid);
  if (pipe_fds[0] >= 0) {
    read_to_end(pipe_fds[0], finished.output);  // a read error: the exit status decides
    ::close(pipe_fds[0]);
  }
  if (command.timeout) {
    const auto status = wait_until(pid, *command.timeout);
    finished.timed_out = !status;
    if (!status) ::kill(command.own_group ? -pid : pid, SIGKILL);
    finished.status = status ? *status : wait_plainly(pid);
  } else {
    finished.status = wait_plainly(pid);
  }
  if (command.own_group) ::kill(-pid, SIGKILL);  // what it may have left running
  return finished;
}

}  // namespace tatakerja::util
