// Running child processes (src/util/process.cpp).
#include <doctest/doctest.h>
#include <sys/types.h>

#include "scratch.hpp"
#include "tatakerja/util/process.hpp"

using namespace tatakerja::util;

TEST_CASE("a command's standard output is captured; its folder is the one given") {
  test::Scratch scratch;
  const auto done = run({.argv = {"sh", "-c", "pwd; echo keluar >&2; exit 3"},
                         .cwd = scratch.path,
                         .output = Command::Output::Capture});
  CHECK(done.error.empty());
  CHECK(done.output == scratch.path.string() + "\n");
  CHECK(done.exited(3));
  CHECK_FALSE(done.exited(0));
}

TEST_CASE("standard input is /dev/null") {
  const auto done =
      run({.argv = {"sh", "-c", "cat; echo selesai"}, .output = Command::Output::Capture});
  CHECK(done.output == "selesai\n");
  CHECK(done.exited(0));
}

TEST_CASE("the input given is its standard input, however large") {
  std::string input;
  for (int i = 0; i < 200'000; ++i) input += "baris\n";  // larger than any pipe's buffer
  const auto done = run({.argv = {"wc", "-l"}, .input = input, .output = Command::Output::Capture});
  CHECK(done.exited(0));
  CHECK(done.output == "200000\n");
}

TEST_CASE("a program that is not there exits 127") {
  CHECK(run({.argv = {"tatakerja-no-such-program"}}).not_found());
  CHECK(run({.argv = {"/no/such/path/program"}}).not_found());
}

TEST_CASE("Log sends both streams to the file") {
  test::Scratch scratch;
  const auto log = scratch.path / "log";
  const auto done = run({.argv = {"sh", "-c", "echo satu; echo dua >&2"},
                         .output = Command::Output::Log,
                         .log = log});
  CHECK(done.exited(0));
  CHECK(test::read(log) == "satu\ndua\n");
}

TEST_CASE("a command past its timeout is killed, with its whole group") {
  test::Scratch scratch;
  pid_t seen = 0;
  const auto started = std::chrono::steady_clock::now();
  const auto done = run({.argv = {"sh", "-c", "sleep 30 & sleep 30"},
                         .own_group = true,
                         .timeout = std::chrono::milliseconds(200),
                         .started = [&](pid_t pid) { seen = pid; }});
  CHECK(done.timed_out);
  CHECK_FALSE(done.exited(0));
  CHECK(seen > 0);
  CHECK(std::chrono::steady_clock::now() - started < std::chrono::seconds(10));
}
