// Writing YAML (for `import`): a document built as a small tree of our own
// and written by yaml-cpp's emitter, which chooses the quoting; a scalar
// marked `quoted` is always double-quoted (formula-looking text, NIPs).
#pragma once

#include <string>
#include <utility>
#include <vector>

namespace tatakerja::yaml {

struct Out {
  enum class Type { Scalar, Sequence, Mapping };
  Type type = Type::Scalar;
  std::string scalar;
  bool quoted = false;
  std::vector<Out> items;                            // Sequence
  std::vector<std::pair<std::string, Out>> entries;  // Mapping, in order

  static Out text(std::string value, bool quoted = false);
  static Out list(std::vector<Out> items = {});
  static Out map();
  Out& add(std::string key, Out value);  // Mapping: appends; returns the value
};

// The document as YAML text, ending in a newline. `comment` (may be empty)
// is written first, as `# ` lines.
std::string emit(const Out& document, const std::string& comment = {});

}  // namespace tatakerja::yaml
