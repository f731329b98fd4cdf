#include <doctest/doctest.h>

#include <algorithm>
#include <iostream>
#include <set>
#include <sstream>
#include <string>
#include <variant>
#include <vector>

#include "cli/commands.hpp"
#include "cli/parser.hpp"
#include "cli/state.hpp"

namespace cli = tatakerja::cli;
namespace app = tatakerja::app;

namespace {

cli::Choice& choice_of(std::vector<cli::Option>& options, const std::string& names) {
  auto it = std::find_if(options.begin(), options.end(),
                         [&](const cli::Option& o) { return o.names == names; });
  REQUIRE(it != options.end());
  return std::get<cli::Choice>(it->target);
}

// The exit status and standard error of the command line `args`.
std::pair<int, std::string> run(std::vector<std::string> args) {
  args.insert(args.begin(), "tatakerja");
  std::vector<char*> argv;
  for (auto& arg : args) argv.push_back(arg.data());
  std::ostringstream err;
  auto* old = std::cerr.rdbuf(err.rdbuf());
  const int status = cli::run(static_cast<int>(argv.size()), argv.data());
  std::cerr.rdbuf(old);
  return {status, err.str()};
}

}  // namespace

TEST_CASE("cli commands: each name once, and a guess for an unknown one") {
  std::set<std::string> names;
  for (const auto& command : cli::commands()) {
    CHECK(names.insert(command.name).second);
    CHECK(cli::is_command(command.name));
  }
  CHECK_FALSE(cli::is_command("valdate"));
  CHECK(cli::unknown_command_message("valdate") ==
        "`valdate` is not a tatakerja command; did you mean `validate`?");
}

TEST_CASE("cli commands: a choice stores the enum of the word given") {
  cli::State state;
  auto global = cli::global_options(state);
  auto& color = choice_of(global, "--color");
  CHECK(color.words == std::vector<std::string>{"auto", "always", "never"});
  color.take("never");
  CHECK(state.global.color == tatakerja::sys::ColorMode::Never);

  auto validate = cli::commands()[0].options(state);
  auto& format = choice_of(validate, "--format");
  CHECK(format.repeatable);
  format.take("sarif");
  format.take("json");
  CHECK(state.validate.formats ==
        std::vector<tatakerja::report::Format>{tatakerja::report::Format::Sarif,
                                               tatakerja::report::Format::Json});
}

TEST_CASE("cli parser: usage errors are exit 2, in our words, with the help to read") {
  CHECK(
      run({"--color", "sometimes", "validate"}) ==
      std::pair<int, std::string>{2,
                                  "tatakerja: error: --color sometimes: `sometimes` is not one "
                                  "of auto, always or never\nRun `tatakerja --help` for usage.\n"});
  CHECK(run({"graph"}) == std::pair<int, std::string>{2,
                                                      "tatakerja: error: the SOP argument is "
                                                      "missing\nRun `tatakerja graph --help` for "
                                                      "usage.\n"});
  CHECK(
      run({"graph", "a", "b", "c"})
          .second.starts_with(
              "tatakerja: error: unexpected arguments `b` and `c`\nRun `tatakerja graph --help`"));
  CHECK(run({"workload", "--by", "unit", "--by", "duty"})
            .second.starts_with("tatakerja: error: --by may be given only once\n"));
  CHECK(run({"-j", "many", "validate"})
            .second.starts_with("tatakerja: error: --jobs many: `many` is not a valid value\nRun "
                                "`tatakerja --help`"));
  CHECK(run({}).second.starts_with("tatakerja: error: no command given; the commands are "));
}
