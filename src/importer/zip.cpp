#include "tatakerja/importer/zip.hpp"

#include <fmt/format.h>
#include <zip.h>

#include "tatakerja/importer/error.hpp"
#include "tatakerja/util/text.hpp"

namespace tatakerja::importer {

struct ZipReader::Archive {
  zip_t* zip = nullptr;
  ~Archive() {
    if (zip) zip_discard(zip);
  }
};

namespace {

std::string libzip_error(int code) {
  zip_error_t error;
  zip_error_init_with_code(&error, code);
  std::string text = zip_error_strerror(&error);
  zip_error_fini(&error);
  return text;
}

std::string shown(std::string_view name) {
  return util::escape_control(name);
}

}  // namespace

bool is_safe_entry_name(std::string_view name) {
  if (name.empty() || name.front() == '/') return false;
  if (name.find('\\') != std::string_view::npos) return false;
  if (name.find('\0') != std::string_view::npos) return false;
  if (name.size() >= 2 && name[1] == ':') return false;  // C:...
  std::size_t start = 0;
  while (start <= name.size()) {
    const std::size_t end = std::min(name.find('/', start), name.size());
    if (name.substr(start, end - start) == "..") return false;
    start = end + 1;
  }
  return true;
}

ZipReader::ZipReader(std::string bytes) : bytes_(std::move(bytes)), archive_(new Archive) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* source = zip_source_buffer_create(bytes_.data(), bytes_.size(), 0, &error);
  if (!source) throw Refused("cannot read the archive: " + std::string(zip_error_strerror(&error)));
  archive_->zip = zip_open_from_source(source, ZIP_RDONLY | ZIP_CHECKCONS, &error);
  if (!archive_->zip) {
    zip_source_free(source);
    const int code = zip_error_code_zip(&error);
    zip_error_fini(&error);
    throw Refused(fmt::format("not an Office file (not a zip archive: {})", libzip_error(code)));
  }
  zip_error_fini(&error);
  const zip_int64_t count = zip_get_num_entries(archive_->zip, 0);
  if (count < 0 || static_cast<std::size_t>(count) > Limits::kZipEntries) {
    throw Refused(fmt::format("the archive holds {} entries; an import reads at most {}", count,
                              Limits::kZipEntries));
  }
  for (zip_int64_t i = 0; i < count; ++i) {
    const char* name = zip_get_name(archive_->zip, static_cast<zip_uint64_t>(i), ZIP_FL_ENC_RAW);
    if (!name) throw Refused("the archive has an entry without a name");
    if (!is_safe_entry_name(name)) {
      throw Refused(
          fmt::format("the archive's entry `{}` points outside the archive", shown(name)));
    }
    names_.emplace_back(name);
  }
}

ZipReader::~ZipReader() = default;

bool ZipReader::has(std::string_view name) const {
  for (const auto& n : names_) {
    if (n == name) return true;
  }
  return false;
}

std::optional<std::string> ZipReader::read(std::string_view name) {
  const std::string key(name);
  const zip_int64_t index = zip_name_locate(archive_->zip, key.c_str(), ZIP_FL_ENC_RAW);
  if (index < 0) return std::nullopt;
  zip_stat_t st;
  zip_stat_init(&st);
  if (zip_stat_index(archive_->zip, static_cast<zip_uint64_t>(index), 0, &st) != 0 ||
      !(st.valid & ZIP_STAT_SIZE)) {
    throw Refused(fmt::format("cannot read the archive's entry `{}`", shown(name)));
  }
  if (st.size > Limits::kEntryBytes || total_read_ + st.size > Limits::kArchiveBytes) {
    throw Refused(
        fmt::format("the archive's entry `{}` declares {} bytes uncompressed; an import "
                    "reads at most {} (a zip bomb?)",
                    shown(name), st.size, Limits::kEntryBytes));
  }
  zip_file_t* file = zip_fopen_index(archive_->zip, static_cast<zip_uint64_t>(index), 0);
  if (!file) {
    throw Refused(fmt::format("cannot open the archive's entry `{}`: {}", shown(name),
                              zip_strerror(archive_->zip)));
  }
  std::string out;
  out.reserve(static_cast<std::size_t>(st.size));
  char buffer[65536];
  for (;;) {
    const zip_int64_t n = zip_fread(file, buffer, sizeof buffer);
    if (n < 0) {
      const std::string reason = zip_file_strerror(file);
      zip_fclose(file);
      throw Refused(
          fmt::format("cannot decompress the archive's entry `{}`: {}", shown(name), reason));
    }
    if (n == 0) break;
    out.append(buffer, static_cast<std::size_t>(n));
    if (out.size() > st.size) {  // more than it declared: never trust the header
      zip_fclose(file);
      throw Refused(fmt::format("the archive's entry `{}` holds more than the {} bytes it declares",
                                shown(name), st.size));
    }
  }
  zip_fclose(file);
  total_read_ += out.size();
  return out;
}

}  // namespace tatakerja::importer
