// The organisation's logo (tatakerja.yaml `handbook.logo`), read and
// checked once, while the repository is loaded, so that every writer uses
// the same bytes and a wrong path is reported rather than silently left out.
// Only a PNG or an SVG file inside the repository's root, of at most 2 MiB,
// is taken: the book inlines it, and an SVG shown through <img> or <image>
// runs no script.
#include <fmt/format.h>

#include <filesystem>
#include <fstream>
#include <iterator>

#include "tatakerja/diag/rules.hpp"
#include "tatakerja/load/loader.hpp"
#include "tatakerja/util/text.hpp"

namespace tatakerja::load {

namespace {

namespace fs = std::filesystem;

constexpr std::uintmax_t kMaxLogoBytes = 2 * 1024 * 1024;

bool inside(const fs::path& root, const fs::path& file) {
  const auto rel = file.lexically_relative(root);
  return !rel.empty() && *rel.begin() != ".." && rel.is_relative();
}

const char* media_type(std::string_view bytes) {
  if (bytes.starts_with("\x89PNG\r\n\x1a\n")) return "image/png";
  const auto head = bytes.substr(0, 4096);
  if (head.find("<svg") != std::string_view::npos) return "image/svg+xml";
  return nullptr;
}

// Why the logo cannot be used, or empty when it was read into `logo`.
std::string read(const fs::path& root_path, const std::string& name, model::Logo& logo) {
  std::error_code ec;
  const auto root = fs::weakly_canonical(root_path, ec);
  if (ec) return "the repository's folder cannot be resolved";
  const auto file = fs::weakly_canonical(root / name, ec);
  if (ec || !inside(root, file)) return "is outside the repository's folder";
  if (!fs::exists(file, ec)) return "no such file";
  if (!fs::is_regular_file(file, ec)) return "is not a file";
  const auto size = fs::file_size(file, ec);
  if (ec) return "cannot be read";
  if (size > kMaxLogoBytes) return fmt::format("is {} bytes; a logo may have at most 2 MiB", size);
  std::ifstream in(file, std::ios::binary);
  std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (!in && !in.eof()) return "cannot be read";
  const char* type = media_type(bytes);
  if (type == nullptr) return "is neither a PNG nor an SVG image";
  logo.media_type = type;
  logo.bytes = std::move(bytes);
  return {};
}

}  // namespace

void read_logo(const fs::path& root, model::Repository& repo, diag::Diagnostics& out) {
  const auto& name = repo.config.handbook.logo;
  if (!name || name->value.empty()) return;
  const auto why = read(root, name->value, repo.logo);
  if (why.empty()) return;
  out.push_back(
      diag::make(diag::rules::kUnknownReference, name->loc,
                 fmt::format("`handbook.logo` `{}`: {}", util::escape_control(name->value), why),
                 "name a PNG or SVG file inside the repository, relative to tatakerja.yaml"));
}

}  // namespace tatakerja::load
