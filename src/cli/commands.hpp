// The command table as data: each command's name, description, options
// and the function that runs it. parser.cpp, the one file that includes
// CLI11, turns the table into a CLI11 program; the commands run as
// functions of plain option structs (include/tatakerja/app/), never
// seeing CLI11. A new option is one row in its command's list; a new
// choice is one word in its enum's spelling table.
#pragma once

#include <cstddef>
#include <filesystem>
#include <functional>
#include <optional>
#include <span>
#include <string>
#include <variant>
#include <vector>

#include "tatakerja/util/choice.hpp"

namespace tatakerja::cli {

struct State;

// An option whose value is one word of a spelling table: the parser
// accepts only those words and hands each one given to `take`, which
// stores the enum value.
struct Choice {
  std::vector<std::string> words;
  std::function<void(const std::string&)> take;
  bool repeatable = false;
};

template <typename E, std::size_t N>
Choice choice(const util::Spellings<E, N>& table, E& target) {
  return {util::words_of(table), [&table, &target](const std::string& word) {
            if (auto value = util::parse_word(table, word)) target = *value;
          }};
}

template <typename E, std::size_t N>
Choice choice(const util::Spellings<E, N>& table, std::optional<E>& target) {
  return {util::words_of(table), [&table, &target](const std::string& word) {
            if (auto value = util::parse_word(table, word)) target = *value;
          }};
}

template <typename E, std::size_t N>
Choice choice(const util::Spellings<E, N>& table, std::vector<E>& target) {
  return {util::words_of(table),
          [&table, &target](const std::string& word) {
            if (auto value = util::parse_word(table, word)) target.push_back(*value);
          },
          true};
}

// Where an option's value goes. A bool is a flag; a vector is repeatable
// (an option takes one value each time it is given, so that a PATH after
// it is not swallowed; a positional takes every word left).
using Target = std::variant<bool*, unsigned*, std::string*, std::optional<std::string>*,
                            std::vector<std::string>*, std::filesystem::path*,
                            std::optional<std::filesystem::path>*, Choice>;

struct Option {
  std::string names;  // "--format", "-q,--quiet"; a positional's is "PATH"
  std::string description;
  Target target;
  std::string type_name = {};  // the value's name in --help ("FILE", "N"), else TEXT
  bool required = false;
  bool existing_file = false;  // each value names a file that exists
};

struct Command {
  const char* name;
  const char* description;
  std::vector<Option> (*options)(State& state);
  int (*run)(State& state);
};

std::span<const Command> commands();
bool is_command(const std::string& word);
std::string unknown_command_message(const std::string& word);

// The program's own options, before or after the command.
std::vector<Option> global_options(State& state);

}  // namespace tatakerja::cli
