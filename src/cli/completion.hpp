// Shell completion scripts for bash, zsh and fish, made from the same
// CLI11 command tree that parses the command line: the commands of
// kCommands, their options (long and short), the values an option accepts
// (from its CLI::IsMember check) and whether a value or a positional is a
// file or a folder. A command added to the table is completed with no
// change here.
#pragma once

#include <iosfwd>
#include <string>
#include <vector>

namespace CLI {
class App;
}

namespace tatakerja::cli {

struct State;

enum class ValueHint { None, File, Folder };

struct CompletionOption {
  std::vector<std::string> names;  // "-q", "--quiet": short names first
  std::string description;
  bool takes_value = false;
  bool repeatable = false;
  std::vector<std::string> choices;  // the IsMember set, if any
  ValueHint hint = ValueHint::None;
  bool top_only = false;  // --help and --version of the program itself
};

struct CompletionPositional {
  std::string name;  // "PATH", "SOP", "SHELL"
  std::string description;
  bool repeatable = false;
  std::vector<std::string> choices;
  ValueHint hint = ValueHint::None;
};

struct CompletionCommand {
  std::string name;
  std::string description;
  std::vector<CompletionOption> options;
  std::vector<CompletionPositional> positionals;
};

struct CompletionModel {
  std::string program;
  std::vector<CompletionOption> global;
  std::vector<CompletionCommand> commands;
};

// The model of a parsed-ready CLI11 program: its options and subcommands.
CompletionModel completion_model(const CLI::App& app);

// One script a shell; `shell` is bash, zsh or fish.
void write_completion(const CompletionModel& model, const std::string& shell, std::ostream& out);
void write_bash_completion(const CompletionModel& model, std::ostream& out);
void write_zsh_completion(const CompletionModel& model, std::ostream& out);
void write_fish_completion(const CompletionModel& model, std::ostream& out);

// The `completion` command, for the command table.
void setup_completion(CLI::App& parent, State& state);

}  // namespace tatakerja::cli
