// One run's use of the cache (src/cache/session.cpp, store.cpp): hits and
// misses, a new pack only when something changed, and a cache folder that
// cannot be used turns the cache off, never the run.
#include <doctest/doctest.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <set>

#include "finding.hpp"
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
    session.keep(i, {}, {finding("schema", {file, 1, 1}, contents[i])}, file);
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

namespace {

constexpr std::int64_t kLongAgo = 1'600'000'000'000'000'000;  // 2020, in ns

FileStatus status_at(std::int64_t ns, std::uint64_t size = 1) {
  return {size, 11, 22, ns, ns};
}

std::int64_t now_ns() {
  return std::chrono::duration_cast<std::chrono::nanoseconds>(
             std::chrono::system_clock::now().time_since_epoch())
      .count();
}

// One file, "sops/a.yaml", read with `content` and `status`; returns
// whether the entry came from the cache.
bool read_a(const fs::path& cache, const fs::path& root, std::string_view content,
            const FileStatus& status) {
  tatakerja::model::Config config;
  Session session(cache, root, config, 1);
  bool hit = session.find(0, content, 1, "sops/a.yaml", status).has_value();
  if (!hit) session.keep(0, {}, {finding("schema", {1, 1, 1}, std::string(content))}, 1);
  session.finish();
  return hit;
}

}  // namespace

TEST_CASE("a file whose status is unchanged is found without being read") {
  test::Scratch scratch;
  const fs::path cache = scratch.path / "cache", root = scratch.path / "repo";
  CHECK_FALSE(read_a(cache, root, "isi", status_at(kLongAgo)));
  tatakerja::model::Config config;
  Session session(cache, root, config, 2);
  auto entry = session.find_unchanged(0, "sops/a.yaml", status_at(kLongAgo), 1);
  REQUIRE(entry);
  CHECK(entry->diagnostics.at(0).message == "isi");
  CHECK_FALSE(session.find_unchanged(1, "sops/a.yaml", status_at(kLongAgo + 1), 2));
  CHECK_FALSE(session.find_unchanged(1, "sops/a.yaml", status_at(kLongAgo, 2), 2));
  CHECK_FALSE(session.find_unchanged(1, "sops/b.yaml", status_at(kLongAgo), 2));
  const auto report = session.finish();
  CHECK(report.reused == 1);
}

TEST_CASE("a file changed just before the run gets no status row (racy), so it is read again") {
  test::Scratch scratch;
  const fs::path cache = scratch.path / "cache", root = scratch.path / "repo";
  const auto recent = status_at(now_ns() - 500'000'000);  // half a second ago
  read_a(cache, root, "isi", recent);
  tatakerja::model::Config config;
  Session session(cache, root, config, 1);
  CHECK_FALSE(session.find_unchanged(0, "sops/a.yaml", recent, 1));
  // Its content is still cached: reading it finds the entry.
  CHECK(session.find(0, "isi", 1, "sops/a.yaml", recent));
}

TEST_CASE("a new status alone rewrites the pack, so the next run can skip the file") {
  test::Scratch scratch;
  const fs::path cache = scratch.path / "cache", root = scratch.path / "repo";
  read_a(cache, root, "isi", status_at(kLongAgo));
  // Touched (same content, new status): read, found by content, row renewed.
  CHECK(read_a(cache, root, "isi", status_at(kLongAgo + 5)));
  tatakerja::model::Config config;
  Session session(cache, root, config, 1);
  CHECK(session.find_unchanged(0, "sops/a.yaml", status_at(kLongAgo + 5), 1));
}

TEST_CASE("prune removes stale temporary files and packs of repositories that are gone") {
  using namespace std::chrono_literals;
  test::Scratch scratch;
  const fs::path folder = scratch.path / "v1", live = scratch.path / "live";
  fs::create_directories(folder);
  fs::create_directories(live);
  { std::ofstream(live / "tatakerja.yaml") << "version: 1\n"; }
  const auto write = [&](const std::string& name, const std::string& bytes,
                         std::chrono::hours age) {
    { std::ofstream(folder / name, std::ios::binary) << bytes; }
    fs::last_write_time(folder / name, fs::file_time_type::clock::now() - age);
  };
  const std::string table = make_status_table({});
  const std::string old_format = std::string("TKJCACHE") + '\1' + std::string(3, '\0') + "old";
  write("old.tmp", "half", 2h);
  write("new.tmp", "half", 0h);
  write("gone.pack", pack_header("s", "v", (scratch.path / "gone").string()) + table, 0h);
  write("live.pack", pack_header("s", "v", live.string()) + table, 24h * 365);
  write("foreign-old.pack", old_format, 24h * 31);
  write("foreign-new.pack", old_format, 24h * 29);
  write("kept.pack", pack_header("s", "v", (scratch.path / "gone2").string()) + table, 0h);
  write("notes.txt", "not ours", 24h * 400);
  prune(folder, folder / "kept.pack", std::chrono::system_clock::now());
  std::set<std::string> left;
  for (const auto& e : fs::directory_iterator(folder)) left.insert(e.path().filename().string());
  CHECK(left == std::set<std::string>{"new.tmp", "live.pack", "foreign-new.pack", "kept.pack",
                                      "notes.txt"});
}

namespace {

// Reads blobs (diff's revisions) through a session: by id when the pack
// knows it, else by content (named by its id for next time). Returns how
// many were found by id, unread.
std::size_t run_objects(const fs::path& folder, const fs::path& root,
                        const std::vector<std::pair<std::string, std::string>>& blobs) {
  tatakerja::model::Config config;
  Session session(folder, root, config, blobs.size());
  std::size_t by_id = 0;
  for (std::size_t i = 0; i < blobs.size(); ++i) {
    const auto& [object, content] = blobs[i];
    const auto file = static_cast<std::uint32_t>(i + 1);
    if (session.knows_object(object)) {
      auto entry = session.find_object(i, object, file);
      REQUIRE(entry);
      REQUIRE(entry->diagnostics.size() == 1);
      CHECK(entry->diagnostics[0].message == content);
      ++by_id;
      continue;
    }
    auto entry = session.find(i, content, file);
    session.name_object(i, object);
    if (!entry) session.keep(i, {}, {finding("schema", {file, 1, 1}, content)}, file);
  }
  session.finish();
  return by_id;
}

}  // namespace

TEST_CASE("a git blob the pack knows by its id is found without its content") {
  test::Scratch scratch;
  const fs::path cache = scratch.path / "cache", root = scratch.path / "repo";
  CHECK(run_objects(cache, root, {{"1111", "a"}, {"2222", "b"}}) == 0);
  CHECK(run_objects(cache, root, {{"1111", "a"}, {"2222", "b"}}) == 2);
  // A new blob is read; one that went unused is forgotten.
  CHECK(run_objects(cache, root, {{"1111", "a"}, {"3333", "c"}}) == 1);
  CHECK(run_objects(cache, root, {{"2222", "b"}, {"3333", "c"}}) == 1);
  // The same blob in both revisions of a diff: one row, found by id in both.
  CHECK(run_objects(cache, root, {{"3333", "c"}, {"3333", "c"}}) == 2);
  CHECK(run_objects(cache, root, {{"3333", "c"}}) == 1);
}

TEST_CASE("a memo is recalled by its key in a later run, and kept only while runs use it") {
  test::Scratch scratch;
  const fs::path cache = scratch.path / "cache", root = scratch.path / "repo";
  tatakerja::model::Config config;
  const auto key = hash128("memo one"), other = hash128("memo two");
  {
    Session session(cache, root, config, 0);
    CHECK_FALSE(session.recall(key));
    session.remember(key, "bytes one");
    CHECK(session.recall(key) == "bytes one");  // within the run too
    session.finish();
  }
  {
    Session session(cache, root, config, 0);
    CHECK(session.recall(key) == "bytes one");
    CHECK_FALSE(session.recall(other));
    session.remember(other, "bytes two");
    session.finish();
  }
  {
    Session session(cache, root, config, 0);
    CHECK(session.recall(other) == "bytes two");  // not recalled: `key` is gone now
    session.finish();
  }
  Session session(cache, root, config, 0);
  CHECK_FALSE(session.recall(key));
  CHECK(session.recall(other) == "bytes two");
}

TEST_CASE("keep_unused: a run that adds to the pack keeps what it did not use") {
  test::Scratch scratch;
  const fs::path cache = scratch.path / "cache", root = scratch.path / "repo";
  run(cache, root, {"a", "b"});
  {
    tatakerja::model::Config config;
    Session session(cache, root, config, 1);
    session.keep_unused();
    CHECK_FALSE(session.find(0, "c", 1));
    session.keep(0, {}, {finding("schema", {1, 1, 1}, "c")}, 1);
    session.finish();
  }
  std::size_t decoded = 0;
  const auto report = run(cache, root, {"a", "b", "c"}, &decoded);
  CHECK(report.reused == 3);
  CHECK(decoded == 3);
  // Without keep_unused, a run keeps exactly its own entries.
  run(cache, root, {"c"});
  decoded = 0;
  run(cache, root, {"a", "b", "c"}, &decoded);
  CHECK(decoded == 1);
}

TEST_CASE("a slot's content hash: the same for the same bytes, by content or by blob id") {
  test::Scratch scratch;
  const fs::path cache = scratch.path / "cache", root = scratch.path / "repo";
  tatakerja::model::Config config;
  {
    Session session(cache, root, config, 3);
    CHECK_FALSE(session.content_hash(0));  // not looked up yet
    CHECK_FALSE(session.find(0, "isi berkas", 1));
    CHECK(session.content_hash(0) == hash128("isi berkas"));
    session.keep(0, {}, {finding("schema", {1, 1, 1}, "isi")}, 1);
    session.name_object(0, "abcd");
    CHECK_FALSE(session.content_hash(1));
    CHECK_FALSE(session.content_hash(7));  // no such slot
    session.finish();
  }
  Session session(cache, root, config, 2);
  REQUIRE(session.knows_object("abcd"));
  REQUIRE(session.find_object(0, "abcd", 1));  // found by its id, never read
  CHECK(session.content_hash(0) == hash128("isi berkas"));
  REQUIRE(session.find(1, "isi berkas", 2));
  CHECK(session.content_hash(1) == session.content_hash(0));
}
