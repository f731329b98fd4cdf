#include <fmt/format.h>

#include <charconv>
#include <cmath>
#include <fstream>

#include "tatakerja/importer/error.hpp"
#include "tatakerja/importer/read.hpp"
#include "tatakerja/util/error.hpp"
#include "tatakerja/util/text.hpp"

namespace tatakerja::importer {

std::string tidy_number(std::string_view text) {
  double value = 0;
  const auto [p, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc{} || p != text.data() + text.size() || !std::isfinite(value)) {
    return std::string(text);
  }
  if (value == 0) return "0";
  return fmt::format("{}", value);
}

namespace {

std::string read_bytes(const std::filesystem::path& file, const std::string& shown) {
  std::error_code ec;
  if (std::filesystem::is_directory(file, ec)) throw Refused("a folder, not a file");
  std::ifstream in(file, std::ios::binary);
  if (!in) throw util::Failure(fmt::format("{}: cannot read the file", shown));
  std::string bytes;
  char buffer[65536];
  while (in.read(buffer, sizeof buffer) || in.gcount() > 0) {
    bytes.append(buffer, static_cast<std::size_t>(in.gcount()));
    if (bytes.size() > Limits::kFileBytes) {
      throw Refused(fmt::format("larger than {} MiB; an import reads forms, not archives",
                                Limits::kFileBytes >> 20));
    }
  }
  return bytes;
}

}  // namespace

Book read_book(const std::filesystem::path& file, const std::string& shown) {
  const std::string ext = util::to_lower_ascii(file.extension().string());
  if (ext != ".xlsx" && ext != ".xlsm" && ext != ".csv" && ext != ".docx") {
    throw Refused(fmt::format("`{}` files are not read: give an .xlsx, .csv or .docx file",
                              util::escape_control(ext.empty() ? file.filename().string() : ext)));
  }
  std::string bytes = read_bytes(file, shown);
  if (ext == ".csv") return read_csv(bytes, shown);
  if (ext == ".docx") return read_docx(std::move(bytes), shown);
  return read_xlsx(std::move(bytes), shown);
}

}  // namespace tatakerja::importer
