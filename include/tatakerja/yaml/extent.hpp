// Where a value written in YAML ends, read from the file's text: so that a
// diagnostic about one value carries its end (rules.md, "Reporting") without
// the model keeping an end for every value it holds.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

namespace tatakerja::yaml {

// A position just after a value's last character: 1-based line, and the
// 1-based column (in code points) after it, as Diagnostic::end_* hold it.
struct End {
  std::uint32_t line = 0;
  std::uint32_t column = 0;
  friend bool operator==(const End&, const End&) = default;
};

// The byte offset where each line of `text` starts (line 1 at index 0).
std::vector<std::size_t> line_starts(std::string_view text);

// The end of the value that starts at `line`:`column` of `text`: a plain
// or quoted scalar (multi-line ones included) or a flow collection
// (`[a, b]`, `{id: x}`). Nothing for a key, a block collection, a block
// scalar (`|`, `>`), a comment or a place past the line: the place does not
// hold one value.
std::optional<End> value_end(std::string_view text, const std::vector<std::size_t>& starts,
                             std::uint32_t line, std::uint32_t column);

}  // namespace tatakerja::yaml
