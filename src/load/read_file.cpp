#include "read_file.hpp"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <fmt/format.h>

#include "tatakerja/util/text.hpp"

namespace tatakerja::load {

namespace {

model::Location location_of(std::string_view text, std::uint32_t file, std::size_t offset) {
  const auto line = static_cast<std::uint32_t>(std::count(text.begin(), text.begin() + offset, '\n') + 1);
  return {file, line, static_cast<std::uint32_t>(util::column_of(text, offset))};
}

}  // namespace

bool slurp(const std::filesystem::path& path, std::string& content, std::string& error) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    error = std::strerror(errno);
    return false;
  }
  std::error_code ec;
  const auto size = std::filesystem::file_size(path, ec);
  if (!ec) content.reserve(size);
  content.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  if (in.bad()) {
    error = "read error";
    return false;
  }
  return true;
}

bool check_encoding(std::string_view content, std::uint32_t file, diag::Diagnostics& out) {
  if (auto bad = util::find_invalid_utf8(content)) {
    // The column of the bad byte counts the valid code points before it.
    const std::size_t line_start = content.rfind('\n', *bad == 0 ? 0 : *bad - 1);
    const std::size_t from = line_start == std::string_view::npos ? 0 : line_start + 1;
    auto loc = location_of(content, file, from);
    loc.column = static_cast<std::uint32_t>(util::count_code_points(content.substr(from, *bad - from)) + 1);
    out.push_back(diag::make("encoding", loc,
                             fmt::format("the file is not UTF-8 (byte 0x{:02X}): save it as UTF-8",
                                         static_cast<unsigned char>(content[*bad]))));
    return false;
  }
  if (auto nul = content.find('\0'); nul != std::string_view::npos) {
    out.push_back(diag::make("encoding", location_of(content, file, nul),
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
  Reader reader("schema", config, result.diagnostics);
  std::size_t documents = 0;
  for (const auto& document : parsed.documents) {
    if (document.root.is_null()) continue;  // `---` with nothing after it
    ++documents;
    if (document.broken) continue;  // its syntax error is reported already
    read_document(reader, document, result.documents);
  }
  if (documents == 0 && result.diagnostics.empty()) {
    result.diagnostics.push_back(
        diag::make("empty-file", {file, 0, 0}, "the file holds no document"));
  }
  return result;
}

FileResult read_file(const std::filesystem::path& path, std::uint32_t file, const model::Config& config) {
  std::string content, error;
  if (!slurp(path, content, error)) {
    FileResult result;
    result.diagnostics.push_back(
        diag::make("encoding", {file, 0, 0}, fmt::format("the file cannot be read: {}", error)));
    return result;
  }
  return read_text(std::move(content), file, config);
}

}  // namespace tatakerja::load
