#include "tatakerja/sys/git.hpp"

#include <fmt/format.h>

#include "tatakerja/util/error.hpp"
#include "tatakerja/util/process.hpp"

namespace tatakerja::sys {

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

Output output_of(const std::vector<std::string>& argv, const std::filesystem::path& cwd) {
  auto done = util::run({.argv = argv, .cwd = cwd, .output = util::Command::Output::Capture});
  if (!done.error.empty()) throw util::Failure("cannot run git: " + done.error);
  if (done.not_found()) {
    throw util::Failure(fmt::format("cannot run `{}` (is git installed?)", fmt::join(argv, " ")));
  }
  return {std::move(done.output), done.exited(0)};
}

bool succeeds(const std::vector<std::string>& argv, const std::filesystem::path& cwd) {
  const auto done = util::run({.argv = argv, .cwd = cwd});
  if (!done.error.empty()) throw util::Failure("cannot run git: " + done.error);
  if (done.not_found()) {
    throw util::Failure(fmt::format("cannot run `{}` (is git installed?)", fmt::join(argv, " ")));
  }
  return done.exited(0);
}

}  // namespace tatakerja::sys
