// Internal: the yaml-cpp event handler that builds our tree (tree.hpp).
#pragma once

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/mark.h>

#include <string_view>
#include <vector>

#include "tatakerja/yaml/tree.hpp"

namespace tatakerja::yaml::detail {

// Turns yaml-cpp marks (0-based, byte offsets without a BOM) into our
// 1-based locations with code-point columns.
class Marks {
 public:
  Marks(std::string_view text, std::uint32_t file);
  model::Location at(const YAML::Mark& mark) const;
  std::size_t offset(const YAML::Mark& mark) const {
    return bom_ + static_cast<std::size_t>(mark.pos);
  }
  std::string_view text() const { return text_; }
  std::uint32_t file() const { return file_; }

 private:
  std::string_view text_;
  std::size_t column_at(std::size_t pos) const;

  std::uint32_t file_;
  std::size_t bom_;
  mutable std::size_t last_pos_ = 0;  // the last mark's offset and column
  mutable std::size_t last_column_ = 1;
};

class Builder final : public YAML::EventHandler {
 public:
  Builder(const Marks& marks, ParseResult& out) : marks_(marks), out_(out) {}

  void OnDocumentStart(const YAML::Mark& mark) override;
  void OnDocumentEnd() override;
  void OnNull(const YAML::Mark& mark, YAML::anchor_t anchor) override;
  void OnAlias(const YAML::Mark& mark, YAML::anchor_t anchor) override;
  void OnScalar(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                const std::string& value) override;
  void OnSequenceStart(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                       YAML::EmitterStyle::value style) override;
  void OnSequenceEnd() override;
  void OnMapStart(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                  YAML::EmitterStyle::value style) override;
  void OnMapEnd() override;

  // The innermost flow collection (`[` or `{`) still open, if any: where to
  // point when the parser runs out of text looking for its end.
  const Node* open_flow() const;

  // True once a document starts with a stray `,` (`,` or `[a],` at the top
  // level), or where the one before it started: yaml-cpp 0.7 reads nothing
  // of it and would start empty documents there forever. Stop parsing then.
  bool stalled() const { return stalled_; }

 private:
  // Mappings up to this many entries are checked for duplicate keys
  // pairwise; longer ones by sorting their keys.
  static constexpr std::size_t kSmallMapping = 32;

  struct Frame {
    Node node;
    bool have_key = false;
    Node key;
  };

  void add(Node&& node);  // moved from: one move a node, not two
  void close_mapping(Node& map);
  void close_long_mapping(Node& map);
  void report_duplicate(const Node& first, const Node& again);
  void check_block_key(const Node& key);
  void check_quote(const YAML::Mark& mark, const Node& node);
  void error(model::Location loc, std::string message);

  const Marks& marks_;
  ParseResult& out_;
  std::vector<Frame> stack_;
  Document document_;
  bool in_document_ = false;
  bool alias_reported_ = false;
  bool stalled_ = false;
  std::size_t document_offset_ = 0;  // where the last document started
  std::size_t scalar_offset_ = 0;
};

}  // namespace tatakerja::yaml::detail
