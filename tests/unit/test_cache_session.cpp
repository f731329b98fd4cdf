// One run's use of the cache (src/cache/session.cpp, store.cpp): hits and
// misses, a new pack only when something changed, and a cache folder that
// cannot be used turns the cache off, never the run.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

#include "scratch.hpp"
#include "tatakerja/cache/session.hpp"
#include "tatakerja/cache/store.hpp"

using namespace tatakerja::cache;
namespace fs = std::filesystem;

namespace {

// Runs a session over `contents` (one slot each): every miss stores an
// entry with one diagnostic naming its content.
Report run(const fs::path& folder, const fs::path& root, const std::vector<std::string>& contents,
           std::size_t* decoded = nullptr) {
  tatakerja::model::Config config;
  Session session(folder, root, config, contents.size());
  for (std::size_t i = 0; i < contents.size(); ++i) {
    const auto file = static_cast<std::uint32_t>(i + 1);
    if (auto entry = session.find(i, contents[i], file)) {
      REQUIRE(entry->diagnostics.size() == 1);
      CHECK(entry->diagnostics[0].message == contents[i]);
      CHECK(entry->diagnostics[0].loc.file == file);
      if (decoded) ++*decoded;
      continue;
    }
    session.keep(i, {}, {tatakerja::diag::make("schema", {file, 1, 1}, contents[i])}, file);
  }
  return session.finish();
}

fs::file_time_type written(const fs::path& folder, const fs::path& root) {
  return fs::last_write_time(pack_path(folder, root));
}

}  // namespace

TEST_CASE("a second run reuses every file; a changed file is read again") {
  test::Scratch scratch;
  const fs::path cache = scratch.path / "cache", root = scratch.path / "repo";
  auto report = run(cache, root, {"a", "b", "c"});
  CHECK(report.reused == 0);
  CHECK(report.files == 3);
  CHECK(report.problem.empty());
  CHECK((fs::status(cache / "v1").permissions() & fs::perms::all) == fs::perms::owner_all);
  CHECK((fs::status(pack_path(cache, root)).permissions() & fs::perms::all) ==
        (fs::perms::owner_read | fs::perms::owner_write));
  std::size_t decoded = 0;
  report = run(cache, root, {"a", "b", "c"}, &decoded);
  CHECK(report.reused == 3);
  CHECK(decoded == 3);
  report = run(cache, root, {"a", "B", "c"});
  CHECK(report.reused == 2);
  CHECK(fs::directory_iterator(cache / "v1") != fs::directory_iterator());
}

TEST_CASE("the pack is rewritten only when an entry is added or goes unused") {
  test::Scratch scratch;
  const fs::path cache = scratch.path / "cache", root = scratch.path / "repo";
  run(cache, root, {"a", "b"});
  const auto pack = pack_path(cache, root);
  fs::last_write_time(pack, fs::file_time_type{});
  run(cache, root, {"a", "b"});
  CHECK(written(cache, root) == fs::file_time_type{});  // all hits: nothing written
  run(cache, root, {"a"});                              // b unused: dropped
  CHECK(written(cache, root) != fs::file_time_type{});
  std::string bytes, error;
  REQUIRE(read_whole(pack, bytes, error));
  const auto one = bytes.size();
  run(cache, root, {"a", "a"});  // two files, one content: one entry
  REQUIRE(read_whole(pack, bytes, error));
  CHECK(bytes.size() == one);
  // Nothing but the pack is left in the folder.
  CHECK(std::distance(fs::directory_iterator(cache / "v1"), fs::directory_iterator()) == 1);
}

TEST_CASE("one pack per repository root") {
  test::Scratch scratch;
  CHECK(pack_path("/c", "/a/repo") != pack_path("/c", "/a/repo2"));
  CHECK(pack_path("/c", "/a/repo").parent_path() == "/c/v1");
  CHECK(pack_path("/c", "/a/repo").extension() == ".pack");
}

TEST_CASE("a cache folder inside the repository is refused") {
  test::Scratch scratch;
  const fs::path root = scratch.path / "repo";
  fs::create_directories(root / "sub");
  CHECK(is_inside(root / ".cache", root));
  CHECK(is_inside(root, root));
  CHECK(is_inside(root / "sub" / ".." / "x", root));
  CHECK_FALSE(is_inside(scratch.path / "repo2", root));
  CHECK_FALSE(is_inside(scratch.path, root));
  fs::create_directory_symlink(root / "sub", scratch.path / "link");
  CHECK(is_inside(scratch.path / "link" / "cache", root));

  const auto report = run(root / "cache", root, {"a"});
  CHECK(report.reused == 0);
  CHECK(report.problem.find("inside the repository") != std::string::npos);
  CHECK_FALSE(fs::exists(root / "cache"));
}

TEST_CASE("a cache folder that cannot be written leaves the run uncached") {
  test::Scratch scratch;
  const fs::path cache = scratch.path / "cache", root = scratch.path / "repo";
  // A file where the folder should be fails for root too.
  { std::ofstream(scratch.path / "cache") << "not a folder"; }
  const auto report = run(cache, root, {"a"});
  CHECK(report.reused == 0);
  CHECK(report.files == 1);
  CHECK(report.problem.find("not saved: ") == 0);
}
