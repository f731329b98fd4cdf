#include "tatakerja/yaml/tree.hpp"

#include <fmt/format.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/parser.h>

#include <algorithm>
#include <istream>
#include <streambuf>

#include "builder.hpp"
#include "tatakerja/diag/rules.hpp"
#include "tatakerja/util/text.hpp"

namespace tatakerja::yaml {

namespace {

// An istream over text we already hold, without copying it.
class MemoryBuffer : public std::streambuf {
 public:
  explicit MemoryBuffer(std::string_view text) {
    char* begin = const_cast<char*>(text.data());
    setg(begin, begin, begin + text.size());
  }
};

// The first tab in the indentation of a line at or before `line`, if any.
std::optional<model::Location> tab_in_indentation(std::string_view text, std::uint32_t file,
                                                  std::uint32_t up_to_line) {
  std::uint32_t line = 1;
  std::size_t start = 0;
  while (start <= text.size() && line <= up_to_line) {
    for (std::size_t i = start; i < text.size() && (text[i] == ' ' || text[i] == '\t'); ++i) {
      if (text[i] == '\t')
        return model::Location{file, line, static_cast<std::uint32_t>(i - start + 1)};
    }
    const std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) break;
    start = end + 1;
    ++line;
  }
  return std::nullopt;
}

std::string explain_parser_error(const std::string& message) {
  if (message == "bad file")
    return "nesting is too deep: YAML here may nest at most a few hundred levels";
  return fmt::format("invalid YAML: {}", message);
}

std::uint32_t line_count(std::string_view text) {
  auto lines = static_cast<std::uint32_t>(std::count(text.begin(), text.end(), '\n'));
  if (!text.empty() && text.back() != '\n') ++lines;
  return std::max<std::uint32_t>(lines, 1);
}

void set_end_lines(std::vector<Document>& documents, std::string_view text) {
  const std::uint32_t last = line_count(text);
  for (std::size_t i = 0; i < documents.size(); ++i) {
    const bool has_next = i + 1 < documents.size();
    documents[i].end_line =
        has_next ? std::max(documents[i].start.line, documents[i + 1].start.line - 1) : last;
  }
}

}  // namespace

Node::Node() = default;

const char* Node::type_name() const {
  switch (type) {
    case Type::Null:
      return "nothing";
    case Type::Scalar:
      return "text";
    case Type::Sequence:
      return "a list";
    case Type::Mapping:
      return "a mapping";
    case Type::Invalid:
      return "an invalid value";
  }
  return "?";
}

ParseResult parse(std::string_view text, std::uint32_t file) {
  ParseResult result;
  detail::Marks marks(text, file);
  MemoryBuffer buffer(text);
  std::istream stream(&buffer);
  detail::Builder builder(marks, result);
  try {
    YAML::Parser parser(stream);
    while (parser.HandleNextDocument(builder) && !builder.stalled()) {
    }
  } catch (const YAML::Exception& e) {
    model::Location loc = marks.at(e.mark);
    std::string message = explain_parser_error(e.msg);
    const yaml::Node* open = builder.open_flow();
    if (open && e.msg.find("flow") != std::string::npos) {
      loc = open->loc;
      message = fmt::format("this `{}` is never closed: add `{}` where the {} ends",
                            open->is_sequence() ? '[' : '{', open->is_sequence() ? ']' : '}',
                            open->is_sequence() ? "list" : "mapping");
    } else if (auto tab = tab_in_indentation(text, file, loc.line)) {
      loc = *tab;
      message = "a tab character in the indentation: YAML indents with spaces only";
    }
    result.diagnostics.push_back(diag::make(diag::rules::kYamlSyntax, loc, std::move(message)));
  } catch (const std::exception& e) {
    result.diagnostics.push_back(diag::make(diag::rules::kYamlSyntax, {file, 1, 1},
                                            fmt::format("cannot read YAML: {}", e.what())));
  }
  set_end_lines(result.documents, text);
  return result;
}

}  // namespace tatakerja::yaml
