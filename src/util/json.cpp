#include "tatakerja/util/json.hpp"

#include <cassert>

#include "tatakerja/util/text.hpp"

namespace tatakerja::util {

namespace {

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";  // U+FFFD in UTF-8

void append_escaped_char(char c, std::string& out) {
  static constexpr char kHex[] = "0123456789abcdef";
  switch (c) {
    case '"':
      out += "\\\"";
      return;
    case '\\':
      out += "\\\\";
      return;
    case '\b':
      out += "\\b";
      return;
    case '\f':
      out += "\\f";
      return;
    case '\n':
      out += "\\n";
      return;
    case '\r':
      out += "\\r";
      return;
    case '\t':
      out += "\\t";
      return;
    default:
      break;
  }
  const auto byte = static_cast<unsigned char>(c);
  if (byte < 0x20 || byte == 0x7f) {
    out += "\\u00";
    out += kHex[byte >> 4];
    out += kHex[byte & 0xf];
  } else {
    out += c;
  }
}

}  // namespace

std::string json_quote(std::string_view text) {
  std::string out;
  out.reserve(text.size() + 2);
  out += '"';
  for (;;) {
    const auto bad = find_invalid_utf8(text);
    for (char c : text.substr(0, bad.value_or(text.size()))) append_escaped_char(c, out);
    if (!bad) break;
    out += kReplacement;
    text.remove_prefix(*bad + 1);
  }
  out += '"';
  return out;
}

void JsonWriter::newline() {
  if (indent_ <= 0) return;
  out_ << '\n' << std::string(levels_.size() * static_cast<std::size_t>(indent_), ' ');
}

// Separates this value from the previous one of its container.
void JsonWriter::before_value() {
  assert(!done() && "a JSON writer writes one value");
  if (after_key_) {
    after_key_ = false;
    return;
  }
  if (levels_.empty()) return;
  Level& level = levels_.back();
  assert(!level.object && "a key is due before an object member");
  if (level.count > 0) out_ << ',';
  newline();
  ++level.count;
}

void JsonWriter::close(bool object, char bracket) {
  assert(!levels_.empty() && levels_.back().object == object && !after_key_);
  (void)object;
  const bool empty = levels_.back().count == 0;
  levels_.pop_back();
  if (!empty) newline();
  out_ << bracket;
  if (levels_.empty()) written_ = true;
}

JsonWriter& JsonWriter::begin_object() {
  before_value();
  out_ << '{';
  levels_.push_back({true, 0});
  return *this;
}

JsonWriter& JsonWriter::end_object() {
  close(true, '}');
  return *this;
}

JsonWriter& JsonWriter::begin_array() {
  before_value();
  out_ << '[';
  levels_.push_back({false, 0});
  return *this;
}

JsonWriter& JsonWriter::end_array() {
  close(false, ']');
  return *this;
}

JsonWriter& JsonWriter::key(std::string_view name) {
  assert(!levels_.empty() && levels_.back().object && !after_key_);
  Level& level = levels_.back();
  if (level.count > 0) out_ << ',';
  newline();
  ++level.count;
  out_ << json_quote(name) << (indent_ > 0 ? ": " : ":");
  after_key_ = true;
  return *this;
}

JsonWriter& JsonWriter::string(std::string_view text) {
  before_value();
  out_ << json_quote(text);
  written_ = levels_.empty();
  return *this;
}

JsonWriter& JsonWriter::number(std::int64_t value) {
  before_value();
  out_ << std::to_string(value);  // never grouped by a locale
  written_ = levels_.empty();
  return *this;
}

JsonWriter& JsonWriter::number_text(std::string_view digits) {
  assert(!digits.empty() && digits.find_first_not_of("-+.0123456789eE") == std::string_view::npos);
  before_value();
  out_ << digits;
  written_ = levels_.empty();
  return *this;
}

JsonWriter& JsonWriter::boolean(bool value) {
  before_value();
  out_ << (value ? "true" : "false");
  written_ = levels_.empty();
  return *this;
}

JsonWriter& JsonWriter::null() {
  before_value();
  out_ << "null";
  written_ = levels_.empty();
  return *this;
}

}  // namespace tatakerja::util
