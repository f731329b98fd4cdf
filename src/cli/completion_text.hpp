// Small text helpers shared by the completion script writers.
#pragma once

#include <string>
#include <vector>

#include "completion.hpp"

namespace tatakerja::cli {

// A name or a choice as it may appear unquoted in any shell: letters,
// digits and . _ - / + only; anything else is dropped, so that a strange
// name can never inject code into a script.
std::string safe_word(const std::string& word);

// Words joined by single spaces, each through safe_word.
std::string join_words(const std::vector<std::string>& words);

// The names of the commands, in the command table's order.
std::vector<std::string> command_names(const CompletionModel& model);

// `text` inside single quotes for a POSIX shell (zsh): ' becomes '\''.
std::string single_quoted(const std::string& text);

// The first line of a description, without a trailing period.
std::string short_description(const std::string& text);

}  // namespace tatakerja::cli
