// The only door to yaml-cpp. A file's text is parsed with yaml-cpp's event
// API into a small tree of our own, where every node keeps its 1-based line
// and column; the tree lives only as long as it takes to read it into the
// model. Problems that yaml-cpp lets through (duplicate keys, aliases,
// unterminated quotes, documents without `---`, tab indentation) become
// diagnostics here.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "tatakerja/diag/diagnostic.hpp"
#include "tatakerja/model/location.hpp"

namespace tatakerja::yaml {

struct Node {
  enum class Type { Null, Scalar, Sequence, Mapping, Invalid };
  Type type = Type::Null;
  model::Location loc;
  bool quoted = false;  // a quoted scalar ("010" stays text, `~` is not null)
  bool flow = false;    // a flow collection: [a, b] or {a: b}
  std::string scalar;
  std::vector<Node> items;                     // Sequence
  std::vector<std::pair<Node, Node>> entries;  // Mapping: key, value

  // Defined in tree.cpp, where Node is complete: clang 14 with libstdc++ 12
  // rejects the inline one (it instantiates std::pair<Node, Node> too early).
  Node();

  bool is_null() const { return type == Type::Null; }
  bool is_scalar() const { return type == Type::Scalar; }
  bool is_sequence() const { return type == Type::Sequence; }
  bool is_mapping() const { return type == Type::Mapping; }
  const char* type_name() const;  // "null", "text", "list", "mapping"
};

struct Document {
  Node root;
  model::Location start;       // first token of the document
  std::uint32_t end_line = 0;  // last line that belongs to it
  bool broken = false;         // a syntax error garbles it: read nothing from it
};

struct ParseResult {
  std::vector<Document> documents;
  diag::Diagnostics diagnostics;  // rules yaml-syntax and duplicate-key
};

// Parses every document of `text` (file number `file`). Aliases are refused,
// nesting is bounded; duplicate keys are reported (the first one is kept).
// Never throws for bad input.
ParseResult parse(std::string_view text, std::uint32_t file);

}  // namespace tatakerja::yaml
