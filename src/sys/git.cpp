#include "tatakerja/sys/git.hpp"

#include <fmt/format.h>

#include "tatakerja/util/error.hpp"
#include "tatakerja/util/process.hpp"

namespace tatakerja::sys {

namespace {

// Runs `argv`; throws util::Failure when git cannot be run at all.
util::Finished run_git(const std::vector<std::string>& argv, const std::filesystem::path& cwd,
                       util::Command::Output output) {
  auto done = util::run({.argv = argv, .cwd = cwd, .output = output});
  if (!done.error.empty()) throw util::Failure("cannot run git: " + done.error);
  if (done.not_found()) {
    throw util::Failure(fmt::format("cannot run `{}` (is git installed?)", fmt::join(argv, " ")));
  }
  return done;
}

}  // namespace

std::string capture(const std::vector<std::string>& argv, const std::filesystem::path& cwd,
                    std::string input) {
  auto done = util::run({.argv = argv,
                         .cwd = cwd,
                         .input = std::move(input),
                         .output = util::Command::Output::Capture});
  if (!done.error.empty()) throw util::Failure("cannot run git: " + done.error);
  if (!done.exited(0)) {
    throw util::Failure(fmt::format("`{}` failed{}", fmt::join(argv, " "),
                                    done.not_found() ? " (is git installed?)" : ""));
  }
  return std::move(done.output);
}

Commit find_commit(const std::string& rev, const std::filesystem::path& cwd) {
  // One git process says both whether `cwd` is in a work tree ("true") and
  // which commit `rev` names; a revision like an option is never asked.
  std::vector<std::string> argv{"git", "rev-parse", "--is-inside-work-tree"};
  if (!rev.starts_with("-")) argv.insert(argv.end(), {"--verify", "--quiet", rev + "^{commit}"});
  auto done = run_git(argv, cwd, util::Command::Output::Capture);
  std::vector<std::string> lines;
  for (std::size_t at = 0; at < done.output.size();) {
    auto end = done.output.find('\n', at);
    if (end == std::string::npos) end = done.output.size();
    std::string line = done.output.substr(at, end - at);
    if (!line.empty() && line.back() == '\r') line.pop_back();
    lines.push_back(std::move(line));
    at = end + 1;
  }
  if (lines.empty() || lines[0] != "true") return {Commit::Found::NotInWorkTree, {}};
  if (!done.exited(0) || lines.size() != 2 || lines[1].empty()) return {};
  return {Commit::Found::Yes, std::move(lines[1])};
}

bool succeeds(const std::vector<std::string>& argv, const std::filesystem::path& cwd) {
  return run_git(argv, cwd, util::Command::Output::Discard).exited(0);
}

}  // namespace tatakerja::sys
