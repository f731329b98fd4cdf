// A place in a source file: every value of the model keeps one.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

namespace tatakerja::model {

// 1-based line and column (columns count Unicode code points); `file` is an
// index into Repository::files. Line 0 means "the whole file".
struct Location {
  std::uint32_t file = 0;
  std::uint32_t line = 0;
  std::uint32_t column = 0;

  friend bool operator==(const Location&, const Location&) = default;
  friend auto operator<=>(const Location&, const Location&) = default;
};

// A value together with where it was written. `valid` is false for a
// value that was written but could not be read (`time: 15 mnt`): the key is
// present, so no rule reports it missing, but its value means nothing and
// is never computed with. Its problem is reported once, under `schema`.
template <class T>
struct Located {
  T value{};
  Location loc{};
  bool valid = true;
};

using Text = Located<std::string>;

// The value of an optional key when it was written and could be read, else
// nullptr: what every computation and every printed figure uses, so that a
// value that could not be read counts as absent, never as zero — even when
// `schema` is downgraded and the run goes on (rules.md, "Reporting").
template <class T>
const T* readable(const std::optional<Located<T>>& value) {
  return value && value->valid ? &value->value : nullptr;
}

}  // namespace tatakerja::model
