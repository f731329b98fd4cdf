#include "usage_error.hpp"

#include <fmt/format.h>

#include <string_view>

#include "tatakerja/util/choice.hpp"
#include "tatakerja/util/text.hpp"

namespace tatakerja::cli {

std::string not_one_of(const std::string& option, const std::string& value,
                       const std::vector<std::string>& choices) {
  std::string message =
      fmt::format("{} {}: `{}` is not one of {}", option, util::escape_control(value),
                  util::escape_control(value), util::listed(choices));
  std::vector<std::string_view> candidates(choices.begin(), choices.end());
  message += util::did_you_mean(util::suggest(value, candidates));
  return message;
}

std::string unexpected(const std::vector<std::string>& words) {
  if (words.size() == 1 && words[0].starts_with("-")) {
    return fmt::format("unknown option `{}`", words[0]);
  }
  std::vector<std::string> quoted;
  for (const auto& word : words) quoted.push_back(fmt::format("`{}`", word));
  return fmt::format("unexpected argument{} {}", words.size() > 1 ? "s" : "",
                     util::listed(quoted, "and"));
}

std::string not_a_valid_value(const std::string& option, const std::string& value) {
  return fmt::format("{} {}: `{}` is not a valid value", option, value, value);
}

std::string needs_a_value(const std::string& option) {
  return fmt::format("{} needs a value", option);
}

std::string given_only_once(const std::string& option) {
  return fmt::format("{} may be given only once", option);
}

std::string no_command(const std::vector<std::string>& commands) {
  return fmt::format("no command given; the commands are {}", util::listed(commands, "and"));
}

std::string missing_argument(const std::string& name) {
  return fmt::format("the {} argument is missing", name);
}

std::string lower_first(const std::string& message) {
  if (message.size() >= 2 && message[0] >= 'A' && message[0] <= 'Z' && message[1] >= 'a' &&
      message[1] <= 'z') {
    return static_cast<char>(message[0] - 'A' + 'a') + message.substr(1);
  }
  return message;
}

}  // namespace tatakerja::cli
