// Loading a repository: find the root, read tatakerja.yaml, discover the
// documents, parse them on all cores, and return the model with every
// problem found on the way (file, line and column each).
#pragma once

#include <filesystem>
#include <optional>
#include <string_view>
#include <vector>

#include "tatakerja/cache/session.hpp"
#include "tatakerja/diag/diagnostic.hpp"
#include "tatakerja/model/repository.hpp"

namespace tatakerja::load {

inline constexpr std::string_view kConfigName = "tatakerja.yaml";

// The folder holding tatakerja.yaml: `explicit_root` when given (it must
// hold one), else the nearest one upwards from `start` (a file or folder).
// Throws util::Failure when there is none.
std::filesystem::path find_root(const std::optional<std::filesystem::path>& explicit_root,
                                const std::filesystem::path& start);

// Reads tatakerja.yaml's text (file number `file`); problems are reported
// under rule `config`.
model::Config read_config(std::string_view text, std::uint32_t file, diag::Diagnostics& out);

struct LoadOptions {
  unsigned jobs = 0;  // threads for parsing; 0: all cores
  // The content cache's folder (cache/session.hpp); none: no cache. Only
  // parsing is skipped: the result is the same with or without it.
  std::optional<std::filesystem::path> cache_dir{};
  // A session shared with another load (diff reads two revisions through
  // one): used instead of cache_dir, and left for the caller to finish. A
  // load whose settings do not fit it (cache::Session::fits) goes uncached.
  cache::Session* session = nullptr;
};

struct Loaded {
  model::Repository repo;
  diag::Diagnostics diagnostics;
  bool config_ok = true;  // false: tatakerja.yaml is invalid (the CLI exits 2)
  cache::Report cache;    // what the content cache did, for -v
};

// Loads everything under `root`. Throws util::Failure only when the root
// itself cannot be read.
Loaded load_repository(const std::filesystem::path& root, const LoadOptions& options);

// A repository's files held in memory rather than on disk (a git
// revision's tree), paths relative to the root and '/'-separated.
struct TreeFile {
  std::string path;
  std::string content;
};

struct Tree {
  std::string name;                   // what it is, for messages ("revision `v1`")
  std::optional<std::string> config;  // tatakerja.yaml's text; none: it has none
  std::vector<TreeFile> files;        // every other file, sorted by path
};

// Loads `tree` as load_repository() loads the folder `root`: the same
// choice of documents, the same parse, the same cache (by content: a file
// unchanged from the working tree is not parsed again). No logo is read.
// Throws util::Failure when the tree holds no tatakerja.yaml.
Loaded load_tree(const std::filesystem::path& root, Tree tree, const LoadOptions& options);

// Reads `handbook.logo` into repo.logo; a file that is missing, outside the
// root, too large, or neither PNG nor SVG is reported (unknown-reference).
void read_logo(const std::filesystem::path& root, model::Repository& repo, diag::Diagnostics& out);

// Reads the text of the files that `diagnostics` name and that the cache
// let the loader skip (SourceFile::content_read), so that reports can show
// their source lines and the baseline their fingerprints. A file that can
// no longer be read is left empty.
void read_contents(model::Repository& repo, const diag::Diagnostics& diagnostics);

}  // namespace tatakerja::load
