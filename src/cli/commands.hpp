// The command table: each command's name, one-line description and the
// function that declares its options. Commands run as functions of plain
// option structs (include/tatakerja/app/), never seeing CLI11.
#pragma once

#include <functional>
#include <span>
#include <string>

namespace CLI {
class App;
}

namespace tatakerja::cli {

struct State;

struct Command {
  const char* name;
  const char* description;
  void (*setup)(CLI::App& app, State& state);
};

std::span<const Command> commands();
bool is_command(const std::string& word);
std::string unknown_command_message(const std::string& word);

void add_global_options(CLI::App& app, State& state);

}  // namespace tatakerja::cli

#include "state.hpp"
