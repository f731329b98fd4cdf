#include <doctest/doctest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <optional>
#include <string>

#include "tatakerja/sys/chromium.hpp"
#include "tatakerja/util/error.hpp"

namespace sys = tatakerja::sys;

namespace fs = std::filesystem;
using tatakerja::sys::file_url;
using tatakerja::sys::find_chromium;

namespace {

// Sets an environment variable for one test, then puts it back.
struct Env {
  Env(const char* name, const char* value) : name(name) {
    if (const char* old = std::getenv(name)) saved = old;
    if (value) {
      ::setenv(name, value, 1);
    } else {
      ::unsetenv(name);
    }
  }
  ~Env() {
    if (saved) {
      ::setenv(name, saved->c_str(), 1);
    } else {
      ::unsetenv(name);
    }
  }
  const char* name;
  std::optional<std::string> saved;
};

std::string failure_of_find() {
  try {
    return "found " + sys::find_chromium();
  } catch (const tatakerja::util::Failure& e) {
    return e.what();
  }
}

}  // namespace

TEST_CASE("file_url percent-encodes what a URL path cannot hold") {
  CHECK(sys::file_url("/tmp/out/handbook.html") == "file:///tmp/out/handbook.html");
  CHECK(sys::file_url("/tmp/my out/a#b?c%.html") == "file:///tmp/my%20out/a%23b%3Fc%25.html");
  CHECK(sys::file_url("/tmp/\xc3\xa9") == "file:///tmp/%C3%A9");
}

TEST_CASE("find_chromium: TATAKERJA_CHROMIUM, else PATH, else how to install one") {
  std::string pattern = (fs::temp_directory_path() / "tatakerja-unit-XXXXXX").string();
  REQUIRE(::mkdtemp(pattern.data()) != nullptr);
  const fs::path dir = pattern;
  fs::create_directories(dir / "bin");
  std::ofstream(dir / "bin/google-chrome") << "#!/bin/sh\n";
  fs::permissions(dir / "bin/google-chrome", fs::perms::owner_all);
  std::ofstream(dir / "bin/chromium") << "not executable\n";
  {
    Env chosen("TATAKERJA_CHROMIUM", nullptr);
    Env path("PATH", (dir.string() + "/none:" + (dir / "bin").string()).c_str());
    CHECK(failure_of_find() == "found " + (dir / "bin/google-chrome").string());
  }
  {
    Env chosen("TATAKERJA_CHROMIUM", (dir / "bin/chromium").c_str());
    CHECK(failure_of_find() ==
          "TATAKERJA_CHROMIUM=" + (dir / "bin/chromium").string() + ": no executable file there");
  }
  {
    Env chosen("TATAKERJA_CHROMIUM", nullptr);
    Env path("PATH", (dir / "none").c_str());
    CHECK(failure_of_find().find("sudo apt-get install chromium") != std::string::npos);
  }
  fs::remove_all(dir);
}
