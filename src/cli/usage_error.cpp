#include "usage_error.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <regex>
#include <string_view>

#include "tatakerja/util/text.hpp"

namespace tatakerja::cli {

namespace {

// "a, b or c"
std::string one_of(const std::vector<std::string>& words, std::string_view last) {
  std::string text;
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (i > 0) text += i + 1 == words.size() ? fmt::format(" {} ", last) : ", ";
    text += words[i];
  }
  return text;
}

std::vector<std::string> split(const std::string& text, char separator) {
  std::vector<std::string> parts;
  std::size_t start = 0;
  while (start <= text.size()) {
    const auto end = text.find(separator, start);
    parts.push_back(text.substr(start, end == std::string::npos ? std::string::npos : end - start));
    if (end == std::string::npos) break;
    start = end + 1;
  }
  return parts;
}

// "--format: xml not in {text,json}" (a CLI::IsMember check)
std::string not_a_member(const std::string& option, const std::string& value,
                         const std::string& set) {
  const auto choices = split(set, ',');
  std::string message =
      fmt::format("{} {}: `{}` is not one of {}", option, util::escape_control(value),
                  util::escape_control(value), one_of(choices, "or"));
  std::vector<std::string_view> candidates(choices.begin(), choices.end());
  message += util::did_you_mean(util::suggest(value, candidates));
  return message;
}

// "The following arguments were not expected: a --b" (CLI11 lists them
// last first).
std::string unexpected(const std::string& list) {
  auto words = split(list, ' ');
  std::reverse(words.begin(), words.end());
  if (words.size() == 1 && words[0].starts_with("-")) {
    return fmt::format("unknown option `{}`", words[0]);
  }
  std::vector<std::string> quoted;
  for (const auto& word : words) quoted.push_back(fmt::format("`{}`", word));
  return fmt::format("unexpected argument{} {}", words.size() > 1 ? "s" : "",
                     one_of(quoted, "and"));
}

std::string lower_first(const std::string& message) {
  if (message.size() >= 2 && message[0] >= 'A' && message[0] <= 'Z' && message[1] >= 'a' &&
      message[1] <= 'z') {
    return static_cast<char>(message[0] - 'A' + 'a') + message.substr(1);
  }
  return message;
}

}  // namespace

std::string usage_message(const std::string& message, const std::vector<std::string>& commands) {
  std::smatch m;
  static const std::regex member(R"(^(\S+): (.*) not in \{(.*)\}$)");
  static const std::regex extras(
      R"(^(?:\[\S+\]: )?The following arguments? (?:was|were) not expected: (.*)$)");
  static const std::regex convert(R"(^Could not convert: (\S+) = (.*)$)");
  static const std::regex missing_value(R"(^(\S+): \d+ required .* missing$)");
  static const std::regex at_most(R"(^(\S+): At Most 1 required but received \d+$)");
  static const std::regex required(R"(^(\S+) is required$)");
  if (std::regex_match(message, m, member)) return not_a_member(m[1], m[2], m[3]);
  if (std::regex_match(message, m, extras)) return unexpected(m[1]);
  if (std::regex_match(message, m, convert)) {
    return fmt::format("{} {}: `{}` is not a valid value", m[1].str(), m[2].str(), m[2].str());
  }
  if (std::regex_match(message, m, missing_value))
    return fmt::format("{} needs a value", m[1].str());
  if (std::regex_match(message, m, at_most))
    return fmt::format("{} may be given only once", m[1].str());
  if (message == "A subcommand is required") {
    return fmt::format("no command given; the commands are {}", one_of(commands, "and"));
  }
  if (std::regex_match(message, m, required))
    return fmt::format("the {} argument is missing", m[1].str());
  return lower_first(message);
}

}  // namespace tatakerja::cli
