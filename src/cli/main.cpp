// The program's entry: parses the command line with CLI11, runs one
// command, and maps every outcome to an exit status: 0 done, 1 the
// repository has errors, 2 the command could not run (every CLI11 parse
// error included, whatever its own exit code).
#include <fmt/format.h>

#include <CLI/CLI.hpp>
#include <cstdio>
#include <iostream>
#include <memory>
#include <string_view>

#include "commands.hpp"
#include "help_format.hpp"
#include "tatakerja/util/error.hpp"
#include "tatakerja/util/text.hpp"
#include "tatakerja/version.hpp"
#include "usage_error.hpp"

namespace {

std::string version_text() {
  std::string text = fmt::format("tatakerja {}", tatakerja::kVersion);
  if (std::string_view(tatakerja::kGitRevision).size()) {
    text += fmt::format(" (git {})", tatakerja::kGitRevision);
  }
  return text;
}

// The first word that is not an option: the command the user meant.
std::string first_word(const CLI::App& app, int argc, char** argv) {
  for (int i = 1; i < argc; ++i) {
    std::string_view arg = argv[i];
    if (!arg.starts_with("-")) return std::string(arg);
    const CLI::Option* opt = app.get_option_no_throw(std::string(arg));
    if (opt != nullptr && opt->get_type_size_max() != 0 && opt->get_expected_max() != 0) ++i;
  }
  return {};
}

// The first word before the command that is not one of the program's
// options (`tatakerja --bogus` is an unknown option, not a missing command).
std::string unknown_global_option(const CLI::App& app, int argc, char** argv) {
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    if (!arg.starts_with("-")) return {};
    if (arg.starts_with("--")) arg = arg.substr(0, arg.find('='));
    const CLI::Option* opt = app.get_option_no_throw(arg);
    if (opt == nullptr && (arg.starts_with("--") || arg.size() == 2)) return arg;
    if (opt != nullptr && opt->get_type_size_max() != 0 && opt->get_expected_max() != 0 &&
        std::string_view(argv[i]).find('=') == std::string_view::npos) {
      ++i;
    }
  }
  return {};
}

// Whether CLI11's `message` is about a global option: one of the
// program's own options, or an unknown one written before the command.
bool about_global_option(const CLI::App& app, const std::string& message, int argc, char** argv) {
  std::size_t at = 0;
  while ((at = message.find('-', at)) != std::string::npos) {
    if (at > 0 && message[at - 1] != ' ' && message[at - 1] != '`') {
      ++at;
      continue;
    }
    const std::string token = message.substr(at, message.find_first_of(" :=,`", at) - at);
    at += token.size();
    if (app.get_option_no_throw(token) != nullptr) return true;
    for (int i = 1; i < argc && std::string_view(argv[i]).starts_with("-"); ++i) {
      if (token == argv[i]) return true;
    }
  }
  return false;
}

std::vector<std::string> command_names() {
  std::vector<std::string> names;
  for (const auto& command : tatakerja::cli::commands()) names.emplace_back(command.name);
  return names;
}

int usage_error(const std::string& message, const std::string& command = {}) {
  std::cerr << "tatakerja: error: " << tatakerja::util::escape_control(message) << "\n"
            << "Run `tatakerja " << (command.empty() ? "" : command + " ")
            << "--help` for usage.\n";
  return 2;
}

// A parse error: an unknown command gets "did you mean", everything else
// CLI11 refuses is reported in our words; always exit 2.
int parse_error(const CLI::App& app, const CLI::ParseError& e, int argc, char** argv) {
  const std::string word = first_word(app, argc, argv);
  if (word.empty()) {
    if (auto option = unknown_global_option(app, argc, argv); !option.empty()) {
      return usage_error(fmt::format("unknown option `{}`", option));
    }
  } else if (!tatakerja::cli::is_command(word)) {
    return usage_error(tatakerja::cli::unknown_command_message(word));
  }
  const auto parsed = app.get_subcommands();
  const bool global = parsed.empty() || about_global_option(app, e.what(), argc, argv);
  return usage_error(tatakerja::cli::usage_message(e.what(), command_names()),
                     global ? std::string() : parsed.front()->get_name());
}

int parse_and_run(int argc, char** argv) {
  CLI::App app{"tatakerja: duty descriptions, workload analysis (ABK) and SOPs as plain text"};
  app.name("tatakerja");
  // Before the subcommands are added: they take the formatter they find.
  app.formatter(std::make_shared<tatakerja::cli::HelpFormatter>(tatakerja::cli::help_width()));
  tatakerja::cli::State state;
  tatakerja::cli::add_global_options(app, state);
  app.set_version_flag("--version", version_text());
  app.require_subcommand(1);
  for (const auto& command : tatakerja::cli::commands()) command.setup(app, state);

  try {
    app.parse(argc, argv);
  } catch (const CLI::Success& e) {  // --help, --version
    const std::string word = first_word(app, argc, argv);
    if (!word.empty() && !tatakerja::cli::is_command(word)) {
      return usage_error(tatakerja::cli::unknown_command_message(word));
    }
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    return parse_error(app, e, argc, argv);
  }
  return state.run();
}

}  // namespace

int main(int argc, char** argv) {
  try {
    return parse_and_run(argc, argv);
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
