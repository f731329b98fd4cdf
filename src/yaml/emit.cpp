#include "tatakerja/yaml/emit.hpp"

#include <yaml-cpp/yaml.h>

namespace tatakerja::yaml {

Out Out::text(std::string value, bool quoted) {
  Out out;
  out.scalar = std::move(value);
  out.quoted = quoted;
  return out;
}

Out Out::list(std::vector<Out> items) {
  Out out;
  out.type = Type::Sequence;
  out.items = std::move(items);
  return out;
}

Out Out::map() {
  Out out;
  out.type = Type::Mapping;
  return out;
}

Out& Out::add(std::string key, Out value) {
  entries.emplace_back(std::move(key), std::move(value));
  return entries.back().second;
}

namespace {

void write(YAML::Emitter& e, const Out& node) {
  switch (node.type) {
    case Out::Type::Scalar:
      if (node.quoted) e << YAML::DoubleQuoted;
      e << node.scalar;
      return;
    case Out::Type::Sequence:
      e << YAML::BeginSeq;
      for (const auto& item : node.items) write(e, item);
      e << YAML::EndSeq;
      return;
    case Out::Type::Mapping:
      e << YAML::BeginMap;
      for (const auto& [key, value] : node.entries) {
        e << YAML::Key << key << YAML::Value;
        write(e, value);
      }
      e << YAML::EndMap;
      return;
  }
}

}  // namespace

std::string emit(const Out& document, const std::string& comment) {
  YAML::Emitter e;
  e.SetIndent(2);
  e.SetOutputCharset(YAML::EmitNonAscii);
  write(e, document);
  std::string out;
  std::size_t start = 0;
  while (start < comment.size()) {
    const auto end = std::min(comment.find('\n', start), comment.size());
    out += "# " + comment.substr(start, end - start) + "\n";
    start = end + 1;
  }
  out += e.c_str();
  out += '\n';
  return out;
}

}  // namespace tatakerja::yaml
