#include "tatakerja/sys/output_dir.hpp"

#include <dirent.h>
#include <fcntl.h>
#include <fmt/format.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <random>
#include <stdexcept>

#include "fd_stream.hpp"
#include "tatakerja/util/error.hpp"

namespace tatakerja::sys {

namespace fs = std::filesystem;

namespace {

// Folder and name of a relative path: "sop/a.html" -> {"sop", "a.html"}.
std::pair<std::string, std::string> split(const std::string& relative) {
  const auto slash = relative.rfind('/');
  if (slash == std::string::npos) return {"", relative};
  return {relative.substr(0, slash), relative.substr(slash + 1)};
}

std::string random_letters(std::size_t count) {
  static constexpr char kLetters[] =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
  thread_local std::mt19937_64 engine{std::random_device{}() ^
                                      static_cast<std::uint64_t>(::getpid())};
  std::uniform_int_distribution<std::size_t> pick(0, sizeof kLetters - 2);
  std::string text;
  for (std::size_t i = 0; i < count; ++i) text += kLetters[pick(engine)];
  return text;
}

// `.NAME.tatakerja-tmp-XXXXXX[SUFFIX]`, opened exclusively in `dirfd`.
int create_temp(int dirfd, const std::string& target, const std::string& suffix,
                std::string& name) {
  // NAME_MAX is 255: a long target name is cut (the result is a temp name).
  const std::string stem = "." + target.substr(0, 200) + kTempMarker;
  for (int attempt = 0; attempt < 100; ++attempt) {
    name = stem + random_letters(6) + suffix;
    const int fd =
        ::openat(dirfd, name.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0666);
    if (fd >= 0 || errno != EEXIST) return fd;
  }
  return -1;
}

bool is_temp_name(const char* name) {
  return name[0] == '.' && std::strstr(name + 1, kTempMarker) != nullptr;
}

}  // namespace

bool is_inside_path(const std::string& relative) {
  if (relative.empty() || relative.front() == '/') return false;
  std::size_t start = 0;
  while (start <= relative.size()) {
    auto end = relative.find('/', start);
    if (end == std::string::npos) end = relative.size();
    const auto part = std::string_view(relative).substr(start, end - start);
    if (part.empty() || part == "." || part == "..") return false;
    start = end + 1;
  }
  return std::none_of(relative.begin(), relative.end(),
                      [](char c) { return static_cast<unsigned char>(c) < 0x20 || c == 0x7f; });
}

// ---------------------------------------------------------------- PendingFile

struct PendingFile::Stream {
  explicit Stream(int fd) : buf(fd), os(&buf) {}
  FdStreamBuf buf;
  std::ostream os;
};

PendingFile::PendingFile(int dirfd, fs::path folder, std::string target, std::string shown,
                         const std::string& suffix)
    : dirfd_(dirfd), target_(std::move(target)), shown_(std::move(shown)) {
  fd_ = create_temp(dirfd_, target_, suffix, name_);
  if (fd_ < 0) {
    throw util::Failure(fmt::format("cannot write {}: {}", shown_, std::strerror(errno)));
  }
  slot_ = track_file(dirfd_, name_);
  path_ = std::move(folder) / name_;
}

PendingFile::~PendingFile() {
  if (fd_ >= 0) ::close(fd_);
  if (!committed_) ::unlinkat(dirfd_, name_.c_str(), 0);
  untrack_file(slot_);
}

std::ostream& PendingFile::stream() {
  if (!stream_) stream_ = std::make_unique<Stream>(fd_);
  return stream_->os;
}

void PendingFile::close() {
  if (fd_ < 0) return;
  int error = 0;
  if (stream_) {
    stream_->os.flush();
    error = stream_->buf.error();
    if (error == 0 && !stream_->os) error = EIO;
  }
  if (::close(fd_) != 0 && error == 0) error = errno;
  fd_ = -1;
  if (error != 0) {
    throw util::Failure(fmt::format("cannot write {}: {}", shown_, std::strerror(error)));
  }
}

void PendingFile::commit() {
  close();
  // rename() replaces a symbolic link at the target's name; it never
  // writes through it.
  if (::renameat(dirfd_, name_.c_str(), dirfd_, target_.c_str()) != 0) {
    throw util::Failure(fmt::format("cannot write {}: {}", shown_, std::strerror(errno)));
  }
  committed_ = true;
  untrack_file(slot_);
  slot_ = -1;
}

// ---------------------------------------------------------------- OutputDir

OutputDir::OutputDir(const fs::path& dir, std::string shown)
    : path_(dir), shown_(std::move(shown)) {
  const auto fail = [&](const std::string& reason) {
    for (const auto& [name, fd] : folders_) ::close(fd);
    if (root_ >= 0 && folders_.empty()) ::close(root_);
    throw util::Failure(fmt::format("cannot write to {}: {}", shown_, reason));
  };
  struct stat st {};
  if (::stat(dir.c_str(), &st) == 0) {
    if (!S_ISDIR(st.st_mode)) fail("it is not a folder");
  } else if (errno == ENOENT) {
    std::error_code ec;
    fs::create_directories(dir, ec);
    if (ec) fail(ec.message());
  } else {
    fail(std::strerror(errno));
  }
  root_ = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (root_ < 0) fail(std::strerror(errno));
  if (::flock(root_, LOCK_EX | LOCK_NB) != 0 && errno == EWOULDBLOCK) {
    fail("another tatakerja render is writing there");
  }
  std::string probe;
  const int fd = create_temp(root_, "probe", "", probe);
  if (fd < 0) fail(std::strerror(errno));
  ::close(fd);
  ::unlinkat(root_, probe.c_str(), 0);
  folders_[""] = root_;
  try {
    remove_leftovers("");
    read_manifest();
  } catch (const util::Failure& e) {
    fail(e.what());
  }
}

OutputDir::~OutputDir() {
  for (const auto& [name, fd] : folders_) ::close(fd);  // the root among them: the lock goes
}

std::string OutputDir::shown(const std::string& relative) const {
  if (relative.empty()) return shown_;
  if (!shown_.empty() && shown_.back() == '/') return shown_ + relative;
  return shown_ + "/" + relative;
}

int OutputDir::open_folder(int parent, const std::string& relative, const std::string& name,
                           bool create) {
  int fd = ::openat(parent, name.c_str(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
  if (fd < 0 && errno == ENOENT && create) {
    if (::mkdirat(parent, name.c_str(), 0777) != 0 && errno != EEXIST) {
      throw util::Failure(
          fmt::format("cannot write to {}: {}", shown(relative), std::strerror(errno)));
    }
    fd = ::openat(parent, name.c_str(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
  }
  if (fd >= 0) return fd;
  const int error = errno;
  struct stat st {};
  if (::fstatat(parent, name.c_str(), &st, AT_SYMLINK_NOFOLLOW) == 0) {
    if (S_ISLNK(st.st_mode)) {
      throw util::Failure(fmt::format(
          "cannot write to {}: it is a symbolic link, and tatakerja never writes through one",
          shown(relative)));
    }
    if (!S_ISDIR(st.st_mode)) {
      throw util::Failure(fmt::format("cannot write to {}: it is not a folder", shown(relative)));
    }
  } else if (errno == ENOENT && !create) {
    return -1;
  }
  throw util::Failure(fmt::format("cannot write to {}: {}", shown(relative), std::strerror(error)));
}

int OutputDir::folder(const std::string& relative, bool create) {
  if (auto it = folders_.find(relative); it != folders_.end()) return it->second;
  const auto [parent_path, name] = split(relative);
  const int parent = folder(parent_path, create);
  if (parent < 0) return -1;
  const int fd = open_folder(parent, relative, name, create);
  if (fd < 0) return -1;
  folders_[relative] = fd;
  remove_leftovers(relative);
  return fd;
}

int OutputDir::existing_folder(const std::string& relative) {
  try {
    return folder(relative, false);
  } catch (const util::Failure&) {
    return -1;  // a symbolic link or a file: not ours to look into
  }
}

void OutputDir::remove_leftovers(const std::string& relative) {
  const int fd = ::dup(folders_.at(relative));
  DIR* dir = fd >= 0 ? ::fdopendir(fd) : nullptr;
  if (!dir) {
    if (fd >= 0) ::close(fd);
    return;
  }
  while (const dirent* entry = ::readdir(dir)) {
    struct stat st {};
    if (!is_temp_name(entry->d_name)) continue;
    if (::fstatat(::dirfd(dir), entry->d_name, &st, AT_SYMLINK_NOFOLLOW) != 0) continue;
    if (S_ISDIR(st.st_mode)) continue;
    if (::unlinkat(::dirfd(dir), entry->d_name, 0) == 0) ++leftovers_;
  }
  ::closedir(dir);
}

}  // namespace tatakerja::sys
