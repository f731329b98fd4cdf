#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "cli/usage_error.hpp"

namespace cli = tatakerja::cli;

TEST_CASE("cli usage error: a value that is not one of the choices, with a guess") {
  const std::vector<std::string> formats{"text", "json", "sarif", "github", "junit"};
  CHECK(cli::not_one_of("--format", "jsn", formats) ==
        "--format jsn: `jsn` is not one of text, json, sarif, github or junit; did you mean "
        "`json`?");
  CHECK(cli::not_one_of("SHELL", "tcsh", {"bash", "zsh", "fish"}) ==
        "SHELL tcsh: `tcsh` is not one of bash, zsh or fish");
  CHECK(cli::not_one_of("--fail-on", "x", {"new-errors"}) ==
        "--fail-on x: `x` is not one of new-errors");
  CHECK(cli::not_one_of("--lang", "\x1b[31m", {"id", "en"}).find('\x1b') == std::string::npos);
}

TEST_CASE("cli usage error: unexpected words, an unknown option") {
  CHECK(cli::unexpected({"--bogus"}) == "unknown option `--bogus`");
  CHECK(cli::unexpected({"extra"}) == "unexpected argument `extra`");
  CHECK(cli::unexpected({"extra", "more", "--x"}) ==
        "unexpected arguments `extra`, `more` and `--x`");
}

TEST_CASE("cli usage error: the other refusals") {
  CHECK(cli::not_a_valid_value("--jobs", "many") == "--jobs many: `many` is not a valid value");
  CHECK(cli::needs_a_value("--by") == "--by needs a value");
  CHECK(cli::given_only_once("--by") == "--by may be given only once");
  CHECK(cli::no_command({"validate", "render", "list"}) ==
        "no command given; the commands are validate, render and list");
  CHECK(cli::missing_argument("SOP") == "the SOP argument is missing");
  CHECK(cli::lower_first("File does not exist: a") == "file does not exist: a");
  CHECK(cli::lower_first("FILE: File does not exist: a") == "FILE: File does not exist: a");
}
