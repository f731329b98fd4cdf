#include "tatakerja/sys/files.hpp"

#include <fmt/format.h>

#include "tatakerja/sys/git.hpp"
#include "tatakerja/util/error.hpp"
#include "tatakerja/util/file.hpp"
#include "tatakerja/util/process.hpp"

namespace tatakerja::sys {

namespace fs = std::filesystem;

namespace {

void split_lines(const std::string& text, std::vector<std::string>& out) {
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find('\0', start);
    if (end == std::string::npos) end = text.size();
    if (end > start) out.push_back(text.substr(start, end - start));
    start = end + 1;
  }
}

}  // namespace

void write_file_atomically(const fs::path& path, std::string_view content) {
  const std::string_view parts[] = {content};
  std::string error;
  if (!util::replace_file(path, parts, error)) throw util::Failure(error);
}

std::vector<std::string> changed_since(const fs::path& root, const std::string& rev) {
  // Asked first, quietly: outside a work tree `git diff` would fall back to
  // comparing two paths and print its whole usage.
  switch (find_commit(rev, root).found) {
    case Commit::Found::Yes:
      break;
    case Commit::Found::NotInWorkTree:
      throw util::Failure(
          fmt::format("--changed-since {}: the repository is not in a git work tree", rev));
    case Commit::Found::NoSuchRevision:
      throw util::Failure(fmt::format("--changed-since {}: git knows no such revision", rev));
  }
  std::vector<std::string> files;
  // -z: names as they are, whatever characters they hold.
  split_lines(capture({"git", "diff", "--name-only", "-z", "--relative", rev, "--"}, root), files);
  split_lines(capture({"git", "ls-files", "-z", "--others", "--exclude-standard"}, root), files);
  return files;
}

}  // namespace tatakerja::sys
