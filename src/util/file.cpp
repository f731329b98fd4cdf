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

namespace {

// The new file beside `path` (its folders made first when asked), open for
// writing; -1 with `error` when it cannot be made.
int open_temp(const fs::path& path, const ReplaceOptions& options, fs::path& temp,
              std::string& error) {
  const fs::path folder = path.parent_path();
  if (options.make_folders && !folder.empty() && !make_folders(folder, error)) return -1;
  const int fd = create_unique(path, options.mode, temp);
  if (fd < 0) error = failed("cannot write", path, errno);
  return fd;
}

// Finishes the new file `temp`, open as `fd`, whose bytes were all written
// when `ok` (else errno says why not): flushed to the disk, closed and
// renamed over `path`; removed when anything failed.
bool finish(int fd, const fs::path& temp, const fs::path& path, bool ok, std::string& error,
            bool keep_existing = false) {
  ok = ok && ::fsync(fd) == 0;
  int saved = ok ? 0 : errno;
  if (::close(fd) != 0 && ok) {
    ok = false;
    saved = errno;
  }
  if (ok && keep_existing) {  // link() never replaces what is there, a symbolic link included
    if (::link(temp.c_str(), path.c_str()) != 0) {
      ok = false;
      saved = errno;
    } else {
      ::unlink(temp.c_str());
    }
  } else if (ok && ::rename(temp.c_str(), path.c_str()) != 0) {
    ok = false;
    saved = errno;
  }
  if (!ok) {
    ::unlink(temp.c_str());
    error = failed("cannot write", path, saved);
    return false;
  }
  sync_folder(path.parent_path());
  return true;
}

}  // namespace

bool replace_file(const fs::path& path, std::span<const std::string_view> parts, std::string& error,
                  const ReplaceOptions& options) {
  fs::path temp;
  const int fd = open_temp(path, options, temp, error);
  if (fd < 0) return false;
  bool ok = true;
  for (auto part : parts) ok = ok && write_all(fd, part);
  return finish(fd, temp, path, ok, error, options.keep_existing);
}

bool replace_file_with(const fs::path& path, const FileWriter& write, std::string& error,
                       const ReplaceOptions& options) {
  fs::path temp;
  int fd = open_temp(path, options, temp, error);
  if (fd < 0) return false;
  ::close(fd);
  std::string why;
  bool written = false;
  try {
    written = write(temp, why);
  } catch (...) {
    ::unlink(temp.c_str());
    throw;
  }
  if (!written) {
    ::unlink(temp.c_str());
    error = fmt::format("cannot write {}: {}", path.string(), why);
    return false;
  }
  // Opened again only to flush what the writer wrote; never through a link.
  fd = ::open(temp.c_str(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
  if (fd < 0) {
    const int saved = errno;
    ::unlink(temp.c_str());
    error = failed("cannot write", path, saved);
    return false;
  }
  return finish(fd, temp, path, true, error);
}

}  // namespace tatakerja::util
