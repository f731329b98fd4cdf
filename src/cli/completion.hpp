// Shell completion scripts for bash, zsh and fish, made from the same
// command tree that parses the command line (parser.cpp walks it into a
// CompletionModel): the commands of the command table, their options (long
// and short), the words an option accepts (its spelling table) and whether
// a value or a positional is a file or a folder. A command added to the
// table is completed with no change here.
#pragma once

#include <iosfwd>
#include <string>
#include <vector>

#include "tatakerja/util/choice.hpp"

namespace tatakerja::cli {

enum class Shell { Bash, Zsh, Fish };
inline constexpr util::Spellings<Shell, 3> kShells{{
    {Shell::Bash, "bash"},
    {Shell::Zsh, "zsh"},
    {Shell::Fish, "fish"},
}};

enum class ValueHint { None, File, Folder };

struct CompletionOption {
  std::vector<std::string> names;  // "-q", "--quiet": short names first
  std::string description;
  bool takes_value = false;
  bool repeatable = false;
  std::vector<std::string> choices;  // the words of its spelling table, if any
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

void write_completion(const CompletionModel& model, Shell shell, std::ostream& out);
void write_bash_completion(const CompletionModel& model, std::ostream& out);
void write_zsh_completion(const CompletionModel& model, std::ostream& out);
void write_fish_completion(const CompletionModel& model, std::ostream& out);

}  // namespace tatakerja::cli
