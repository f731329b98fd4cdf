#include "read_file.hpp"

#include <fcntl.h>
#include <fmt/format.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

#include "tatakerja/diag/rules.hpp"
#include "tatakerja/util/fd.hpp"
#include "tatakerja/util/text.hpp"

namespace tatakerja::load {

namespace {

model::Location location_of(std::string_view text, std::uint32_t file, std::size_t offset) {
  const auto line =
      static_cast<std::uint32_t>(std::count(text.begin(), text.begin() + offset, '\n') + 1);
  return {file, line, static_cast<std::uint32_t>(util::column_of(text, offset))};
}

// One read of the file, with its status before and after; false with
// `error` set when it cannot be read.
bool read_once(const std::filesystem::path& path, std::string& content, struct stat& before,
               struct stat& after, std::string& error) {
  // O_NONBLOCK: a FIFO put in a file's place is refused, never waited on.
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
  if (fd < 0 || ::fstat(fd, &before) != 0) {
    error = std::strerror(errno);
    if (fd >= 0) ::close(fd);
    return false;
  }
  if (!S_ISREG(before.st_mode)) {
    ::close(fd);
    error = "it is not a regular file";
    return false;
  }
  content.clear();
  content.reserve(static_cast<std::size_t>(before.st_size));
  if (!util::read_to_end(fd, content)) {
    error = std::strerror(errno);
    ::close(fd);
    return false;
  }
  const bool ok = ::fstat(fd, &after) == 0;
  ::close(fd);
  if (!ok) error = std::strerror(errno);
  return ok;
}

bool unchanged(const struct stat& a, const struct stat& b, std::size_t read) {
  return a.st_size == b.st_size && static_cast<std::size_t>(b.st_size) == read &&
         a.st_mtim.tv_sec == b.st_mtim.tv_sec && a.st_mtim.tv_nsec == b.st_mtim.tv_nsec &&
         a.st_ctim.tv_sec == b.st_ctim.tv_sec && a.st_ctim.tv_nsec == b.st_ctim.tv_nsec;
}

}  // namespace

// A file written to while it is read (an editor saving, a checkout) is read
// again, so that the text is one version of it, never the start of one and
// the end of another; one that keeps changing is reported.
bool slurp(const std::filesystem::path& path, std::string& content, std::string& error,
           struct stat* status) {
  for (int attempt = 0; attempt < 5; ++attempt) {
    struct stat before {};
    struct stat after {};
    if (!read_once(path, content, before, after, error)) return false;
    if (unchanged(before, after, content.size())) {
      if (status) *status = after;
      return true;
    }
  }
  content.clear();
  error = "it changed while it was being read; run again";
  return false;
}

bool check_encoding(std::string_view content, std::uint32_t file, diag::Diagnostics& out) {
  if (auto bad = util::find_invalid_utf8(content)) {
    // The column of the bad byte counts the valid code points before it.
    const std::size_t line_start = content.rfind('\n', *bad == 0 ? 0 : *bad - 1);
    const std::size_t from = line_start == std::string_view::npos ? 0 : line_start + 1;
    auto loc = location_of(content, file, from);
    loc.column =
        static_cast<std::uint32_t>(util::count_code_points(content.substr(from, *bad - from)) + 1);
    out.push_back(diag::make(diag::rules::kEncoding, loc,
                             fmt::format("the file is not UTF-8 (byte 0x{:02X}): save it as UTF-8",
                                         static_cast<unsigned char>(content[*bad]))));
    return false;
  }
  if (auto nul = content.find('\0'); nul != std::string_view::npos) {
    out.push_back(diag::make(diag::rules::kEncoding, location_of(content, file, nul),
                             "the file holds a NUL byte: it is binary, not YAML text"));
    return false;
  }
  return true;
}

FileResult read_text(std::string content, std::uint32_t file, const model::Config& config) {
  FileResult result;
  result.content = std::move(content);
  if (!check_encoding(result.content, file, result.diagnostics)) return result;
  auto parsed = yaml::parse(result.content, file);
  result.diagnostics = std::move(parsed.diagnostics);
  Reader reader(diag::rules::kSchema, config, result.diagnostics);
  std::size_t documents = 0;
  for (const auto& document : parsed.documents) {
    if (document.root.is_null()) continue;  // `---` with nothing after it
    ++documents;
    if (document.broken) continue;  // its syntax error is reported already
    read_document(reader, document, result.documents);
  }
  if (documents == 0 && result.diagnostics.empty()) {
    result.diagnostics.push_back(
        diag::make(diag::rules::kEmptyFile, {file, 0, 0}, "the file holds no document"));
  }
  return result;
}

FileResult unreadable_file(std::uint32_t file, const std::string& error) {
  FileResult result;
  result.diagnostics.push_back(diag::make(diag::rules::kEncoding, {file, 0, 0},
                                          fmt::format("the file cannot be read: {}", error)));
  return result;
}

FileResult read_file(const std::filesystem::path& path, std::uint32_t file,
                     const model::Config& config) {
  std::string content, error;
  if (!slurp(path, content, error)) return unreadable_file(file, error);
  return read_text(std::move(content), file, config);
}

}  // namespace tatakerja::load
