// handbook.logo is read and checked once, by the loader: a PNG or SVG file
// inside the root is kept; anything else is reported where it is written.
#include <doctest/doctest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "tatakerja/load/loader.hpp"

namespace {

namespace fs = std::filesystem;

struct LogoRoot {
  // one folder a process: ctest runs each test case as a process of its own, in parallel
  fs::path root =
      fs::temp_directory_path() / ("tatakerja-load-logo-test-" + std::to_string(::getpid()));
  LogoRoot() {
    fs::remove_all(root);
    fs::create_directories(root / "img");
    std::ofstream(root / "img" / "logo.png", std::ios::binary)
        << std::string("\x89PNG\r\n\x1a\n", 8) << "rest";
    std::ofstream(root / "img" / "logo.svg") << "<?xml version=\"1.0\"?>\n<svg xmlns=\"x\"/>";
    std::ofstream(root / "img" / "logo.txt") << "not an image";
    fs::create_directories(root / "img" / "folder.png");
  }
  ~LogoRoot() { fs::remove_all(root); }

  // The message for `name` ("" when it was read), and what was read.
  std::string read(const std::string& name, tatakerja::model::Logo* logo = nullptr) const {
    tatakerja::model::Repository repo;
    repo.config.handbook.logo = tatakerja::model::Text{name, {0, 7, 9}};
    tatakerja::diag::Diagnostics out;
    tatakerja::load::read_logo(root, repo, out);
    if (logo != nullptr) *logo = repo.logo;
    if (out.empty()) return {};
    REQUIRE(out.size() == 1);
    CHECK(out[0].rule == "unknown-reference");
    CHECK(out[0].loc.line == 7);
    CHECK(out[0].loc.column == 9);
    return out[0].message;
  }
};

}  // namespace

TEST_CASE("load logo: a PNG or SVG under the root is read once, with its type") {
  const LogoRoot r;
  tatakerja::model::Logo logo;
  CHECK(r.read("img/logo.png", &logo).empty());
  CHECK(logo.media_type == "image/png");
  CHECK(logo.bytes == std::string("\x89PNG\r\n\x1a\n", 8) + "rest");
  CHECK(r.read("img/logo.svg", &logo).empty());
  CHECK(logo.media_type == "image/svg+xml");
  CHECK(r.read("../" + r.root.filename().string() + "/img/logo.png")
            .empty());  // still under the root
}

TEST_CASE("load logo: a missing, foreign or unreadable logo is reported, not ignored") {
  const LogoRoot r;
  tatakerja::model::Logo logo;
  CHECK(r.read("img/logo.jpg", &logo) == "`handbook.logo` `img/logo.jpg`: no such file");
  CHECK(logo.media_type.empty());
  CHECK(r.read("img/logo.txt") ==
        "`handbook.logo` `img/logo.txt`: is neither a PNG nor an SVG image");
  CHECK(r.read("../../etc/passwd") ==
        "`handbook.logo` `../../etc/passwd`: is outside the repository's folder");
  CHECK(r.read("img/folder.png") == "`handbook.logo` `img/folder.png`: is not a file");
}
