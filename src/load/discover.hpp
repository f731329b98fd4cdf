// Internal: finding the document files under the root.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "tatakerja/model/config.hpp"

namespace tatakerja::load {

struct FoundFile {
  std::string path;     // relative to the root, '/'-separated
  std::string problem;  // empty: a regular file to read; else why it cannot be
};

// Walks `root` for files matching the include globs and no exclude glob.
// Hidden files and folders are skipped, as are sub-folders holding their own
// tatakerja.yaml. Symlinks are followed only to targets inside the root, and
// never twice to one folder; a file reached twice is read once. The result
// is sorted by path.
std::vector<FoundFile> discover(const std::filesystem::path& root, const model::Config& config);

// The same choice over a listing of files (a git revision's, relative to
// the root, '/'-separated): `included[i]` is true for the files that are
// documents. Hidden files and folders, tatakerja.yaml itself, and folders
// holding their own tatakerja.yaml are left out.
std::vector<bool> discover_listed(const std::vector<std::string>& paths,
                                  const model::Config& config);

}  // namespace tatakerja::load
