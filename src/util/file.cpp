#include "tatakerja/util/file.hpp"

#include <fcntl.h>
#include <fmt/format.h>
#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstring>
#include <random>

namespace tatakerja::util {

namespace fs = std::filesystem;

namespace {

std::string failed(std::string_view what, const fs::path& path, int error) {
  return fmt::format("{} {}: {}", what, path.string(), std::strerror(error));
}

bool make_folders(const fs::path& folder, std::string& error) {
  fs::path at;
  for (const auto& part : folder) {
    at /= part;
    if (::mkdir(at.c_str(), 0700) == 0 || errno == EEXIST) continue;
    error = failed("cannot create", at, errno);
    return false;
  }
  return true;
}

// A new file beside `path` that no other process can have opened.
int create_unique(const fs::path& path, mode_t mode, fs::path& temp) {
  static std::atomic<unsigned> counter{0};
  std::random_device random;
  const fs::path folder = path.has_parent_path() ? path.parent_path() : fs::path(".");
  for (int attempt = 0; attempt < 16; ++attempt) {
    temp = folder / fmt::format(".{}.{}.{}.{:08x}.tmp", path.filename().string().substr(0, 200),
                                ::getpid(), counter++, random());
    const int fd = ::open(temp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, mode);
    if (fd >= 0 || errno != EEXIST) return fd;
  }
  return -1;
}

// Flushes a folder's entries (the rename) to the disk; some file systems
// cannot, which is no reason to fail.
void sync_folder(const fs::path& folder) {
  const int fd = ::open(folder.empty() ? "." : folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) return;
  ::fsync(fd);
  ::close(fd);
}

}  // namespace

bool write_all(int fd, std::string_view bytes) {
  while (!bytes.empty()) {
    const ssize_t n = ::write(fd, bytes.data(), bytes.size());
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      if (n == 0) errno = EIO;
      return false;
    }
    bytes.remove_prefix(static_cast<std::size_t>(n));
  }
  return true;
}

bool replace_file(const fs::path& path, std::span<const std::string_view> parts, std::string& error,
                  const ReplaceOptions& options) {
  const fs::path folder = path.parent_path();
  if (options.make_folders && !folder.empty() && !make_folders(folder, error)) return false;
  fs::path temp;
  const int fd = create_unique(path, options.mode, temp);
  if (fd < 0) {
    error = failed("cannot write", path, errno);
    return false;
  }
  bool ok = true;
  for (auto part : parts) ok = ok && write_all(fd, part);
  ok = ok && ::fsync(fd) == 0;
  int saved = ok ? 0 : errno;
  if (::close(fd) != 0 && ok) {
    ok = false;
    saved = errno;
  }
  if (ok && ::rename(temp.c_str(), path.c_str()) != 0) {
    ok = false;
    saved = errno;
  }
  if (!ok) {
    ::unlink(temp.c_str());
    error = failed("cannot write", path, saved);
    return false;
  }
  sync_folder(folder);
  return true;
}

}  // namespace tatakerja::util
