#include "tatakerja/app/init.hpp"

#include <fmt/format.h>

#include <optional>
#include <system_error>

#include "tatakerja/sys/files.hpp"
#include "tatakerja/util/error.hpp"
#include "tatakerja/util/text.hpp"

namespace tatakerja::app {

namespace fs = std::filesystem;

namespace {

std::string shown(const fs::path& path) {
  return util::escape_control(path.string());
}

// The first entry of `dir` that is not `.git`, if any (sorted, so the
// message names the same file every time).
std::optional<std::string> first_foreign_entry(const fs::path& dir) {
  std::error_code ec;
  fs::directory_iterator it(dir, ec);
  if (ec) throw util::Failure(fmt::format("cannot read `{}`: {}", shown(dir), ec.message()));
  std::optional<std::string> first;
  for (const auto& entry : it) {
    auto name = entry.path().filename().string();
    if (name == ".git") continue;
    if (!first || name < *first) first = std::move(name);
  }
  return first;
}

// Refuses a DIR that is not a folder or holds anything but `.git`.
void check_target(const fs::path& dir) {
  std::error_code ec;
  const auto status = fs::status(dir, ec);
  if (!fs::exists(status)) return;
  if (!fs::is_directory(status)) {
    throw util::Failure(fmt::format("`{}` exists and is not a folder", shown(dir)));
  }
  if (auto entry = first_foreign_entry(dir)) {
    throw util::Failure(fmt::format(
        "`{}` is not empty (it holds `{}`): init writes only into a new folder, an empty one "
        "or one holding only `.git`; nothing was written",
        shown(dir), util::escape_control(*entry)));
  }
}

void make_folder(const fs::path& dir) {
  std::error_code ec;
  fs::create_directories(dir, ec);
  if (ec) throw util::Failure(fmt::format("cannot create `{}`: {}", shown(dir), ec.message()));
}

void tell(const fs::path& dir, std::ostream& err) {
  const bool here = dir.empty() || dir == ".";
  err << fmt::format("tatakerja: wrote a new repository in `{}`:\n", here ? "." : shown(dir));
  for (const auto& file : init_template()) err << "  " << file.path << '\n';
  err << "next, try:\n";
  if (!here) err << "  cd " << shown(dir) << '\n';
  err << "  tatakerja validate\n"
         "  tatakerja workload\n"
         "  tatakerja render          # the handbook, in out/\n"
         "  tatakerja list sops\n";
}

}  // namespace

int run_init(const GlobalOptions& global, const InitOptions& options, std::ostream& err) {
  const fs::path dir = options.dir.empty() ? fs::path(".") : options.dir;
  check_target(dir);
  make_folder(dir);
  for (const auto& file : init_template()) {
    const fs::path path = dir / fs::path(file.path);
    make_folder(path.parent_path());
    sys::write_file_atomically(path, file.text);
  }
  if (!global.quiet) tell(dir, err);
  return 0;
}

}  // namespace tatakerja::app
