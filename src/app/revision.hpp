// A git revision of the repository, read from git's objects without
// checking anything out: for diff (and render --changes).
#pragma once

#include <filesystem>
#include <optional>
#include <string>

#include "tatakerja/load/loader.hpp"

namespace tatakerja::app {

// The commit `rev` names, as its full id. Throws util::Failure when the root
// is not in a git work tree or git knows no such revision (`option` names
// what asked, for the message: "diff").
std::string resolve_revision(const std::filesystem::path& root, const std::string& rev,
                             const std::string& option);

// What diff compares the working tree with when given no revision: the
// merge base of HEAD and its upstream branch when it has one, else HEAD.
std::string default_base(const std::filesystem::path& root);

// The text of tatakerja.yaml at `root` in `commit`, when it has one: one
// git process, so that what needs the settings need not wait for the whole
// listing (diff opens the cache with them).
std::optional<std::string> read_config_at(const std::filesystem::path& root,
                                          const std::string& commit);

// The files under `root` (relative to it) as they are in `commit`: every
// regular file, sorted by path, with its blob id. Symlinks and submodules
// are left out. Only tatakerja.yaml is read here; the others are `unread`,
// and the tree's fetch reads any of them in one git process (the loader
// reads those it chooses and the cache does not know). Two git processes.
load::Tree read_revision(const std::filesystem::path& root, const std::string& commit,
                         const std::string& name);

}  // namespace tatakerja::app
