#include "common.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cassert>
#include <map>

#include "tatakerja/util/text.hpp"

namespace tatakerja::report {

namespace {

std::string_view trim_blanks(std::string_view text) {
  constexpr std::string_view kBlanks = " \t\r";
  const auto first = text.find_first_not_of(kBlanks);
  if (first == std::string_view::npos) return {};
  const auto last = text.find_last_not_of(kBlanks);
  return text.substr(first, last - first + 1);
}

// What a fingerprint hashes besides the rule and the path.
std::string_view fingerprint_text(SourceLines& lines, const diag::Diagnostic& d) {
  if (d.loc.line == 0) return d.message;
  return trim_blanks(lines.at(d).value_or(""));
}

}  // namespace

std::string_view display_path(const model::Repository& repo, std::uint32_t file) {
  if (file >= repo.files.size()) return "?";
  const std::string_view path = repo.files[file].display;
  assert(!path.starts_with("./") && "reported paths never start with ./");
  return path;
}

std::optional<std::string_view> SourceLines::at(const diag::Diagnostic& d) {
  const std::uint32_t file = d.loc.file;
  if (d.loc.line == 0 || file >= repo_.files.size()) return std::nullopt;
  const std::string_view content = repo_.files[file].content;
  auto& starts = starts_[file];
  if (!indexed_[file]) {
    indexed_[file] = true;
    if (!content.empty()) starts.push_back(0);
    for (std::size_t i = content.find('\n'); i != std::string_view::npos && i + 1 < content.size();
         i = content.find('\n', i + 1)) {
      starts.push_back(i + 1);
    }
  }
  if (d.loc.line > starts.size()) return std::nullopt;
  const std::size_t begin = starts[d.loc.line - 1];
  std::string_view line = content.substr(begin, content.find('\n', begin) - begin);
  if (line.ends_with('\r')) line.remove_suffix(1);
  return line;
}

std::string quoted_path(std::string_view path) {
  const bool plain = !path.starts_with('"') && path.find_first_of("\\\t") == path.npos &&
                     util::escape_control(path) == path;
  if (plain) return std::string(path);
  std::string out = "\"";
  for (const char c : path) {
    switch (c) {
      case '\\':
        out += "\\\\";
        break;
      case '"':
        out += "\\\"";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\t':
        out += "\\t";
        break;
      case '\r':
        out += "\\r";
        break;
      default:
        out += c;
    }
  }
  return util::escape_control(out) + '"';  // other controls and invalid bytes: \xNN
}

std::string location_text(const model::Repository& repo, const diag::Diagnostic& d) {
  const std::string path = quoted_path(display_path(repo, d));
  if (d.loc.line == 0) return path;
  if (d.loc.column == 0) return fmt::format("{}:{}", path, d.loc.line);
  return fmt::format("{}:{}:{}", path, d.loc.line, d.loc.column);
}

std::string plain_headline(const model::Repository& repo, const diag::Diagnostic& d) {
  return fmt::format("{}: {}: {} [{}]", util::escape_control(location_text(repo, d)),
                     diag::severity_name(d.severity), util::escape_control(d.message),
                     util::escape_control(d.rule));
}

Counts count(const diag::Diagnostics& diagnostics) {
  Counts counts;
  for (const auto& d : diagnostics) {
    switch (d.severity) {
      case diag::Severity::Error:
        ++counts.errors;
        break;
      case diag::Severity::Warning:
        ++counts.warnings;
        break;
      case diag::Severity::Info:
        ++counts.infos;
        break;
      case diag::Severity::Off:
        break;
    }
  }
  return counts;
}

std::size_t files_reported(const ReportOptions& options) {
  return options.files_checked != 0 ? options.files_checked : options.reported_files.size();
}

std::string fnv1a_hex(std::string_view bytes) {
  std::uint64_t hash = 0xcbf29ce484222325ULL;
  for (char c : bytes) {
    hash ^= static_cast<unsigned char>(c);
    hash *= 0x100000001b3ULL;
  }
  return fmt::format("{:016x}", hash);
}

std::vector<std::string> fingerprints(const model::Repository& repo,
                                      const diag::Diagnostics& diagnostics) {
  SourceLines lines(repo);
  std::map<std::string, std::size_t> seen;  // hashed text -> occurrences so far
  std::vector<std::string> out;
  out.reserve(diagnostics.size());
  for (const auto& d : diagnostics) {
    std::string key = d.rule;
    key += '\0';
    key += display_path(repo, d);
    key += '\0';
    key += fingerprint_text(lines, d);
    const std::size_t occurrence = ++seen[key];
    if (occurrence > 1) key += fmt::format("#{}", occurrence);
    out.push_back(fnv1a_hex(key));
  }
  return out;
}

}  // namespace tatakerja::report
