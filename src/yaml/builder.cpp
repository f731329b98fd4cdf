#include "builder.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "quote.hpp"
#include "tatakerja/diag/rules.hpp"
#include "tatakerja/util/text.hpp"

namespace tatakerja::yaml::detail {

namespace {

bool is_null_word(std::string_view word) {
  return word.empty() || word == "~" || word == "null" || word == "Null" || word == "NULL";
}

}  // namespace

Marks::Marks(std::string_view text, std::uint32_t file)
    : text_(text), file_(file), bom_(text.starts_with("\xEF\xBB\xBF") ? 3 : 0) {}

// Marks come mostly in increasing order: continue counting from the last
// one on the same line, so that a long line costs its length once, not
// once a mark.
std::size_t Marks::column_at(std::size_t pos) const {
  while (pos > 0 && pos < text_.size() && (static_cast<unsigned char>(text_[pos]) & 0xC0) == 0x80)
    --pos;
  if (pos < last_pos_ ||
      text_.substr(last_pos_, pos - last_pos_).find('\n') != std::string_view::npos) {
    last_pos_ = pos;
    last_column_ = util::column_of(text_, pos);
    return last_column_;
  }
  last_column_ += util::count_code_points(text_.substr(last_pos_, pos - last_pos_));
  last_pos_ = pos;
  return last_column_;
}

model::Location Marks::at(const YAML::Mark& mark) const {
  const std::size_t pos = std::min(offset(mark), text_.size());
  std::size_t column = column_at(pos);
  if (mark.line == 0 && bom_ && column > 1) --column;  // the byte-order mark is not a column
  return {file_, static_cast<std::uint32_t>(mark.line + 1), static_cast<std::uint32_t>(column)};
}

void Builder::error(model::Location loc, std::string message) {
  out_.diagnostics.push_back(diag::make(diag::rules::kYamlSyntax, loc, std::move(message)));
}

void Builder::OnDocumentStart(const YAML::Mark& mark) {
  document_ = Document{};
  document_.start = marks_.at(mark);
  in_document_ = true;
  const std::size_t offset = marks_.offset(mark);
  const std::string_view rest = marks_.text().substr(std::min(offset, marks_.text().size()));
  if (rest.starts_with(',') || (!out_.documents.empty() && offset == document_offset_)) {
    // yaml-cpp 0.7 reads nothing of a document that starts with a stray `,`
    // and starts another at the same place, forever: stop here.
    stalled_ = true;
    if (!out_.documents.empty()) out_.documents.back().broken = true;
    document_.broken = true;
    error(document_.start, rest.starts_with(',')
                               ? "a `,` outside a `[...]` or `{...}` list: quote the text if the "
                                 "comma belongs to it"
                               : "the YAML cannot be read past this point");
    return;
  }
  document_offset_ = offset;
  if (!out_.documents.empty() && !rest.starts_with("---")) {
    // Most likely one document split in two by bad indentation: reading
    // either half would only add confusing errors.
    out_.documents.back().broken = true;
    document_.broken = true;
    error(document_.start,
          "text after the end of the document: a new document must start with a `---` line "
          "(or is this line indented wrongly?)");
  }
}

void Builder::OnDocumentEnd() {
  in_document_ = false;
  out_.documents.push_back(std::move(document_));
}

void Builder::OnNull(const YAML::Mark& mark, YAML::anchor_t) {
  Node node;
  node.type = Node::Type::Null;
  node.loc = marks_.at(mark);
  add(std::move(node));
}

void Builder::OnAlias(const YAML::Mark& mark, YAML::anchor_t) {
  Node node;
  node.type = Node::Type::Invalid;
  node.loc = marks_.at(mark);
  if (!alias_reported_) {  // one report a file: an alias bomb holds thousands
    error(node.loc, "YAML aliases (`*name`) are not supported: write the value out in full");
    alias_reported_ = true;
  }
  add(std::move(node));
}

void Builder::OnScalar(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t,
                       const std::string& value) {
  Node node;
  node.loc = marks_.at(mark);
  node.quoted = tag != "?";
  node.type = !node.quoted && is_null_word(value) ? Node::Type::Null : Node::Type::Scalar;
  node.scalar = value;
  scalar_offset_ = marks_.offset(mark);
  check_quote(mark, node);
  add(std::move(node));
}

void Builder::check_quote(const YAML::Mark& mark, const Node& node) {
  const std::size_t open = marks_.offset(mark);
  const std::string_view text = marks_.text();
  if (!node.quoted || open >= text.size() || (text[open] != '"' && text[open] != '\'')) return;
  if (closing_quote(text, open) == std::string_view::npos) {
    document_.broken = true;  // the rest of the file was swallowed into this text
    error(node.loc, fmt::format("unterminated quoted text: the closing {} is missing", text[open]));
  }
}

void Builder::OnSequenceStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t,
                              YAML::EmitterStyle::value style) {
  Frame frame;
  frame.node.type = Node::Type::Sequence;
  frame.node.loc = marks_.at(mark);
  frame.node.flow = style == YAML::EmitterStyle::Flow;
  stack_.push_back(std::move(frame));
}

void Builder::OnSequenceEnd() {
  Node node = std::move(stack_.back().node);
  stack_.pop_back();
  add(std::move(node));
}

void Builder::OnMapStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t,
                         YAML::EmitterStyle::value style) {
  Frame frame;
  frame.node.type = Node::Type::Mapping;
  frame.node.loc = marks_.at(mark);
  frame.node.flow = style == YAML::EmitterStyle::Flow;
  stack_.push_back(std::move(frame));
}

void Builder::OnMapEnd() {
  Node node = std::move(stack_.back().node);
  stack_.pop_back();
  close_mapping(node);
  add(std::move(node));
}

const Node* Builder::open_flow() const {
  for (auto it = stack_.rbegin(); it != stack_.rend(); ++it) {
    if (it->node.flow) return &it->node;
  }
  return nullptr;
}

void Builder::add(Node&& node) {
  if (stack_.empty()) {
    if (in_document_) document_.root = std::move(node);
    return;
  }
  Frame& top = stack_.back();
  if (top.node.type == Node::Type::Sequence) {
    top.node.items.push_back(std::move(node));
  } else if (!top.have_key) {
    if (!top.node.flow) check_block_key(node);
    top.key = std::move(node);
    top.have_key = true;
  } else {
    if (node.is_null() && node.scalar.empty()) node.loc = top.key.loc;
    top.node.entries.emplace_back(std::move(top.key), std::move(node));
    top.have_key = false;
  }
}

// yaml-cpp reads a stray word at the end of a block mapping as a key with
// no value; a real key is followed by `:`. `scalar_offset_` is where the
// scalar being added starts (set by OnScalar).
void Builder::check_block_key(const Node& key) {
  if (key.type != Node::Type::Scalar || key.quoted) return;
  const std::string_view text = marks_.text();
  const std::size_t pos = scalar_offset_;
  if (text.substr(pos, key.scalar.size()) != key.scalar) return;
  std::size_t after = pos + key.scalar.size();
  while (after < text.size() && (text[after] == ' ' || text[after] == '\t')) ++after;
  if (after >= text.size() || text[after] != ':') {
    error(key.loc,
          fmt::format("`{}` is not followed by `:`: a line in a mapping must be `key: value`",
                      util::escape_control(key.scalar)));
  }
}

void Builder::report_duplicate(const Node& first, const Node& again) {
  out_.diagnostics.push_back(diag::make(
      diag::rules::kDuplicateKey, again.loc,
      fmt::format("key `{}` is written twice in this mapping (first on line {}); the first "
                  "one is used",
                  util::escape_control(again.scalar), first.loc.line)));
  if (!again.quoted && again.is_scalar()) {  // about the key: it ends where its text does
    out_.diagnostics.back().end_line = again.loc.line;
    out_.diagnostics.back().end_column =
        again.loc.column + static_cast<std::uint32_t>(util::count_code_points(again.scalar));
  }
}

// Drops every entry whose key was written before in the same mapping. A
// mapping of a document holds a few dozen keys at most: comparing each key
// with the ones kept before it costs less than sorting them, and allocates
// nothing. Only a long mapping is sorted.
void Builder::close_mapping(Node& map) {
  auto& entries = map.entries;
  if (entries.size() < 2) return;
  if (entries.size() > kSmallMapping) return close_long_mapping(map);
  std::size_t kept = 0;
  for (std::size_t i = 0; i < entries.size(); ++i) {
    const Node& key = entries[i].first;
    const Node* first = nullptr;
    for (std::size_t k = 0; k < kept && !first && key.is_scalar(); ++k) {
      const Node& other = entries[k].first;
      if (other.is_scalar() && other.scalar == key.scalar) first = &other;
    }
    if (first) {
      report_duplicate(*first, key);
      continue;
    }
    if (kept != i) entries[kept] = std::move(entries[i]);
    ++kept;
  }
  entries.resize(kept);
}

void Builder::close_long_mapping(Node& map) {
  std::vector<std::size_t> order(map.entries.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  auto key_of = [&](std::size_t i) -> const std::string& { return map.entries[i].first.scalar; };
  std::stable_sort(order.begin(), order.end(),
                   [&](std::size_t a, std::size_t b) { return key_of(a) < key_of(b); });
  std::vector<bool> drop(map.entries.size(), false);
  for (std::size_t i = 1; i < order.size(); ++i) {
    const auto& first = map.entries[order[i - 1]].first;
    const auto& again = map.entries[order[i]].first;
    if (!again.is_scalar() || !first.is_scalar() || again.scalar != first.scalar) continue;
    drop[order[i]] = true;
    order[i] = order[i - 1];  // keep pointing at the first occurrence
    report_duplicate(first, again);
  }
  std::size_t kept = 0;
  for (std::size_t i = 0; i < map.entries.size(); ++i) {
    if (drop[i]) continue;
    if (kept != i) map.entries[kept] = std::move(map.entries[i]);
    ++kept;
  }
  map.entries.resize(kept);
}

}  // namespace tatakerja::yaml::detail
