#include "completion_text.hpp"

namespace tatakerja::cli {

std::string safe_word(const std::string& word) {
  std::string safe;
  for (char c : word) {
    const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                    c == '.' || c == '_' || c == '-' || c == '/' || c == '+';
    if (ok) safe += c;
  }
  return safe;
}

std::string join_words(const std::vector<std::string>& words) {
  std::string joined;
  for (const auto& word : words) {
    const std::string safe = safe_word(word);
    if (safe.empty()) continue;
    if (!joined.empty()) joined += ' ';
    joined += safe;
  }
  return joined;
}

std::vector<std::string> command_names(const CompletionModel& model) {
  std::vector<std::string> names;
  for (const auto& c : model.commands) names.push_back(c.name);
  return names;
}

std::string single_quoted(const std::string& text) {
  std::string quoted = "'";
  for (char c : text) {
    if (c == '\'') {
      quoted += "'\\''";
    } else {
      quoted += c;
    }
  }
  return quoted + "'";
}

std::string short_description(const std::string& text) {
  std::string line = text.substr(0, text.find('\n'));
  if (!line.empty() && line.back() == '.') line.pop_back();
  return line;
}

}  // namespace tatakerja::cli
