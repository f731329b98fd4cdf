#include <doctest/doctest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <string>

#include "tatakerja/sys/output_dir.hpp"

namespace fs = std::filesystem;

TEST_CASE("a SIGTERM while a file is being written removes its temporary file") {
  std::string pattern = (fs::temp_directory_path() / "tatakerja-unit-XXXXXX").string();
  REQUIRE(::mkdtemp(pattern.data()) != nullptr);
  const fs::path dir = pattern;
  const pid_t pid = ::fork();
  REQUIRE(pid >= 0);
  if (pid == 0) {
    ::signal(SIGTERM, SIG_DFL);  // not doctest's handler: die as a program would
    tatakerja::sys::OutputDir out(dir, "out");
    auto file = out.pending("handbook.html");
    file.stream() << "half a book" << std::flush;
    ::raise(SIGTERM);
    ::_exit(0);  // not reached: the signal ends the process
  }
  int status = 0;
  REQUIRE(::waitpid(pid, &status, 0) == pid);
  CHECK(WIFSIGNALED(status));
  CHECK(WTERMSIG(status) == SIGTERM);
  CHECK(fs::is_empty(dir));
  fs::remove_all(dir);
}

TEST_CASE("the handlers are gone once the output folder is") {
  struct sigaction before {};
  ::sigaction(SIGINT, nullptr, &before);
  {
    std::string pattern = (fs::temp_directory_path() / "tatakerja-unit-XXXXXX").string();
    REQUIRE(::mkdtemp(pattern.data()) != nullptr);
    {
      tatakerja::sys::OutputDir out(pattern, "out");
      struct sigaction during {};
      ::sigaction(SIGINT, nullptr, &during);
      CHECK((during.sa_handler != before.sa_handler));
    }
    fs::remove_all(pattern);
  }
  struct sigaction after {};
  ::sigaction(SIGINT, nullptr, &after);
  CHECK((after.sa_handler == before.sa_handler));
}
