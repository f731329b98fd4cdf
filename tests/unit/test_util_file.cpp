// Writing files whole or not at all (src/util/file.cpp).
#include <doctest/doctest.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <stdexcept>

#include "scratch.hpp"
#include "tatakerja/util/file.hpp"

namespace fs = std::filesystem;
using tatakerja::util::replace_file;

namespace {

std::size_t entries(const fs::path& folder) {
  return static_cast<std::size_t>(
      std::distance(fs::directory_iterator(folder), fs::directory_iterator()));
}

}  // namespace

TEST_CASE("replace_file writes the parts in order and leaves nothing else") {
  test::Scratch scratch;
  const fs::path path = scratch.path / "laporan.json";
  const std::string_view parts[] = {"{\"a\":", "1}", "\n"};
  std::string error;
  REQUIRE(replace_file(path, parts, error));
  CHECK(test::read(path) == "{\"a\":1}\n");
  CHECK(entries(scratch.path) == 1);
  const std::string_view again[] = {"baru"};
  REQUIRE(replace_file(path, again, error));
  CHECK(test::read(path) == "baru");
  CHECK(entries(scratch.path) == 1);
}

TEST_CASE("replace_file uses the mode it is given, and makes folders only when asked") {
  test::Scratch scratch;
  const mode_t old_mask = ::umask(022);
  const std::string_view parts[] = {"x"};
  std::string error;
  REQUIRE(replace_file(scratch.path / "a", parts, error, {.mode = 0600}));
  CHECK((fs::status(scratch.path / "a").permissions() & fs::perms::all) ==
        (fs::perms::owner_read | fs::perms::owner_write));
  REQUIRE(replace_file(scratch.path / "b", parts, error));
  CHECK((fs::status(scratch.path / "b").permissions() & fs::perms::all) ==
        (fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read |
         fs::perms::others_read));
  CHECK_FALSE(replace_file(scratch.path / "x" / "y" / "c", parts, error));
  CHECK(error.find("cannot write " + (scratch.path / "x" / "y" / "c").string() + ": ") == 0);
  REQUIRE(replace_file(scratch.path / "x" / "y" / "c", parts, error, {.make_folders = true}));
  CHECK(test::read(scratch.path / "x" / "y" / "c") == "x");
  ::umask(old_mask);
}

TEST_CASE("replace_file replaces a symbolic link, never writing through it") {
  test::Scratch scratch;
  { std::ofstream(scratch.path / "target") << "asli"; }
  fs::create_symlink(scratch.path / "target", scratch.path / "link");
  const std::string_view parts[] = {"baru"};
  std::string error;
  REQUIRE(replace_file(scratch.path / "link", parts, error));
  CHECK(test::read(scratch.path / "target") == "asli");
  CHECK_FALSE(fs::is_symlink(scratch.path / "link"));
  CHECK(test::read(scratch.path / "link") == "baru");
}

TEST_CASE("replace_file fails cleanly: the old file stays, no temporary file is left") {
  test::Scratch scratch;
  const fs::path folder = scratch.path / "d";
  fs::create_directory(folder);
  { std::ofstream(folder / "laporan") << "lama"; }
  // A folder in the file's place: the rename fails after the write.
  fs::create_directory(folder / "folder");
  { std::ofstream(folder / "folder" / "isi") << "."; }
  const std::string_view parts[] = {"baru"};
  std::string error;
  CHECK_FALSE(replace_file(folder / "folder", parts, error));
  CHECK(error.find("cannot write ") == 0);
  CHECK(entries(folder) == 2);
  CHECK(test::read(folder / "laporan") == "lama");
}

TEST_CASE("replace_file_with: the writer writes the new file beside the old, then it is renamed") {
  test::Scratch scratch;
  const fs::path path = scratch.path / "abk.xlsx";
  { std::ofstream(path) << "lama"; }
  fs::path seen;
  std::string error;
  REQUIRE(tatakerja::util::replace_file_with(
      path,
      [&](const fs::path& temp, std::string&) {
        seen = temp;
        CHECK(fs::exists(temp));  // made empty, exclusively, before the writer runs
        CHECK(fs::file_size(temp) == 0);
        CHECK(test::read(path) == "lama");  // the old file is untouched meanwhile
        std::ofstream(temp, std::ios::trunc) << "baru";
        return true;
      },
      error));
  CHECK(seen.parent_path() == scratch.path);
  CHECK(seen != path);
  CHECK(test::read(path) == "baru");
  CHECK(entries(scratch.path) == 1);
}

TEST_CASE("replace_file_with: a writer that fails leaves the old file and no temporary file") {
  test::Scratch scratch;
  const fs::path path = scratch.path / "abk.xlsx";
  { std::ofstream(path) << "lama"; }
  std::string error;
  CHECK_FALSE(tatakerja::util::replace_file_with(
      path,
      [](const fs::path& temp, std::string& why) {
        std::ofstream(temp) << "setengah";
        why = "disk full";
        return false;
      },
      error));
  CHECK(error == "cannot write " + path.string() + ": disk full");
  CHECK(test::read(path) == "lama");
  CHECK(entries(scratch.path) == 1);
  // No folder to write in: the writer is never called.
  bool called = false;
  CHECK_FALSE(tatakerja::util::replace_file_with(
      scratch.path / "tidak-ada" / "abk.xlsx",
      [&](const fs::path&, std::string&) { return called = true; }, error));
  CHECK_FALSE(called);
  CHECK(error.find("cannot write ") == 0);
  // A writer that throws: the exception passes, the half-written file goes.
  CHECK_THROWS_AS(tatakerja::util::replace_file_with(
                      path,
                      [](const fs::path& temp, std::string&) -> bool {
                        std::ofstream(temp) << "setengah";
                        throw std::runtime_error("boom");
                      },
                      error),
                  std::runtime_error);
  CHECK(test::read(path) == "lama");
  CHECK(entries(scratch.path) == 1);
}

TEST_CASE("write_all writes everything, and reports a write that fails") {
  test::Scratch scratch;
  const int fd = ::open((scratch.path / "f").c_str(), O_WRONLY | O_CREAT, 0600);
  REQUIRE(fd >= 0);
  const std::string big(1 << 20, 'a');
  CHECK(tatakerja::util::write_all(fd, big));
  ::close(fd);
  CHECK(fs::file_size(scratch.path / "f") == big.size());
  const int ro = ::open((scratch.path / "f").c_str(), O_RDONLY);
  CHECK_FALSE(tatakerja::util::write_all(ro, "x"));
  ::close(ro);
}

TEST_CASE("replace_file with keep_existing writes a new file but never replaces one") {
  test::Scratch scratch;
  const fs::path path = scratch.path / "ajudan.yaml";
  const std::string_view first[] = {"kind: Position\n"};
  std::string error;
  REQUIRE(replace_file(path, first, error, {.keep_existing = true}));
  CHECK(test::read(path) == "kind: Position\n");
  const std::string_view second[] = {"diganti\n"};
  CHECK_FALSE(replace_file(path, second, error, {.keep_existing = true}));
  CHECK(error.find("File exists") != std::string::npos);
  CHECK(test::read(path) == "kind: Position\n");
  CHECK(entries(scratch.path) == 1);  // no temporary file left behind
  // nor through a symbolic link, even a dangling one
  const fs::path link = scratch.path / "link.yaml";
  fs::create_symlink(scratch.path / "nowhere.yaml", link);
  CHECK_FALSE(replace_file(link, second, error, {.keep_existing = true}));
  CHECK_FALSE(fs::exists(scratch.path / "nowhere.yaml"));
}
