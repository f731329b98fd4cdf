#include "completion.hpp"

#include <CLI/CLI.hpp>
#include <array>
#include <iostream>
#include <memory>
#include <string_view>
#include <utility>

#include "state.hpp"

namespace tatakerja::cli {

namespace {

// The values of a CLI::IsMember check, which CLI11 shows in the type name:
// "TEXT:{text,json,sarif}" -> text, json, sarif.
std::vector<std::string> choices_of(const std::string& type_name) {
  std::vector<std::string> choices;
  const auto open = type_name.find(":{");
  if (open == std::string::npos) return choices;
  const auto close = type_name.find('}', open);
  if (close == std::string::npos) return choices;
  std::string_view list(type_name.data() + open + 2, close - open - 2);
  while (!list.empty()) {
    const auto comma = list.find(',');
    choices.emplace_back(list.substr(0, comma));
    if (comma == std::string_view::npos) break;
    list.remove_prefix(comma + 1);
  }
  return choices;
}

// Options whose value is a file although CLI11 types it as TEXT.
constexpr std::array<std::string_view, 3> kFileOptions{"--output", "--baseline",
                                                       "--write-baseline"};

ValueHint hint_of(const CLI::Option& opt) {
  const std::string type = opt.get_type_name();
  const std::string base = type.substr(0, type.find(':'));
  if (base == "DIR") return ValueHint::Folder;
  if (base == "FILE" || base == "PATH") return ValueHint::File;
  for (const auto& name : opt.get_lnames()) {
    for (auto file_option : kFileOptions) {
      if ("--" + name == file_option) return ValueHint::File;
    }
  }
  if (opt.get_positional() && opt.get_name(true, false) == "PATH") return ValueHint::File;
  return ValueHint::None;
}

// A flag is an option that expects no value (CLI11 sets expected(0)).
bool takes_value(const CLI::Option& opt) {
  return opt.get_type_size_max() != 0 && opt.get_expected_max() != 0;
}

bool repeatable(const CLI::Option& opt) {
  return opt.get_items_expected_max() > 1;
}

CompletionOption option_of(const CLI::Option& opt) {
  CompletionOption o;
  for (const auto& s : opt.get_snames()) o.names.push_back("-" + s);
  for (const auto& l : opt.get_lnames()) o.names.push_back("--" + l);
  o.description = opt.get_description();
  o.takes_value = takes_value(opt);
  o.repeatable = o.takes_value && repeatable(opt);
  if (o.takes_value) {
    o.choices = choices_of(opt.get_type_name());
    o.hint = hint_of(opt);
  }
  return o;
}

CompletionPositional positional_of(const CLI::Option& opt) {
  CompletionPositional p;
  p.name = opt.get_name(true, false);
  p.description = opt.get_description();
  p.repeatable = repeatable(opt);
  p.choices = choices_of(opt.get_type_name());
  p.hint = hint_of(opt);
  return p;
}

CompletionCommand command_of(const CLI::App& sub) {
  CompletionCommand c;
  c.name = sub.get_name();
  c.description = sub.get_description();
  for (const CLI::Option* opt : sub.get_options()) {
    if (opt->nonpositional()) {
      c.options.push_back(option_of(*opt));
    } else if (opt->get_positional()) {
      c.positionals.push_back(positional_of(*opt));
    }
  }
  return c;
}

}  // namespace

CompletionModel completion_model(const CLI::App& app) {
  CompletionModel model;
  model.program = app.get_name();
  for (const CLI::Option* opt : app.get_options()) {
    if (!opt->nonpositional()) continue;
    CompletionOption o = option_of(*opt);
    o.top_only = opt == app.get_help_ptr() || opt == app.get_version_ptr();
    model.global.push_back(std::move(o));
  }
  for (const CLI::App* sub : app.get_subcommands({})) {
    if (!sub->get_name().empty()) model.commands.push_back(command_of(*sub));
  }
  return model;
}

void write_completion(const CompletionModel& model, const std::string& shell, std::ostream& out) {
  if (shell == "bash") write_bash_completion(model, out);
  if (shell == "zsh") write_zsh_completion(model, out);
  if (shell == "fish") write_fish_completion(model, out);
}

void setup_completion(CLI::App& parent, State& state) {
  auto shell = std::make_shared<std::string>();
  auto* cmd = parent.add_subcommand("completion",
                                    "Print the shell completion script for bash, zsh or fish");
  cmd->add_option("SHELL", *shell, "The shell: bash, zsh or fish")
      ->required()
      ->check(CLI::IsMember({"bash", "zsh", "fish"}));
  const CLI::App* program = &parent;
  cmd->callback([&state, program, shell] {
    state.run = [program, shell] {
      write_completion(completion_model(*program), *shell, std::cout);
      return 0;
    };
  });
}

}  // namespace tatakerja::cli
