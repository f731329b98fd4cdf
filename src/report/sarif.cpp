// The sarif format: SARIF 2.1.0 for code-scanning uploads, pretty-printed
// with 2 spaces and a newline at the end. One run; its driver lists the
// whole rule catalogue (id, shortDescription = summary, fullDescription =
// what, help = why, defaultConfiguration.level), so `ruleIndex` of a result
// is the rule's place in the catalogue. Levels: error -> error, warning ->
// warning, info -> note, off -> none. Columns count code points
// (run.columnKind "unicodeCodePoints"). A result's location is the display
// path as a relative URI (percent-encoded; uriBaseId %SRCROOT%) with a
// region {startLine, startColumn, endLine, endColumn} of what is known; no
// region for the file as a whole. partialFingerprints["tatakerja/v1"] is
// the baseline fingerprint (common.hpp), which survives lines moving.
// No tool version or clock: the same findings always give the same bytes.
#include <string>

#include "common.hpp"
#include "formats.hpp"
#include "tatakerja/util/json.hpp"

namespace tatakerja::report {

namespace {

constexpr std::string_view kSchema = "https://json.schemastore.org/sarif-2.1.0.json";

std::string_view sarif_level(diag::Severity severity) {
  switch (severity) {
    case diag::Severity::Error:
      return "error";
    case diag::Severity::Warning:
      return "warning";
    case diag::Severity::Info:
      return "note";
    case diag::Severity::Off:
      break;
  }
  return "none";
}

// A relative path as a URI reference: unreserved characters, '/' and the
// sub-delimiters stay; everything else (space, ':', '%', '#', '?', non-ASCII
// bytes...) is percent-encoded with upper-case hex.
std::string uri_escape(std::string_view path) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  constexpr std::string_view kKept = "-._~/!$&'()*+,;=@";
  std::string out;
  for (char c : path) {
    const auto byte = static_cast<unsigned char>(c);
    const bool alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    if (alnum || kKept.find(c) != std::string_view::npos) {
      out += c;
    } else {
      out += '%';
      out += kHex[byte >> 4];
      out += kHex[byte & 0xf];
    }
  }
  return out;
}

void write_text_object(util::JsonWriter& w, std::string_view key, std::string_view text) {
  if (text.empty()) return;
  w.key(key).begin_object().key("text").string(text).end_object();
}

void write_rule(util::JsonWriter& w, const check::Rule& rule) {
  w.begin_object();
  w.key("id").string(rule.id);
  write_text_object(w, "shortDescription", rule.summary);
  write_text_object(w, "fullDescription", rule.what);
  write_text_object(w, "help", rule.why);
  w.key("defaultConfiguration").begin_object();
  w.key("level").string(sarif_level(rule.default_severity));
  w.end_object();
  w.end_object();
}

void write_region(util::JsonWriter& w, const diag::Diagnostic& d) {
  w.key("region").begin_object();
  w.key("startLine").number(d.loc.line);
  if (d.loc.column != 0) w.key("startColumn").number(d.loc.column);
  if (d.end_line != 0) w.key("endLine").number(d.end_line);
  if (d.end_column != 0) w.key("endColumn").number(d.end_column);
  w.end_object();
}

void write_location(util::JsonWriter& w, const model::Repository& repo, const diag::Diagnostic& d) {
  w.begin_object().key("physicalLocation").begin_object();
  w.key("artifactLocation").begin_object();
  w.key("uri").string(uri_escape(display_path(repo, d)));
  w.key("uriBaseId").string("%SRCROOT%");
  w.end_object();
  if (d.loc.line != 0) write_region(w, d);
  w.end_object().end_object();
}

std::int64_t rule_index(std::span<const check::Rule> catalogue, std::string_view id) {
  for (std::size_t i = 0; i < catalogue.size(); ++i) {
    if (catalogue[i].id == id) return static_cast<std::int64_t>(i);
  }
  return -1;
}

void write_result(util::JsonWriter& w, const model::Repository& repo, const diag::Diagnostic& d,
                  std::int64_t index, const std::string& fingerprint) {
  w.begin_object();
  w.key("ruleId").string(d.rule);
  if (index >= 0) w.key("ruleIndex").number(index);
  w.key("level").string(sarif_level(d.severity));
  w.key("message").begin_object().key("text").string(d.message).end_object();
  w.key("locations").begin_array();
  write_location(w, repo, d);
  w.end_array();
  w.key("partialFingerprints").begin_object();
  w.key("tatakerja/v1").string(fingerprint);
  w.end_object();
  if (d.suppressed) {
    w.key("suppressions").begin_array().begin_object();
    w.key("kind").string("inSource");
    if (!d.suppressed->empty()) w.key("justification").string(*d.suppressed);
    w.end_object().end_array();
  }
  w.end_object();
}

void write_driver(util::JsonWriter& w, std::span<const check::Rule> catalogue) {
  w.key("tool").begin_object().key("driver").begin_object();
  w.key("name").string("tatakerja");
  w.key("rules").begin_array();
  for (const auto& rule : catalogue) write_rule(w, rule);
  w.end_array();
  w.end_object().end_object();
}

}  // namespace

void write_sarif(const model::Repository& repo, const diag::Diagnostics& diagnostics,
                 std::span<const check::Rule> catalogue, std::ostream& out,
                 const diag::Diagnostics& suppressed) {
  const auto prints = fingerprints(repo, diagnostics);
  const auto suppressed_prints = fingerprints(repo, suppressed);
  util::JsonWriter w(out);
  w.begin_object();
  w.key("$schema").string(kSchema);
  w.key("version").string("2.1.0");
  w.key("runs").begin_array().begin_object();
  write_driver(w, catalogue);
  w.key("columnKind").string("unicodeCodePoints");
  w.key("results").begin_array();
  for (std::size_t i = 0; i < diagnostics.size(); ++i) {
    const auto& d = diagnostics[i];
    write_result(w, repo, d, rule_index(catalogue, d.rule), prints[i]);
  }
  for (std::size_t i = 0; i < suppressed.size(); ++i) {
    const auto& d = suppressed[i];
    write_result(w, repo, d, rule_index(catalogue, d.rule), suppressed_prints[i]);
  }
  w.end_array();
  w.end_object().end_array();
  w.end_object();
  out << '\n';
}

}  // namespace tatakerja::report
