// The one Markdown escaper (util/markdown.hpp).
#include "tatakerja/util/markdown.hpp"

#include <fmt/format.h>

#include "tatakerja/util/text.hpp"

namespace tatakerja::util::markdown {

namespace {

constexpr std::string_view kBlanks = " \t";

std::string_view trim(std::string_view text, std::string_view blanks) {
  const auto first = text.find_first_not_of(blanks);
  if (first == std::string_view::npos) return {};
  return text.substr(first, text.find_last_not_of(blanks) - first + 1);
}

bool ends_with_word(std::string_view out, std::string_view word) {
  return out.size() >= word.size() && to_lower_ascii(out.substr(out.size() - word.size())) == word;
}

// GFM's extended autolinks: "http://", "https://" and "www." become links
// even in plain text, so their ':' or '.' is escaped (and still reads the same).
bool starts_autolink(std::string_view out, char c) {
  if (c == ':') return ends_with_word(out, "http") || ends_with_word(out, "https");
  return c == '.' && ends_with_word(out, "www");
}

// One line (no line breaks in it), escaped character by character.
void append_line(std::string& out, std::string_view line) {
  const std::string shown = escape_control(line);  // tab kept, all else \xNN
  for (char c : shown) {
    switch (c) {
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '&':
        out += "&amp;";
        break;
      case '\t':
        out += ' ';
        break;
      case '\\':
      case '`':
      case '*':
      case '_':
      case '[':
      case ']':
      case '|':
      case '~':
      case '$':
      case '#':
        out += '\\';
        out += c;
        break;
      case ':':
      case '.':
        if (starts_autolink(out, c)) out += '\\';
        out += c;
        break;
      default:
        out += c;
    }
  }
}

// A block marker at the very start: "- x", "+ x", "= x", "12. x", "12) x"
// (not "1.5 jam").
void escape_block_start(std::string& out) {
  if (out.empty()) return;
  if (out[0] == '-' || out[0] == '+' || out[0] == '=') {
    out.insert(0, 1, '\\');
    return;
  }
  std::size_t digits = 0;
  while (digits < out.size() && out[digits] >= '0' && out[digits] <= '9') ++digits;
  const bool marker =
      digits > 0 && digits < out.size() && (out[digits] == '.' || out[digits] == ')');
  if (marker && (digits + 1 == out.size() || out[digits + 1] == ' ')) {
    out.insert(digits, 1, '\\');
  }
}

std::string escaped(std::string_view text, std::string_view line_break) {
  text = trim(text, " \t\r\n");
  std::string out;
  out.reserve(text.size() + 8);
  bool first = true;
  while (true) {
    const auto end = text.find_first_of("\r\n");
    if (!first) out += line_break;
    first = false;
    append_line(out, trim(text.substr(0, end), kBlanks));
    if (end == std::string_view::npos) break;
    const bool crlf = text[end] == '\r' && end + 1 < text.size() && text[end + 1] == '\n';
    text.remove_prefix(end + (crlf ? 2 : 1));
  }
  escape_block_start(out);
  return out;
}

}  // namespace

std::string inline_text(std::string_view text) {
  return escaped(text, " ");
}

std::string cell(std::string_view text) {
  return escaped(text, "<br>");
}

std::string anchor(std::string_view prefix, std::string_view id) {
  std::string out(prefix);
  for (unsigned char c : id) {
    const bool keep = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                      c == '-' || c == '.';
    if (keep) {
      out += static_cast<char>(c);
    } else {
      out += fmt::format("_{:02X}", c);
    }
  }
  return out;
}

}  // namespace tatakerja::util::markdown
