// Internal: scanning YAML source text for a quoted scalar's end, shared by
// the builder (unterminated quotes) and extent (a value's end).
#pragma once

#include <cstddef>
#include <string_view>

namespace tatakerja::yaml {

// Where the quoted scalar opened at `open` (a ' or ") ends, across lines:
// `\"` is escaped in double quotes, `''` in single ones. npos when it never
// ends.
inline std::size_t closing_quote(std::string_view text, std::size_t open) {
  const char quote = text[open];
  for (std::size_t i = open + 1; i < text.size(); ++i) {
    if (quote == '"' && text[i] == '\\') {
      ++i;
    } else if (text[i] == quote) {
      if (quote == '\'' && i + 1 < text.size() && text[i + 1] == '\'') {
        ++i;
      } else {
        return i;
      }
    }
  }
  return std::string_view::npos;
}

}  // namespace tatakerja::yaml
