#include <doctest/doctest.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

#include "scratch.hpp"
#include "tatakerja/sys/output_dir.hpp"
#include "tatakerja/util/error.hpp"

namespace sys = tatakerja::sys;

namespace fs = std::filesystem;
using tatakerja::sys::OutputDir;
using tatakerja::util::Failure;

namespace {

using ::test::read;
using ::test::Scratch;

void put(const fs::path& path, const std::string& text) {
  fs::create_directories(path.parent_path());
  std::ofstream(path, std::ios::binary) << text;
}

// Every name in `dir` and below, '/'-separated, sorted.
std::vector<std::string> tree(const fs::path& dir) {
  std::vector<std::string> names;
  for (auto it = fs::recursive_directory_iterator(dir); it != fs::recursive_directory_iterator();
       ++it) {
    names.push_back(it->path().lexically_relative(dir).generic_string());
  }
  std::sort(names.begin(), names.end());
  return names;
}

std::string failure_of(const std::function<void()>& action) {
  try {
    action();
  } catch (const Failure& e) {
    return e.what();
  }
  return "(no failure)";
}

const auto hello = [](std::ostream& os) { os << "hello\n"; };

}  // namespace

TEST_CASE("sys::OutputDir makes the folder and its parents, writes files whole, manifest last") {
  Scratch s;
  const auto out = s.path / "a" / "b";
  sys::OutputDir dir(out, "a/b");
  dir.prepare({"sop/x.html", "handbook.html"});
  dir.write("sop/x.html", hello);
  dir.write("handbook.html", [](std::ostream& os) { os << std::string(200000, 'x'); });
  CHECK(dir.finish() == 0);
  CHECK(read(out / "sop/x.html") == "hello\n");
  CHECK(read(out / "handbook.html").size() == 200000);
  CHECK(read(out / ".tatakerja-manifest") == "handbook.html\nsop/x.html\n");
  CHECK(tree(out) ==
        std::vector<std::string>{".tatakerja-manifest", "handbook.html", "sop", "sop/x.html"});
  CHECK(dir.shown("sop/x.html") == "a/b/sop/x.html");
}

TEST_CASE("sys::OutputDir replaces a file by rename: an open reader keeps the old one") {
  Scratch s;
  put(s.path / "handbook.html", "old\n");
  std::ifstream reader(s.path / "handbook.html");
  struct stat before {};
  REQUIRE(::stat((s.path / "handbook.html").c_str(), &before) == 0);
  {
    sys::OutputDir dir(s.path, "out");
    dir.write("handbook.html", hello);
    dir.finish();
  }
  struct stat after {};
  REQUIRE(::stat((s.path / "handbook.html").c_str(), &after) == 0);
  CHECK(before.st_ino != after.st_ino);  // a new file, not the old one rewritten
  std::string line;
  std::getline(reader, line);
  CHECK(line == "old");
  CHECK(read(s.path / "handbook.html") == "hello\n");
}

TEST_CASE("sys::OutputDir removes the temporary file when the writer throws") {
  Scratch s;
  put(s.path / "handbook.html", "old\n");
  sys::OutputDir dir(s.path, "out");
  CHECK_THROWS_AS(dir.write("handbook.html",
                            [](std::ostream& os) {
                              os << "half";
                              throw std::runtime_error("writer failed");
                            }),
                  std::runtime_error);
  CHECK(read(s.path / "handbook.html") == "old\n");
  CHECK(tree(s.path) == std::vector<std::string>{"handbook.html"});
}

TEST_CASE("sys::OutputDir removes a temporary file that was never committed") {
  Scratch s;
  sys::OutputDir dir(s.path, "out");
  {
    auto file = dir.scratch("handbook.html", ".html");
    file.stream() << "<p>";
    file.close();
    CHECK(file.path().filename().string().starts_with(".handbook.html.tatakerja-tmp-"));
    CHECK(file.path().extension() == ".html");
    CHECK(read(file.path()) == "<p>");
  }
  CHECK(tree(s.path).empty());
}

TEST_CASE("sys::OutputDir removes temporary files a killed run left, and nothing else") {
  Scratch s;
  put(s.path / ".handbook.html.tatakerja-tmp-AbC123", "half");
  put(s.path / "sop/.a.html.tatakerja-tmp-XyZ789", "half");
  put(s.path / "deep/.b.html.tatakerja-tmp-XyZ789", "not ours to look into");
  put(s.path / ".tatakerja-manifest", "sop/a.html\n");
  put(s.path / "notes.txt", "mine");
  put(s.path / "tatakerja-tmp-look-alike", "mine");
  sys::OutputDir dir(s.path, "out");
  CHECK(dir.leftovers_removed() == 2);
  CHECK(tree(s.path) == std::vector<std::string>{".tatakerja-manifest", "deep",
                                                 "deep/.b.html.tatakerja-tmp-XyZ789", "notes.txt",
                                                 "sop", "tatakerja-tmp-look-alike"});
}

TEST_CASE("sys::OutputDir removes the files an earlier render made and this one does not") {
  Scratch s;
  {
    sys::OutputDir dir(s.path, "out");
    for (auto p : {"handbook.html", "sop/a.html", "sop/b.html", "position/p.html"}) {
      dir.write(p, hello);
    }
    dir.finish();
  }
  put(s.path / "notes.txt", "mine");
  put(s.path / "position/mine.html", "mine");
  sys::OutputDir dir(s.path, "out");
  dir.prepare({"handbook.html", "sop/a.html"});
  // Until finish(), the manifest lists both runs' files.
  CHECK(read(s.path / ".tatakerja-manifest") ==
        "handbook.html\nposition/p.html\nsop/a.html\nsop/b.html\n");
  dir.write("handbook.html", hello);
  dir.write("sop/a.html", hello);
  CHECK(dir.finish() == 2);
  CHECK(tree(s.path) == std::vector<std::string>{".tatakerja-manifest", "handbook.html",
                                                 "notes.txt", "position", "position/mine.html",
                                                 "sop", "sop/a.html"});
  CHECK(read(s.path / ".tatakerja-manifest") == "handbook.html\nsop/a.html\n");
}

TEST_CASE("sys::OutputDir removes a folder that its stale files leave empty") {
  Scratch s;
  put(s.path / ".tatakerja-manifest", "handbook.html\nsop/a.html\n");
  put(s.path / "sop/a.html", "old");
  sys::OutputDir dir(s.path, "out");
  dir.write("handbook.html", hello);
  CHECK(dir.finish() == 1);
  CHECK(tree(s.path) == std::vector<std::string>{".tatakerja-manifest", "handbook.html"});
}

TEST_CASE("sys::OutputDir never acts on a manifest line that leads outside") {
  Scratch s;
  put(s.path / "victim.txt", "keep");
  put(s.path / "out/.tatakerja-manifest",
      "../victim.txt\n/etc/passwd\nsop/../../victim.txt\n./x\n\nlink/a.html\n");
  fs::create_directory_symlink(s.path, s.path / "out/link");
  put(s.path / "a.html", "keep");
  sys::OutputDir dir(s.path / "out", "out");
  dir.write("handbook.html", hello);
  CHECK(dir.finish() == 0);
  CHECK(read(s.path / "victim.txt") == "keep");
  CHECK(read(s.path / "a.html") == "keep");
  CHECK(fs::is_symlink(s.path / "out/link"));
}

TEST_CASE("sys::OutputDir refuses a symbolic link for a folder inside it, before writing") {
  Scratch s;
  fs::create_directory(s.path / "elsewhere");
  fs::create_directory(s.path / "out");
  fs::create_directory_symlink(s.path / "elsewhere", s.path / "out/sop");
  sys::OutputDir dir(s.path / "out", "out");
  CHECK(failure_of([&] {
          dir.prepare({"handbook.html", "sop/a.html"});
        }) ==
        "cannot write to out/sop: it is a symbolic link, and tatakerja never writes through one");
  CHECK(failure_of([&] { dir.write("sop/a.html", hello); }) ==
        "cannot write to out/sop: it is a symbolic link, and tatakerja never writes through one");
  CHECK(fs::is_empty(s.path / "elsewhere"));
  CHECK(tree(s.path / "out") == std::vector<std::string>{"sop"});
}

TEST_CASE(
    "sys::OutputDir replaces a symbolic link at a file's name instead of writing through it") {
  Scratch s;
  put(s.path / "target.html", "outside");
  fs::create_directory(s.path / "out");
  fs::create_symlink(s.path / "target.html", s.path / "out/handbook.html");
  sys::OutputDir dir(s.path / "out", "out");
  dir.write("handbook.html", hello);
  dir.finish();
  CHECK(read(s.path / "target.html") == "outside");
  CHECK(!fs::is_symlink(s.path / "out/handbook.html"));
  CHECK(read(s.path / "out/handbook.html") == "hello\n");
}

TEST_CASE("sys::OutputDir says what is wrong with a folder it cannot write to") {
  Scratch s;
  put(s.path / "file", "x");
  CHECK(failure_of([&] { sys::OutputDir dir(s.path / "file", "file"); }) ==
        "cannot write to file: it is not a folder");
  CHECK(failure_of([&] {
          sys::OutputDir dir(s.path / "file" / "out", "file/out");
        }).starts_with("cannot write to file/out: "));
  fs::create_directory(s.path / "out");
  fs::create_directory(s.path / "out/handbook.html");
  sys::OutputDir dir(s.path / "out", "out");
  CHECK(failure_of([&] { dir.prepare({"handbook.html"}); }) ==
        "cannot write out/handbook.html: a folder of that name is in the way");
  CHECK(tree(s.path / "out") == std::vector<std::string>{"handbook.html"});
}

TEST_CASE("sys::OutputDir refuses a read-only folder up front (unless root)") {
  if (::geteuid() == 0) return;  // root writes anywhere
  Scratch s;
  fs::create_directory(s.path / "out");
  fs::permissions(s.path / "out", fs::perms::owner_read | fs::perms::owner_exec);
  CHECK(failure_of([&] { sys::OutputDir dir(s.path / "out", "out"); }) ==
        "cannot write to out: Permission denied");
  fs::permissions(s.path / "out", fs::perms::owner_all);
}

TEST_CASE("sys::OutputDir lets one render at a time write to a folder") {
  Scratch s;
  sys::OutputDir first(s.path, "out");
  CHECK(failure_of([&] { sys::OutputDir second(s.path, "out"); }) ==
        "cannot write to out: another tatakerja render is writing there");
}

TEST_CASE("is_inside_path") {
  using tatakerja::sys::is_inside_path;
  CHECK(sys::is_inside_path("a"));
  CHECK(sys::is_inside_path("sop/a.html"));
  CHECK(!sys::is_inside_path(""));
  CHECK(!sys::is_inside_path("/a"));
  CHECK(!sys::is_inside_path("a//b"));
  CHECK(!sys::is_inside_path("a/"));
  CHECK(!sys::is_inside_path("./a"));
  CHECK(!sys::is_inside_path("a/../b"));
  CHECK(!sys::is_inside_path(".."));
  CHECK(!sys::is_inside_path("a\nb"));
}
