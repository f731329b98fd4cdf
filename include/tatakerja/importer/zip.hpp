// Reading the parts of an Office file (a zip archive) through libzip, with
// limits: the archive's entry count, each entry's declared and actual
// uncompressed size, and the total read. Names that climb out of the
// archive (`../`, an absolute path, a drive letter, a backslash) refuse
// the whole file, since nothing honest makes them.
#pragma once

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tatakerja::importer {

class ZipReader {
 public:
  // Takes the file's bytes; throws Refused when they are not a zip archive
  // or break a limit.
  explicit ZipReader(std::string bytes);
  ~ZipReader();
  ZipReader(const ZipReader&) = delete;
  ZipReader& operator=(const ZipReader&) = delete;

  const std::vector<std::string>& names() const { return names_; }
  bool has(std::string_view name) const;
  // The entry's bytes; nullopt when there is no such entry. Throws Refused
  // when it breaks a limit or cannot be decompressed.
  std::optional<std::string> read(std::string_view name);

 private:
  struct Archive;
  std::string bytes_;
  std::unique_ptr<Archive> archive_;
  std::vector<std::string> names_;
  std::size_t total_read_ = 0;
};

// True for an archive entry name that stays inside the archive.
bool is_safe_entry_name(std::string_view name);

}  // namespace tatakerja::importer
