// Running git in a folder, for the commands that ask it about
// revisions (files.cpp, and app/revision.cpp).
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace tatakerja::sys {

// Runs `argv` in `cwd` and returns its standard output, `input` as its
// standard input; throws util::Failure when it cannot run or fails.
std::string capture(const std::vector<std::string>& argv, const std::filesystem::path& cwd,
                    std::string input = {});

// Runs `argv` in `cwd`: its standard output, whether it failed or not, and
// whether it exited 0. Throws util::Failure when it cannot run.
struct Output {
  std::string text;
  bool ok = false;
};
Output output_of(const std::vector<std::string>& argv, const std::filesystem::path& cwd);

// Runs `argv` in `cwd` with no output at all; true when it exits 0.
// Throws util::Failure when it cannot run.
bool succeeds(const std::vector<std::string>& argv, const std::filesystem::path& cwd);

}  // namespace tatakerja::sys
