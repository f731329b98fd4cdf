// Writing output files whole or not at all, and asking git what changed.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace tatakerja::sys {

// Writes `content` to a temporary file beside `path`, then renames it over
// `path`: readers see the old file or the new one, never half of one.
// Throws util::Failure when it cannot.
void write_file_atomically(const std::filesystem::path& path, std::string_view content);

// Files changed since `rev` (committed, staged, unstaged and untracked),
// relative to `root`. Throws util::Failure when git fails.
std::vector<std::string> changed_since(const std::filesystem::path& root, const std::string& rev);

}  // namespace tatakerja::sys
