// JSON output (RFC 8259) that knows nothing of SOPs: string escaping and a
// small streaming writer that prints keys in the order they are written, so
// the same calls always give the same bytes.
#pragma once

#include <cstddef>
#include <cstdint>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace tatakerja::util {

// `text` as a JSON string literal, quotes included: `"` and `\` are escaped,
// control characters become \b \f \n \r \t or \u00xx (lower-case hex; DEL
// too), and bytes that are not UTF-8 become U+FFFD, so the output is always
// valid UTF-8 JSON. Everything else (non-ASCII included) is kept as is.
std::string json_quote(std::string_view text);

// Writes one JSON value, pretty-printed with `indent` spaces a level (0: all
// on one line), in the order of the calls:
//
//   JsonWriter w(out);
//   w.begin_object().key("version").number(1).key("items").begin_array().end_array();
//   w.end_object();   // {\n  "version": 1,\n  "items": []\n}
//
// Empty containers print as {} and []. No newline follows the last bracket.
// Misuse (a value where a key is due, unbalanced ends) is a programming
// error, caught by assertions.
class JsonWriter {
 public:
  explicit JsonWriter(std::ostream& out, int indent = 2) : out_(out), indent_(indent) {}

  JsonWriter& begin_object();
  JsonWriter& end_object();
  JsonWriter& begin_array();
  JsonWriter& end_array();
  JsonWriter& key(std::string_view name);
  JsonWriter& string(std::string_view text);
  JsonWriter& number(std::int64_t value);
  // An exact number already written as JSON number text ("2.256", "-1"),
  // for decimals that must not pass through a double.
  JsonWriter& number_text(std::string_view digits);
  JsonWriter& boolean(bool value);
  JsonWriter& null();

  // True once one whole value has been written and every container closed.
  bool done() const { return levels_.empty() && written_; }

 private:
  struct Level {
    bool object = false;
    std::size_t count = 0;
  };

  void before_value();
  void newline();
  void close(bool object, char bracket);

  std::ostream& out_;
  int indent_;
  std::vector<Level> levels_;
  bool after_key_ = false;
  bool written_ = false;
};

}  // namespace tatakerja::util
