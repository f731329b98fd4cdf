// Loading a repository: find the root, read tatakerja.yaml, discover the
// documents, parse them on all cores, and return the model with every
// problem found on the way (file, line and column each).
#pragma once

#include <filesystem>
#include <functional>
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

// Reads the text of the files numbered `files` (into repo.files) that the
// loader left unread, into their SourceFile::content.
using ContentReader =
    std::function<void(model::Repository& repo, const std::vector<std::uint32_t>& files)>;

struct Loaded {
  model::Repository repo;
  diag::Diagnostics diagnostics;
  bool config_ok = true;  // false: tatakerja.yaml is invalid (the CLI exits 2)
  cache::Report cache;    // what the content cache did, for -v
  // Where read_contents() finds an unread file's text; empty: on disk,
  // under the root. A tree's loader sets it (Tree::fetch).
  ContentReader read_source;
};

// Loads everything under `root`. Throws util::Failure only when the root
// itself cannot be read.
Loaded load_repository(const std::filesystem::path& root, const LoadOptions& options);

// A repository's files held in memory rather than on disk (a git
// revision's tree), paths relative to the root and '/'-separated.
struct TreeFile {
  std::string path;
  std::string content;
  // The git blob's id, when the file is one (the cache then knows it by
  // its id); with `unread`, its content was not read: the cache holds its
  // entry (cache::Session::knows_object), or Tree::fetch reads it.
  std::string object = {};
  bool unread = false;
};

struct Tree {
  std::string name;                   // what it is, for messages ("revision `v1`")
  std::optional<std::string> config;  // tatakerja.yaml's text; none: it has none
  std::vector<TreeFile> files;        // every other file, sorted by path
  // The contents of blobs by their ids, in the order asked; needed when a
  // file is `unread`. Throws util::Failure when they cannot be read.
  using Fetch = std::function<std::vector<std::string>(const std::vector<std::string>& objects)>;
  Fetch fetch = {};
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
// their source lines and the baseline their fingerprints: by `reader`
// (Loaded::read_source), or from the disk when it is empty. A file that
// can no longer be read is left empty.
void read_contents(model::Repository& repo, const diag::Diagnostics& diagnostics,
                   const ContentReader& reader = {});

}  // namespace tatakerja::load
