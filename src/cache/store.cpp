#include "tatakerja/cache/store.hpp"

#include <fcntl.h>
#include <fmt/format.h>
#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstring>
#include <random>

#include "tatakerja/cache/hash.hpp"
#include "tatakerja/cache/pack.hpp"
#include "tatakerja/util/fd.hpp"
#include "tatakerja/util/file.hpp"

namespace tatakerja::cache {

namespace fs = std::filesystem;

namespace {

std::string system_error(std::string_view what, const fs::path& path) {
  return fmt::format("{} {}: {}", what, path.string(), std::strerror(errno));
}

}  // namespace

fs::path pack_path(const fs::path& folder, const fs::path& root) {
  std::error_code ec;
  fs::path absolute = fs::absolute(root, ec);
  if (ec) absolute = root;
  return folder / "v1" / (hex(hash128(absolute.lexically_normal().string())) + ".pack");
}

bool is_inside(const fs::path& folder, const fs::path& root) {
  std::error_code ec;
  const fs::path f = fs::weakly_canonical(fs::absolute(folder, ec), ec);
  const fs::path r = fs::weakly_canonical(fs::absolute(root, ec), ec);
  auto fi = f.begin();
  for (auto ri = r.begin(); ri != r.end(); ++ri, ++fi) {
    if (ri->empty()) continue;  // a trailing separator
    if (fi == f.end() || *fi != *ri) return false;
  }
  return true;
}

bool read_whole(const fs::path& path, std::string& bytes, std::string& error) {
  bytes.clear();
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    if (errno == ENOENT) return true;
    error = system_error("cannot open", path);
    return false;
  }
  struct stat st {};
  if (::fstat(fd, &st) == 0 && st.st_size > 0) bytes.reserve(static_cast<std::size_t>(st.st_size));
  if (!util::read_to_end(fd, bytes)) {
    error = system_error("cannot read", path);
    ::close(fd);
    return false;
  }
  ::close(fd);
  return true;
}

bool replace_file(const fs::path& path, std::span<const std::string_view> parts,
                  std::string& error) {
  return util::replace_file(path, parts, error, {.mode = 0600, .make_folders = true});
}

namespace {

// The first bytes of a pack: enough for its header.
std::string head_of(const fs::path& path) {
  std::string bytes(64 * 1024, '\0');
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK);
  if (fd < 0) return {};
  const ssize_t n = ::read(fd, bytes.data(), bytes.size());
  ::close(fd);
  bytes.resize(n > 0 ? static_cast<std::size_t>(n) : 0);
  return bytes;
}

bool older_than(const struct stat& st, std::chrono::system_clock::time_point now,
                std::chrono::seconds age) {
  const auto written =
      std::chrono::system_clock::time_point(std::chrono::seconds(st.st_mtim.tv_sec));
  return now - written > age;
}

bool repository_gone(const std::string& root) {
  struct stat st {};
  return ::stat((fs::path(root) / "tatakerja.yaml").c_str(), &st) != 0 && errno == ENOENT;
}

}  // namespace

void prune(const fs::path& folder, const fs::path& keep,
           std::chrono::system_clock::time_point now) {
  using namespace std::chrono_literals;
  std::error_code ec;
  for (fs::directory_iterator it(folder, ec), end; !ec && it != end; it.increment(ec)) {
    const fs::path& path = it->path();
    struct stat st {};
    if (path == keep || ::lstat(path.c_str(), &st) != 0 || !S_ISREG(st.st_mode)) continue;
    const std::string name = path.filename().string();
    bool remove = false;
    if (name.ends_with(".tmp")) {
      remove = older_than(st, now, 1h);
    } else if (name.ends_with(".pack")) {
      const auto root = pack_root(head_of(path));
      remove = root ? !root->empty() && repository_gone(*root) : older_than(st, now, 24h * 30);
    }
    if (remove) ::unlink(path.c_str());
  }
}

}  // namespace tatakerja::cache
