#include "explanations.hpp"

#include <span>
#include <string>

#include "tatakerja/util/embedded.hpp"

namespace tatakerja::check::explain {

std::span<const util::EmbeddedFile> explanation_files();  // generated: explanations.cpp

namespace {

// The text after "\n=== NAME\n", up to the next "\n=== " (or the end, less
// the file's last newline); `rest` moves past it.
std::string_view section(std::string_view& rest, std::string_view name) {
  const std::string marker = "\n=== " + std::string(name) + "\n";
  const auto at = rest.find(marker);
  if (at == std::string_view::npos) return {};
  rest.remove_prefix(at + marker.size());
  auto end = rest.find("\n=== ");
  if (end == std::string_view::npos) end = rest.empty() ? 0 : rest.size() - 1;
  const std::string_view text = rest.substr(0, end);
  rest.remove_prefix(end);
  return text;
}

}  // namespace

Explanation parse_explanation(std::string_view text) {
  Explanation e;
  e.summary = text.substr(0, text.find('\n'));
  std::string_view rest = text.substr(e.summary.size());
  e.what = section(rest, "what");
  e.why = section(rest, "why");
  e.wrong = section(rest, "wrong");
  e.fixed = section(rest, "fixed");
  return e;
}

Explanation explanation_of(std::string_view id) {
  for (const auto& file : explanation_files()) {
    const std::string_view path = file.path;
    if (path.size() == id.size() + 4 && path.starts_with(id) && path.ends_with(".txt")) {
      return parse_explanation(file.text);
    }
  }
  return {};
}

}  // namespace tatakerja::check::explain
