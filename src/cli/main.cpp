// The program's entry: parses the command line with CLI11 (the only file
// that includes it), runs one command, and maps every outcome to an exit
// status: 0 done, 1 the repository has errors, 2 the command could not run.
#include <CLI/CLI.hpp>

#include <cstdio>
#include <iostream>
#include <string_view>

#include <fmt/format.h>

#include "commands.hpp"
#include "tatakerja/util/error.hpp"
#include "tatakerja/util/text.hpp"
#include "tatakerja/version.hpp"

namespace {

std::string version_text() {
  std::string text = fmt::format("tatakerja {}", tatakerja::kVersion);
  if (std::string_view(tatakerja::kGitRevision).size()) {
    text += fmt::format(" (git {})", tatakerja::kGitRevision);
  }
  return text;
}

// The first word that is not an option: the command the user meant.
std::string first_word(int argc, char** argv) {
  for (int i = 1; i < argc; ++i) {
    std::string_view arg = argv[i];
    if (!arg.starts_with("-")) return std::string(arg);
    if (arg == "--root" || arg == "--color" || arg == "-j" || arg == "--jobs") ++i;
  }
  return {};
}

int usage_error(const std::string& message) {
  std::cerr << "tatakerja: error: " << tatakerja::util::escape_control(message) << "\n"
            << "Run `tatakerja --help` for usage.\n";
  return 2;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"tatakerja: duty descriptions, workload analysis (ABK) and SOPs as plain text"};
  app.name("tatakerja");
  tatakerja::cli::State state;
  tatakerja::cli::add_global_options(app, state);
  app.set_version_flag("--version", version_text());
  app.require_subcommand(1);
  for (const auto& command : tatakerja::cli::commands()) command.setup(app, state);

  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    const std::string word = first_word(argc, argv);
    if (!word.empty() && !tatakerja::cli::is_command(word)) {
      return usage_error(tatakerja::cli::unknown_command_message(word));
    }
    return usage_error(e.what());
  }

  try {
    return state.run();
  } catch (const tatakerja::util::Failure& e) {
    std::cout.flush();
    std::cerr << "tatakerja: error: " << tatakerja::util::escape_control(e.what()) << "\n";
    return 2;
  } catch (const std::exception& e) {
    std::cout.flush();
    std::cerr << "tatakerja: internal error: " << tatakerja::util::escape_control(e.what()) << "\n"
              << "This is a bug in tatakerja: please report it.\n";
    return 2;
  }
}
