#include "tatakerja/util/xml.hpp"

#include "tatakerja/util/text.hpp"

namespace tatakerja::util {

namespace {

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";  // U+FFFD in UTF-8

// U+FFFE and U+FFFF in UTF-8: EF BF BE, EF BF BF.
bool is_forbidden_noncharacter(std::string_view text, std::size_t i) {
  return i + 2 < text.size() && text[i] == '\xEF' && text[i + 1] == '\xBF' &&
         (text[i + 2] == '\xBE' || text[i + 2] == '\xBF');
}

// A C1 control, U+0080..U+009F (C2 80..C2 9F in UTF-8): allowed in XML 1.0
// but a parse error in HTML, and invisible.
bool is_c1(std::string_view text, std::size_t i) {
  return text[i] == '\xC2' && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) < 0xA0;
}

const char* entity_for(char c) {
  switch (c) {
    case '&':
      return "&amp;";
    case '<':
      return "&lt;";
    case '>':
      return "&gt;";
    case '"':
      return "&quot;";
    case '\'':
      return "&apos;";
    case '\t':
      return "&#9;";
    case '\n':
      return "&#10;";
    case '\r':
      return "&#13;";
    default:
      return nullptr;
  }
}

void append_hex(unsigned char byte, std::string& out) {
  static constexpr char kHex[] = "0123456789abcdef";
  out += "\\x";
  out += kHex[byte >> 4];
  out += kHex[byte & 0xf];
}

// Escapes text already known to be valid UTF-8.
void append_escaped(std::string_view text, std::string& out) {
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    const auto byte = static_cast<unsigned char>(c);
    if (const char* entity = entity_for(c)) {
      out += entity;
    } else if (byte < 0x20 || byte == 0x7f) {
      append_hex(byte, out);
    } else if (is_c1(text, i)) {
      append_hex(byte, out);
      append_hex(static_cast<unsigned char>(text[++i]), out);
    } else if (is_forbidden_noncharacter(text, i)) {
      out += kReplacement;
      i += 2;
    } else {
      out += c;
    }
  }
}

}  // namespace

std::string xml_escape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (;;) {
    const auto bad = find_invalid_utf8(text);
    append_escaped(text.substr(0, bad.value_or(text.size())), out);
    if (!bad) break;
    out += kReplacement;
    text.remove_prefix(*bad + 1);
  }
  return out;
}

}  // namespace tatakerja::util
