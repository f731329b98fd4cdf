// The cache on disk: where a repository's pack lives, reading it whole and
// replacing it whole, so that a reader only ever sees a whole pack.
#pragma once

#include <chrono>
#include <filesystem>
#include <span>
#include <string>
#include <string_view>

namespace tatakerja::cache {

// `folder`/v1/<XXH3-128 of the absolute root, in hex>.pack
std::filesystem::path pack_path(const std::filesystem::path& folder,
                                const std::filesystem::path& root);

// True when `folder` is `root` or lies under it, symbolic links resolved
// as far as the folders exist.
bool is_inside(const std::filesystem::path& folder, const std::filesystem::path& root);

// Reads the whole file; a missing one reads as empty. False (with `error`)
// when it exists but cannot be read.
bool read_whole(const std::filesystem::path& path, std::string& bytes, std::string& error);

// util::replace_file for a pack: mode 0600, missing folders made (mode
// 0700), flushed to the disk before and after the rename.
bool replace_file(const std::filesystem::path& path, std::span<const std::string_view> parts,
                  std::string& error);

// Tidies the cache folder after a pack was written (`keep`, left alone):
// removes temporary files older than an hour (left by a run killed while
// writing), packs of this format whose repository no longer exists (no
// tatakerja.yaml at the root their header names), and packs of any other
// format not written for 30 days. Never fails: what cannot be removed
// stays.
void prune(const std::filesystem::path& folder, const std::filesystem::path& keep,
           std::chrono::system_clock::time_point now);

}  // namespace tatakerja::cache
