#include "help_format.hpp"

#include <sys/ioctl.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <string_view>

#include "tatakerja/util/text.hpp"

namespace tatakerja::cli {

namespace {

constexpr std::size_t kMinWidth = 60;
constexpr std::size_t kMaxWidth = 120;
constexpr std::size_t kDefaultWidth = 80;

std::size_t columns_from_env() {
  const char* columns = std::getenv("COLUMNS");
  if (columns == nullptr || *columns == '\0') return 0;
  std::size_t value = 0;
  for (const char* p = columns; *p; ++p) {
    if (*p < '0' || *p > '9' || value > 10000) return 0;
    value = value * 10 + static_cast<std::size_t>(*p - '0');
  }
  return value;
}

std::size_t columns_of_terminal() {
  winsize size{};
  if (ioctl(STDOUT_FILENO, TIOCGWINSZ, &size) != 0) return 0;
  return size.ws_col;
}

}  // namespace

std::size_t help_width() {
  std::size_t width = columns_from_env();
  if (width == 0) width = columns_of_terminal();
  if (width == 0) width = kDefaultWidth;
  return std::clamp(width, kMinWidth, kMaxWidth);
}

std::string two_columns(const std::string& name, const std::string& description, std::size_t column,
                        std::size_t width) {
  const std::string left = "  " + name;
  if (description.empty()) return left + "\n";
  const std::size_t text_width = width > column + 20 ? width - column : 20;
  std::string out = left;
  const std::size_t left_width = util::count_code_points(left);
  if (left_width >= column) {
    out += "\n" + std::string(column, ' ');
  } else {
    out += std::string(column - left_width, ' ');
  }
  bool first = true;
  for (const auto& paragraph : util::wrap(description, text_width)) {
    if (!first) out += "\n" + std::string(column, ' ');
    out += paragraph;
    first = false;
  }
  return out + "\n";
}

std::string wrapped_lines(const std::string& text, std::size_t width) {
  std::string out;
  std::string_view rest = text;
  while (!rest.empty()) {
    const auto newline = rest.find('\n');
    const std::string line(rest.substr(0, newline));
    rest.remove_prefix(newline == std::string_view::npos ? rest.size() : newline + 1);
    for (const auto& wrapped : util::wrap(line, width)) out += wrapped + "\n";
  }
  return out;
}

}  // namespace tatakerja::cli
