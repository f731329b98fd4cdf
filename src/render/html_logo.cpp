// The organisation's logo (tatakerja.yaml `handbook.logo`), inlined as a
// data: URI so that the book stays one self-contained file. Only a PNG or
// an SVG file inside the repository's root is taken; anything else leaves
// the empty logo box. An SVG shown through <img> runs no script.
#include <filesystem>
#include <fstream>
#include <iterator>

#include "html.hpp"

namespace tatakerja::render::html {

namespace {

constexpr std::uintmax_t kMaxLogoBytes = 2 * 1024 * 1024;

bool inside(const std::filesystem::path& root, const std::filesystem::path& file) {
  const auto rel = file.lexically_relative(root);
  return !rel.empty() && *rel.begin() != ".." && rel.is_relative();
}

std::optional<std::string> read_small(const std::filesystem::path& file) {
  std::error_code ec;
  if (!std::filesystem::is_regular_file(file, ec)) return std::nullopt;
  const auto size = std::filesystem::file_size(file, ec);
  if (ec || size > kMaxLogoBytes) return std::nullopt;
  std::ifstream in(file, std::ios::binary);
  if (!in) return std::nullopt;
  std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  return bytes;
}

const char* media_type(std::string_view bytes) {
  if (bytes.starts_with("\x89PNG\r\n\x1a\n")) return "image/png";
  const auto head = bytes.substr(0, 4096);
  if (head.find("<svg") != std::string_view::npos) return "image/svg+xml";
  return nullptr;
}

}  // namespace

std::string base64(std::string_view bytes) {
  static constexpr char kAlphabet[] =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string out;
  out.reserve((bytes.size() + 2) / 3 * 4);
  std::size_t i = 0;
  for (; i + 2 < bytes.size(); i += 3) {
    const unsigned v = static_cast<unsigned char>(bytes[i]) << 16 |
                       static_cast<unsigned char>(bytes[i + 1]) << 8 |
                       static_cast<unsigned char>(bytes[i + 2]);
    out += kAlphabet[v >> 18 & 63];
    out += kAlphabet[v >> 12 & 63];
    out += kAlphabet[v >> 6 & 63];
    out += kAlphabet[v & 63];
  }
  if (const auto rest = bytes.size() - i; rest > 0) {
    unsigned v = static_cast<unsigned char>(bytes[i]) << 16;
    if (rest == 2) v |= static_cast<unsigned char>(bytes[i + 1]) << 8;
    out += kAlphabet[v >> 18 & 63];
    out += kAlphabet[v >> 12 & 63];
    out += rest == 2 ? kAlphabet[v >> 6 & 63] : '=';
    out += '=';
  }
  return out;
}

std::string logo_uri(const model::Repository& repo) {
  const auto& logo = repo.config.handbook.logo;
  if (!logo || logo->empty() || repo.root.empty()) return {};
  std::error_code ec;
  const auto root = std::filesystem::weakly_canonical(repo.root, ec);
  if (ec) return {};
  const auto file = std::filesystem::weakly_canonical(root / *logo, ec);
  if (ec || !inside(root, file)) return {};
  const auto bytes = read_small(file);
  if (!bytes) return {};
  const char* type = media_type(*bytes);
  if (type == nullptr) return {};
  return std::string("data:") + type + ";base64," + base64(*bytes);
}

}  // namespace tatakerja::render::html
