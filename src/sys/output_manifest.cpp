// OutputDir: the files it writes, and the manifest that remembers them.
#include <fcntl.h>
#include <fmt/format.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <stdexcept>

#include "tatakerja/sys/output_dir.hpp"
#include "tatakerja/util/error.hpp"
#include "tatakerja/util/fd.hpp"

namespace tatakerja::sys {

namespace {

std::pair<std::string, std::string> split(const std::string& relative) {
  const auto slash = relative.rfind('/');
  if (slash == std::string::npos) return {"", relative};
  return {relative.substr(0, slash), relative.substr(slash + 1)};
}

void require_inside(const std::string& relative) {
  if (!is_inside_path(relative)) {
    throw std::logic_error("output path outside the output folder: " + relative);
  }
}

// The whole of a small file in `dirfd`, or nothing when it is not a regular
// file (a symbolic link is not followed).
std::optional<std::string> read_small_file(int dirfd, const char* name) {
  const int fd = ::openat(dirfd, name, O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK);
  if (fd < 0) return std::nullopt;
  struct stat st {};
  std::optional<std::string> text;
  if (::fstat(fd, &st) == 0 && S_ISREG(st.st_mode)) {
    text.emplace();
    util::read_to_end(fd, *text);
  }
  ::close(fd);
  return text;
}

}  // namespace

void OutputDir::read_manifest() {
  const auto text = read_small_file(root_, kManifestName);
  if (!text) return;
  std::size_t start = 0;
  while (start < text->size()) {
    auto end = text->find('\n', start);
    if (end == std::string::npos) end = text->size();
    std::string line = text->substr(start, end - start);
    start = end + 1;
    // A line that leads outside (edited by hand) is never acted on.
    if (is_inside_path(line)) previous_.insert(std::move(line));
  }
  // Temporary files a killed run left in the folders it was writing.
  for (const auto& path : previous_) existing_folder(split(path).first);
}

void OutputDir::prepare(const std::vector<std::string>& relatives) {
  std::set<std::string> planned;
  for (const auto& relative : relatives) {
    require_inside(relative);
    const auto [folder_path, name] = split(relative);
    const int fd = folder(folder_path, true);
    struct stat st {};
    if (::fstatat(fd, name.c_str(), &st, AT_SYMLINK_NOFOLLOW) == 0 && S_ISDIR(st.st_mode)) {
      throw util::Failure(
          fmt::format("cannot write {}: a folder of that name is in the way", shown(relative)));
    }
    planned.insert(relative);
  }
  if (std::includes(previous_.begin(), previous_.end(), planned.begin(), planned.end())) return;
  std::set<std::string> both = previous_;
  both.insert(planned.begin(), planned.end());
  write_manifest(both);
  previous_ = std::move(both);
}

PendingFile OutputDir::pending(const std::string& relative, const std::string& suffix) {
  require_inside(relative);
  const auto [folder_path, name] = split(relative);
  const int fd = folder(folder_path, true);
  written_.insert(relative);
  return PendingFile(fd, path_ / folder_path, name, shown(relative), suffix);
}

PendingFile OutputDir::scratch(const std::string& relative, const std::string& suffix) {
  require_inside(relative);
  const auto [folder_path, name] = split(relative);
  const int fd = folder(folder_path, true);
  return PendingFile(fd, path_ / folder_path, name, shown(relative), suffix);
}

void OutputDir::write(const std::string& relative, const std::function<void(std::ostream&)>& fill) {
  auto file = pending(relative);
  fill(file.stream());
  file.commit();
}

void OutputDir::write_manifest(const std::set<std::string>& paths) {
  PendingFile file(root_, path_, kManifestName, shown(kManifestName), "");
  auto& out = file.stream();
  for (const auto& path : paths) out << path << '\n';
  file.commit();
}

std::size_t OutputDir::remove_stale() {
  std::size_t removed = 0;
  std::set<std::string> emptied;
  for (const auto& path : previous_) {
    if (written_.count(path)) continue;
    const auto [folder_path, name] = split(path);
    const int fd = existing_folder(folder_path);
    struct stat st {};
    if (fd < 0 || ::fstatat(fd, name.c_str(), &st, AT_SYMLINK_NOFOLLOW) != 0) continue;
    if (!S_ISREG(st.st_mode) && !S_ISLNK(st.st_mode)) continue;
    if (::unlinkat(fd, name.c_str(), 0) != 0) {
      throw util::Failure(fmt::format("cannot remove {}: {}", shown(path), std::strerror(errno)));
    }
    ++removed;
    for (auto f = folder_path; !f.empty(); f = split(f).first) emptied.insert(f);
  }
  // Folders left empty go too, the deepest first; one that holds anything stays.
  std::vector<std::string> folders(emptied.begin(), emptied.end());
  std::sort(folders.begin(), folders.end(), [](const auto& a, const auto& b) {
    return std::count(a.begin(), a.end(), '/') > std::count(b.begin(), b.end(), '/');
  });
  for (const auto& f : folders) {
    const auto [parent, name] = split(f);
    const int fd = existing_folder(parent);
    if (fd >= 0) ::unlinkat(fd, name.c_str(), AT_REMOVEDIR);
  }
  return removed;
}

std::size_t OutputDir::finish() {
  const std::size_t removed = remove_stale();
  write_manifest(written_);
  previous_ = written_;
  return removed;
}

}  // namespace tatakerja::sys
