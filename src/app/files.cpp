#include "tatakerja/app/files.hpp"

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <fmt/format.h>

#include "tatakerja/util/error.hpp"
#include "tatakerja/util/fd.hpp"

namespace tatakerja::app {

namespace fs = std::filesystem;

namespace {

bool write_all(int fd, std::string_view content) {
  while (!content.empty()) {
    const ssize_t n = ::write(fd, content.data(), content.size());
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    content.remove_prefix(static_cast<std::size_t>(n));
  }
  return true;
}

// In a forked child: runs `argv` in `cwd`, or exits 127 (as a shell does
// for a command it cannot run).
[[noreturn]] void exec_in(const std::vector<std::string>& argv, const fs::path& cwd) {
  if (::chdir(cwd.c_str()) != 0) ::_exit(127);
  std::vector<char*> args;
  for (const auto& a : argv) args.push_back(const_cast<char*>(a.c_str()));
  args.push_back(nullptr);
  ::execvp(args[0], args.data());
  ::_exit(127);
}

// Runs `argv` in `cwd` and returns its standard output; throws on failure.
std::string capture(const std::vector<std::string>& argv, const fs::path& cwd) {
  int out[2];
  if (::pipe(out) != 0) throw util::Failure("cannot run git: pipe failed");
  const pid_t pid = ::fork();
  if (pid < 0) throw util::Failure("cannot run git: fork failed");
  if (pid == 0) {
    ::dup2(out[1], 1);
    ::close(out[0]);
    ::close(out[1]);
    const int devnull = ::open("/dev/null", O_RDWR);
    if (devnull >= 0) ::dup2(devnull, 0);
    exec_in(argv, cwd);
  }
  ::close(out[1]);
  std::string text;
  util::read_to_end(out[0], text);  // a read error: the exit status decides
  ::close(out[0]);
  int status = 0;
  while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
  }
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
    throw util::Failure(fmt::format("`{}` failed{}", fmt::join(argv, " "),
                                    WIFEXITED(status) && WEXITSTATUS(status) == 127
                                        ? " (is git installed?)"
                                        : ""));
  }
  return text;
}

// Runs `argv` in `cwd` with no output at all; true when it exits 0.
bool succeeds(const std::vector<std::string>& argv, const fs::path& cwd) {
  const pid_t pid = ::fork();
  if (pid < 0) throw util::Failure("cannot run git: fork failed");
  if (pid == 0) {
    const int devnull = ::open("/dev/null", O_RDWR);
    if (devnull >= 0) {
      ::dup2(devnull, 0);
      ::dup2(devnull, 1);
      ::dup2(devnull, 2);
    }
    exec_in(argv, cwd);
  }
  int status = 0;
  while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
  }
  if (WIFEXITED(status) && WEXITSTATUS(status) == 127) {
    throw util::Failure(fmt::format("cannot run `{}` (is git installed?)", fmt::join(argv, " ")));
  }
  return WIFEXITED(status) && WEXITSTATUS(status) == 0;
}

void split_lines(const std::string& text, std::vector<std::string>& out) {
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find('\0', start);
    if (end == std::string::npos) end = text.size();
    if (end > start) out.push_back(text.substr(start, end - start));
    start = end + 1;
  }
}

}  // namespace

void write_file_atomically(const fs::path& path, std::string_view content) {
  const fs::path folder = path.has_parent_path() ? path.parent_path() : fs::path(".");
  std::string temp = (folder / ("." + path.filename().string() + ".tmp-XXXXXX")).string();
  const int fd = ::mkstemp(temp.data());
  if (fd < 0) {
    throw util::Failure(fmt::format("cannot write {}: {}", path.string(), std::strerror(errno)));
  }
  const bool ok = write_all(fd, content) && ::fsync(fd) == 0;
  const int saved = errno;
  ::fchmod(fd, 0644);
  ::close(fd);
  if (!ok || ::rename(temp.c_str(), path.c_str()) != 0) {
    const int error = ok ? errno : saved;
    ::unlink(temp.c_str());
    throw util::Failure(fmt::format("cannot write {}: {}", path.string(), std::strerror(error)));
  }
}

std::vector<std::string> changed_since(const fs::path& root, const std::string& rev) {
  // Asked first, quietly: outside a work tree `git diff` would fall back to
  // comparing two paths and print its whole usage.
  if (!succeeds({"git", "rev-parse", "--is-inside-work-tree"}, root)) {
    throw util::Failure(fmt::format("--changed-since {}: the repository is not in a git work tree",
                                    rev));
  }
  if (!succeeds({"git", "rev-parse", "--verify", "--quiet", rev + "^{commit}"}, root)) {
    throw util::Failure(fmt::format("--changed-since {}: git knows no such revision", rev));
  }
  std::vector<std::string> files;
  // -z: names as they are, whatever characters they hold.
  split_lines(capture({"git", "diff", "--name-only", "-z", "--relative", rev, "--"}, root), files);
  split_lines(capture({"git", "ls-files", "-z", "--others", "--exclude-standard"}, root), files);
  return files;
}

}  // namespace tatakerja::app
