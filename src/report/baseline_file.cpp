#include "baseline_file.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <iterator>
#include <stdexcept>

#include "tatakerja/util/text.hpp"
#include "tatakerja/yaml/tree.hpp"

namespace tatakerja::report {

namespace {

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";  // U+FFFD in UTF-8

// The escape for the character starting at `text[i]` (valid UTF-8), or
// empty when byte `text[i]` is copied as is; `size` is set to the number of
// bytes consumed.
std::string yaml_escape_at(std::string_view text, std::size_t i, std::size_t& size) {
  const auto byte = static_cast<unsigned char>(text[i]);
  size = 1;
  switch (text[i]) {
    case '"':
      return "\\\"";
    case '\\':
      return "\\\\";
    case '\t':
      return "\\t";
    case '\r':
      return "\\r";
    case '\n':
      return "\\n";
    default:
      break;
  }
  if (byte < 0x20 || byte == 0x7f) return fmt::format("\\x{:02x}", byte);
  const std::string_view rest = text.substr(i);
  if (byte == 0xC2 && rest.size() >= 2 && static_cast<unsigned char>(rest[1]) < 0xA0) {
    size = 2;  // U+0080..U+009F, NEL among them
    return fmt::format("\\x{:02x}", static_cast<unsigned char>(rest[1]));
  }
  struct Special {
    std::string_view bytes, escape;
  };
  static constexpr Special kSpecials[] = {{"\xE2\x80\xA8", "\\u2028"},
                                          {"\xE2\x80\xA9", "\\u2029"},
                                          {"\xEF\xBF\xBE", "\\ufffe"},
                                          {"\xEF\xBF\xBF", "\\uffff"}};
  for (const auto& special : kSpecials) {
    if (rest.starts_with(special.bytes)) {
      size = special.bytes.size();
      return std::string(special.escape);
    }
  }
  return {};
}

[[noreturn]] void fail(std::string_view name, model::Location loc, std::string_view message) {
  throw std::runtime_error(
      fmt::format("{}:{}:{}: {}", name, std::max(loc.line, 1U), std::max(loc.column, 1U), message));
}

std::string text_value(const yaml::Node& value, std::string_view key, std::string_view name) {
  if (!value.is_scalar()) {
    fail(name, value.loc, fmt::format("`{}` must be text, found {}", key, value.type_name()));
  }
  return value.scalar;
}

struct Field {
  std::string_view key;
  std::string BaselineEntry::*member;
  bool required;
};

constexpr Field kFields[] = {{"file", &BaselineEntry::file, true},
                             {"rule", &BaselineEntry::rule, true},
                             {"fingerprint", &BaselineEntry::fingerprint, true},
                             {"message", &BaselineEntry::message, false}};
constexpr std::size_t kFieldCount = std::size(kFields);

std::size_t field_index(const yaml::Node& key) {
  for (std::size_t i = 0; i < kFieldCount; ++i) {
    if (key.is_scalar() && key.scalar == kFields[i].key) return i;
  }
  return kFieldCount;
}

BaselineEntry read_entry(const yaml::Node& node, std::string_view name) {
  if (!node.is_mapping()) {
    fail(name, node.loc,
         fmt::format("a finding must be a mapping with `file`, `rule` and `fingerprint`, found {}",
                     node.type_name()));
  }
  BaselineEntry entry;
  bool seen[kFieldCount] = {};
  for (const auto& [key, value] : node.entries) {
    const std::size_t i = field_index(key);
    if (i == kFieldCount) {
      fail(name, key.loc,
           fmt::format("unknown key `{}` in a finding (expected file, rule, fingerprint and "
                       "message)",
                       util::escape_control(key.scalar)));
    }
    entry.*kFields[i].member = text_value(value, kFields[i].key, name);
    seen[i] = true;
  }
  for (std::size_t i = 0; i < kFieldCount; ++i) {
    if (kFields[i].required && !seen[i]) {
      fail(name, node.loc, fmt::format("the finding has no `{}`", kFields[i].key));
    }
  }
  return entry;
}

void check_version(const yaml::Node& value, std::string_view name) {
  if (value.is_scalar() && value.scalar == "1") return;
  const std::string found = value.is_scalar()
                                ? fmt::format("`{}`", util::escape_control(value.scalar))
                                : std::string(value.type_name());
  fail(name, value.loc,
       fmt::format("unsupported baseline version {} (this tatakerja reads version 1)", found));
}

std::vector<BaselineEntry> read_findings(const yaml::Node& value, std::string_view name) {
  std::vector<BaselineEntry> entries;
  if (value.is_null()) return entries;  // `findings:` with nothing under it
  if (!value.is_sequence()) {
    fail(name, value.loc, fmt::format("`findings` must be a list, found {}", value.type_name()));
  }
  for (const auto& item : value.items) entries.push_back(read_entry(item, name));
  return entries;
}

const yaml::Node& the_root(const yaml::ParseResult& parsed, std::string_view name) {
  if (!parsed.diagnostics.empty()) {
    const auto& d = parsed.diagnostics.front();
    fail(name, d.loc, d.message);
  }
  if (parsed.documents.empty()) {
    fail(name, {},
         "not a tatakerja baseline: the file is empty (`tatakerja validate "
         "--write-baseline FILE` writes one)");
  }
  if (parsed.documents.size() > 1) {
    fail(name, parsed.documents[1].start, "a baseline holds one YAML document, not several");
  }
  const yaml::Node& root = parsed.documents.front().root;
  if (!root.is_mapping()) {
    fail(name, root.loc,
         fmt::format("not a tatakerja baseline: expected a mapping with `version` and "
                     "`findings`, found {}",
                     root.type_name()));
  }
  return root;
}

}  // namespace

std::vector<BaselineEntry> read_baseline_entries(std::string_view text, std::string_view name) {
  const auto parsed = yaml::parse(text, 0);
  const yaml::Node& root = the_root(parsed, name);
  const yaml::Node* version = nullptr;
  const yaml::Node* findings = nullptr;
  for (const auto& [key, value] : root.entries) {
    if (key.is_scalar() && key.scalar == "version") {
      version = &value;
    } else if (key.is_scalar() && key.scalar == "findings") {
      findings = &value;
    } else {
      fail(name, key.loc,
           fmt::format("unknown key `{}` (a baseline has `version` and `findings`)",
                       util::escape_control(key.scalar)));
    }
  }
  if (!version) fail(name, root.loc, "not a tatakerja baseline: `version` is missing");
  check_version(*version, name);
  if (!findings) fail(name, root.loc, "not a tatakerja baseline: `findings` is missing");
  return read_findings(*findings, name);
}

std::string yaml_quote(std::string_view text) {
  std::string out = "\"";
  for (;;) {
    const auto bad = util::find_invalid_utf8(text);
    const std::string_view valid = text.substr(0, bad.value_or(text.size()));
    for (std::size_t i = 0, size = 1; i < valid.size(); i += size) {
      const std::string escaped = yaml_escape_at(valid, i, size);
      out += escaped.empty() ? std::string_view(&valid[i], 1) : std::string_view(escaped);
    }
    if (!bad) break;
    out += kReplacement;
    text.remove_prefix(*bad + 1);
  }
  return out + "\"";
}

}  // namespace tatakerja::report
