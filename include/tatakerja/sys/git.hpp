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

// The commit `rev` names, asked of git in `cwd` in one process (`rev-parse
// --is-inside-work-tree --verify`). Throws util::Failure when git cannot
// run.
struct Commit {
  enum class Found { Yes, NotInWorkTree, NoSuchRevision } found = Found::NoSuchRevision;
  std::string id;  // the full object id, when found
};
Commit find_commit(const std::string& rev, const std::filesystem::path& cwd);

// Runs `argv` in `cwd` with no output at all; true when it exits 0.
// Throws util::Failure when it cannot run.
bool succeeds(const std::vector<std::string>& argv, const std::filesystem::path& cwd);

}  // namespace tatakerja::sys
