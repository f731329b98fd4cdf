#include <fmt/format.h>

#include "tatakerja/load/loader.hpp"
#include "tatakerja/util/error.hpp"

namespace tatakerja::load {

namespace fs = std::filesystem;

namespace {

bool holds_config(const fs::path& folder) {
  std::error_code ec;
  return fs::is_regular_file(folder / kConfigName, ec);
}

}  // namespace

fs::path find_root(const std::optional<fs::path>& explicit_root, const fs::path& start) {
  std::error_code ec;
  if (explicit_root) {
    fs::path root = fs::absolute(*explicit_root, ec).lexically_normal();
    if (!root.has_filename() && root.has_parent_path()) root = root.parent_path();  // "office/"
    if (!fs::is_directory(root, ec)) {
      throw util::Failure(fmt::format("--root {}: no such folder", explicit_root->string()));
    }
    if (!holds_config(root)) {
      throw util::Failure(
          fmt::format("--root {}: there is no {} in this folder (run `tatakerja init` "
                      "to make one)",
                      explicit_root->string(), kConfigName));
    }
    return root;
  }
  fs::path here = fs::absolute(start, ec).lexically_normal();
  if (!here.has_filename() && here.has_parent_path()) here = here.parent_path();
  if (!fs::is_directory(here, ec)) here = here.parent_path();
  for (fs::path folder = here; !folder.empty(); folder = folder.parent_path()) {
    if (holds_config(folder)) return folder;
    if (folder == folder.parent_path()) break;
  }
  throw util::Failure(
      fmt::format("no {} found in {} or any folder above it (use --root DIR, or "
                  "run `tatakerja init` to make one)",
                  kConfigName, here.string()));
}

}  // namespace tatakerja::load
