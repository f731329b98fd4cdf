// Loading a tree held in memory (load::load_tree, a git revision's files):
// the documents chosen as from a folder, and one content cache shared by
// two loads (src/load/loader.cpp, discover.cpp; cache::Session::add_slots).
#include <doctest/doctest.h>

#include <map>

#include "scratch.hpp"
#include "tatakerja/cache/session.hpp"
#include "tatakerja/load/loader.hpp"

using namespace tatakerja;
namespace fs = std::filesystem;

namespace {

std::string unit(const std::string& id) {
  return "kind: Unit\nid: " + id + "\nname: Unit " + id + "\n";
}

load::Tree tree(std::vector<load::TreeFile> files) {
  load::Tree t;
  t.name = "test";
  t.config = "organization: Kantor\n";
  t.files = std::move(files);
  return t;
}

}  // namespace

TEST_CASE("a tree's documents are chosen as a folder's: hidden, nested and excluded left out") {
  const auto loaded = load::load_tree("/nonexistent/root",
                                      tree({{".hidden/a.yaml", unit("hidden")},
                                            {"README.md", "# not a document\n"},
                                            {"nested/tatakerja.yaml", "organization: Lain\n"},
                                            {"nested/b.yaml", unit("nested")},
                                            {"units/.c.yaml", unit("dot")},
                                            {"units/d.yaml", unit("d")},
                                            {"units/e.yml", unit("e")}}),
                                      {.jobs = 1});
  CHECK(loaded.config_ok);
  CHECK(loaded.diagnostics.empty());
  REQUIRE(loaded.repo.files.size() == 3);
  CHECK(loaded.repo.files[1].path == "units/d.yaml");
  CHECK(loaded.repo.files[2].path == "units/e.yml");
  REQUIRE(loaded.repo.units.size() == 2);
  CHECK(loaded.repo.units[0].doc.id.value == "d");
  CHECK(loaded.repo.units[0].doc.start.file == 1);
  CHECK(loaded.repo.units[1].doc.start.file == 2);
}

TEST_CASE("a tree without tatakerja.yaml cannot be loaded; an invalid one is reported") {
  load::Tree none;
  none.name = "revision `v1`";
  CHECK_THROWS_WITH(load::load_tree("/r", none, {}), "/r: revision `v1` holds no tatakerja.yaml");
  auto bad = tree({});
  bad.config = "organization: [\n";
  const auto loaded = load::load_tree("/r", bad, {});
  CHECK_FALSE(loaded.config_ok);
  REQUIRE_FALSE(loaded.diagnostics.empty());
  CHECK(loaded.diagnostics[0].rule == "config");
}

TEST_CASE("two loads share one cache: a file in both is parsed once, and kept for the next run") {
  test::Scratch scratch;
  const fs::path cache = scratch.path / "cache", root = scratch.path / "repo";
  model::Config config;
  auto run = [&](const std::string& changed) {
    cache::Session session(cache, root, config, 0);
    const load::LoadOptions options{.jobs = 1, .session = &session};
    const auto a =
        load::load_tree(root, tree({{"a.yaml", unit("a")}, {"b.yaml", unit("b")}}), options);
    const auto b =
        load::load_tree(root, tree({{"a.yaml", unit("a")}, {"b.yaml", unit(changed)}}), options);
    CHECK(a.repo.units.size() == 2);
    REQUIRE(b.repo.units.size() == 2);
    CHECK(b.repo.units[1].doc.id.value == changed);
    return session.finish();
  };
  auto report = run("b2");
  CHECK(report.files == 4);
  CHECK(report.reused == 1);  // a.yaml, the second time
  report = run("b2");
  CHECK(report.reused == 4);
  report = run("b3");
  CHECK(report.reused == 3);
}

namespace {

// A tree of unread blobs, as app::read_revision gives it: `fetch` serves
// their contents from `blobs` and records what it was asked.
struct Blobs {
  std::map<std::string, std::string> contents;
  std::vector<std::vector<std::string>> asked;

  load::Tree tree(const std::vector<std::pair<std::string, std::string>>& files) {
    std::vector<load::TreeFile> listed;
    for (const auto& [path, object] : files) listed.push_back({path, {}, object, true});
    auto t = ::tree(std::move(listed));
    t.fetch = [this](const std::vector<std::string>& objects) {
      asked.push_back(objects);
      std::vector<std::string> out;
      for (const auto& o : objects) out.push_back(contents.at(o));
      return out;
    };
    return t;
  }
};

}  // namespace

TEST_CASE("a tree's blobs are read in one fetch, except those the cache knows by their ids") {
  test::Scratch scratch;
  const fs::path cache = scratch.path / "cache", root = scratch.path / "repo";
  Blobs blobs;
  blobs.contents = {{"oa", unit("a")}, {"ob", unit("b")}, {"oc", unit("c")}, {"on", "# no\n"}};
  const std::vector<std::pair<std::string, std::string>> first = {
      {"README.md", "on"}, {"a.yaml", "oa"}, {"b.yaml", "ob"}};
  model::Config config;
  auto run = [&](const std::vector<std::pair<std::string, std::string>>& files) {
    cache::Session session(cache, root, config, 0);
    auto loaded = load::load_tree(root, blobs.tree(files), {.jobs = 2, .session = &session});
    session.finish();
    return loaded;
  };
  auto loaded = run(first);
  // Only the documents, in one fetch; README.md is never read.
  REQUIRE(blobs.asked.size() == 1);
  CHECK(blobs.asked[0] == std::vector<std::string>{"oa", "ob"});
  REQUIRE(loaded.repo.units.size() == 2);
  CHECK(loaded.repo.files[1].object == "oa");
  // The next run reads only the blob the cache has not seen.
  blobs.asked.clear();
  loaded = run({{"a.yaml", "oa"}, {"b.yaml", "oc"}});
  REQUIRE(blobs.asked.size() == 1);
  CHECK(blobs.asked[0] == std::vector<std::string>{"oc"});
  REQUIRE(loaded.repo.units.size() == 2);
  CHECK(loaded.repo.units[0].doc.id.value == "a");
  CHECK(loaded.repo.units[1].doc.id.value == "c");
  CHECK_FALSE(loaded.repo.files[1].content_read);
  // A file a finding names is read when a report needs it, by its id.
  blobs.asked.clear();
  diag::Diagnostic d;
  d.loc = {1, 1, 1};
  load::read_contents(loaded.repo, {d}, loaded.read_source);
  REQUIRE(blobs.asked.size() == 1);
  CHECK(blobs.asked[0] == std::vector<std::string>{"oa"});
  CHECK(loaded.repo.files[1].content == unit("a"));
}

TEST_CASE("without a cache, every unread document of a tree is read in one fetch") {
  Blobs blobs;
  blobs.contents = {{"oa", unit("a")}, {"ob", unit("b")}};
  const auto loaded =
      load::load_tree("/r", blobs.tree({{"a.yaml", "oa"}, {"b.yaml", "ob"}}), {.jobs = 2});
  REQUIRE(blobs.asked.size() == 1);
  CHECK(blobs.asked[0].size() == 2);
  CHECK(loaded.repo.units.size() == 2);
}
