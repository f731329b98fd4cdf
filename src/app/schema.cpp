#include "tatakerja/app/schema.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <vector>

#include "tatakerja/load/fields.hpp"
#include "tatakerja/load/values.hpp"
#include "tatakerja/util/error.hpp"
#include "tatakerja/util/json.hpp"
#include "tatakerja/util/text.hpp"

namespace tatakerja::app {

namespace {

using load::FieldDoc;
using load::FieldDocs;
using load::Shape;
using load::ValueShape;
using util::JsonWriter;

constexpr std::string_view kDraft = "https://json-schema.org/draft/2020-12/schema";

// `word` matched ignoring ASCII case, as the loader matches units: "[jJ][aA][mM]";
// a space between words stands for any spaces, `.` for itself.
std::string any_case(std::string_view word) {
  std::string out;
  for (char c : word) {
    const char lower = static_cast<char>(c | 0x20);
    if (lower >= 'a' && lower <= 'z') {
      out += fmt::format("[{}{}]", lower, static_cast<char>(lower & ~0x20));
    } else if (c == ' ') {
      out += "\\s+";
    } else {
      out += c == '.' ? std::string("\\.") : std::string(1, c);
    }
  }
  return out;
}

// "(a|b|c)" of the words, longest first.
std::string alternatives(std::vector<std::string_view> words) {
  std::stable_sort(words.begin(), words.end(), [](auto a, auto b) { return a.size() > b.size(); });
  std::string out = "(";
  for (std::size_t i = 0; i < words.size(); ++i) out += (i ? "|" : "") + any_case(words[i]);
  return out + ")";
}

constexpr std::string_view kNumber = "[0-9]+([.,][0-9]+)?";

// Parts ("1 jam 30 menit"), or a range of them ("5-10 menit", "5 menit s.d.
// 10 menit"), whose lower end may be a bare number.
std::string duration_pattern() {
  const auto amount =
      fmt::format("({}\\s*{}\\s*)+", kNumber, alternatives(load::duration_unit_words()));
  const auto to = fmt::format("{}\\s*", alternatives(load::duration_range_separators()));
  return fmt::format("^\\s*({}\\s*{}{}|{}({}{})?)$", kNumber, to, amount, amount, to, amount);
}

std::string volume_pattern() {
  return fmt::format("^\\s*{}\\s*((/\\s*|{}\\s+){})?\\s*$", kNumber, any_case("per"),
                     alternatives(load::volume_period_words()));
}

void any_of_number(JsonWriter& w, std::string_view number_type, const std::string& pattern) {
  w.key("anyOf").begin_array();
  w.begin_object().key("type").string(number_type).key("minimum").number(0).end_object();
  w.begin_object().key("type").string("string").key("pattern").string(pattern).end_object();
  w.end_array();
}

// The shared value shapes, under $defs.
void value_defs(JsonWriter& w) {
  w.key("text").begin_object().key("description").string("Text: any scalar");
  w.key("type").begin_array().string("string").string("number").string("boolean").end_array();
  w.end_object();
  w.key("id").begin_object().key("description").string("Letters, digits, -, _ and .");
  w.key("type").begin_array().string("string").string("integer").end_array();
  w.key("pattern").string("^[A-Za-z0-9._-]+$").end_object();
  w.key("employee_id").begin_object();
  w.key("description").string("An id, or a NIP written with spaces: 19800515 201001 2 022");
  w.key("type").begin_array().string("string").string("integer").end_array();
  w.key("pattern").string("^([A-Za-z0-9._-]+|[0-9]+( [0-9]+)+)$").end_object();
  w.key("duration")
      .begin_object()
      .key("description")
      .string(
          "A number and a unit of time, several parts allowed, or a range (its upper end "
          "counts): 30 detik, 5 Menit, 1h30m, 1,5 jam, 3 hari kerja, 5-10 menit");
  w.key("type").string("string").key("pattern").string(duration_pattern()).end_object();
  w.key("date").begin_object().key("description").string("A date: YYYY-MM-DD, or YYYY-MM");
  w.key("type").string("string").key("pattern").string("^[0-9]{4}-[0-9]{2}(-[0-9]{2})?$");
  w.end_object();
  w.key("count").begin_object().key("description").string("A whole number in plain decimal");
  any_of_number(w, "integer", "^(0|[1-9][0-9]*)$");
  w.end_object();
  w.key("volume")
      .begin_object()
      .key("description")
      .string(
          "A number, optionally per period: "
          "12, 2,5, 5/day, 3 per week, 2/bulan");
  any_of_number(w, "number", volume_pattern());
  w.end_object();
  w.key("decimal").begin_object().key("description").string("A decimal number: 0.90, 7.5");
  any_of_number(w, "number", fmt::format("^{}$", kNumber));
  w.end_object();
}

void object_schema(FieldDocs fields, bool nullable, JsonWriter& w);

void ref_or_null(std::string_view def, bool nullable, JsonWriter& w) {
  const auto ref = fmt::format("#/$defs/{}", def);
  if (!nullable) {
    w.key("$ref").string(ref);
    return;
  }
  w.key("anyOf").begin_array();
  w.begin_object().key("$ref").string(ref).end_object();
  w.begin_object().key("type").string("null").end_object();
  w.end_array();
}

void type_or_null(std::string_view type, bool nullable, JsonWriter& w) {
  if (!nullable) {
    w.key("type").string(type);
  } else {
    w.key("type").begin_array().string(type).string("null").end_array();
  }
}

void list_of(std::string_view def, bool nullable, JsonWriter& w) {
  type_or_null("array", nullable, w);
  w.key("items").begin_object().key("$ref").string(fmt::format("#/$defs/{}", def)).end_object();
}

void nested_object(const ValueShape& v, JsonWriter& w) {
  w.begin_object();
  object_schema(v.fields(), false, w);
  w.end_object();
}

// The keys of a property's schema after its description.
void value_schema(const ValueShape& v, std::string_view kind, JsonWriter& w) {
  const bool nullable = !v.required;
  switch (v.shape) {
    case Shape::Kind:
      w.key("const").string(kind);
      break;
    case Shape::Text:
      ref_or_null("text", nullable, w);
      if (v.required) w.key("minLength").number(1);
      break;
    case Shape::Id:
      ref_or_null("id", nullable, w);
      break;
    case Shape::EmployeeId:
      ref_or_null("employee_id", nullable, w);
      break;
    case Shape::TextList:
      list_of("text", nullable, w);
      break;
    case Shape::IdList:
      list_of("id", nullable, w);
      break;
    case Shape::Duration:
      ref_or_null("duration", nullable, w);
      break;
    case Shape::Date:
      ref_or_null("date", nullable, w);
      break;
    case Shape::Count:
      ref_or_null("count", nullable, w);
      break;
    case Shape::Volume:
      ref_or_null("volume", nullable, w);
      break;
    case Shape::Decimal:
    case Shape::Hours:
      ref_or_null("decimal", nullable, w);
      break;
    case Shape::Enum:
      w.key("enum").begin_array();
      for (auto value : v.values) w.string(value);
      if (nullable) w.null();
      w.end_array();
      break;
    case Shape::Mapping:
      object_schema(v.fields(), nullable, w);
      break;
    case Shape::MappingList:
      type_or_null("array", nullable, w);
      w.key("items");
      nested_object(v, w);
      break;
    case Shape::TextOrMapping:
      w.key("anyOf").begin_array();
      w.begin_object().key("$ref").string("#/$defs/text").end_object();
      nested_object(v, w);
      if (nullable) w.begin_object().key("type").string("null").end_object();
      w.end_array();
      break;
    case Shape::Suppressions:
      type_or_null("array", nullable, w);
      w.key("items").begin_object().key("anyOf").begin_array();
      w.begin_object().key("$ref").string("#/$defs/text").end_object();
      nested_object(v, w);
      w.end_array().end_object();
      break;
    case Shape::Severities:
      type_or_null("object", nullable, w);
      w.key("additionalProperties").begin_object().key("enum").begin_array();
      for (auto s : {"error", "warning", "info", "off"}) w.string(s);
      w.end_array().end_object();
      break;
  }
}

// type, properties, required, and `x-` keys as the only others.
void object_schema(FieldDocs fields, bool nullable, std::string_view kind, JsonWriter& w) {
  type_or_null("object", nullable, w);
  w.key("properties").begin_object();
  for (const FieldDoc& f : fields) {
    w.key(f.key).begin_object().key("description").string(f.description);
    value_schema(f.value, kind, w);
    w.end_object();
  }
  w.end_object();
  std::vector<std::string_view> required;
  for (const FieldDoc& f : fields) {
    if (f.value.required || f.value.shape == Shape::Kind) required.push_back(f.key);
  }
  if (!required.empty()) {
    w.key("required").begin_array();
    for (auto key : required) w.string(key);
    w.end_array();
  }
  w.key("patternProperties").begin_object().key("^x-").begin_object().end_object().end_object();
  w.key("additionalProperties").boolean(false);
}

void object_schema(FieldDocs fields, bool nullable, JsonWriter& w) {
  object_schema(fields, nullable, {}, w);
}

void documents_schema(JsonWriter& w) {
  w.begin_object().key("$schema").string(kDraft);
  w.key("title").string("tatakerja document");
  w.key("description")
      .string(
          "One YAML document of a tatakerja repository: a Unit, Position, Employee, Role or SOP "
          "(man 5 tatakerja.yaml)");
  w.key("type").string("object").key("required").begin_array().string("kind").end_array();
  w.key("oneOf").begin_array();
  for (const auto& kind : load::document_kinds()) {
    w.begin_object().key("$ref").string(fmt::format("#/$defs/{}", kind.kind)).end_object();
  }
  w.end_array();
  w.key("$defs").begin_object();
  for (const auto& kind : load::document_kinds()) {
    w.key(kind.kind).begin_object().key("description").string(kind.description);
    object_schema(kind.fields(), false, kind.kind, w);
    w.end_object();
  }
  value_defs(w);
  w.end_object().end_object();
}

void config_schema(JsonWriter& w) {
  w.begin_object().key("$schema").string(kDraft);
  w.key("title").string("tatakerja.yaml");
  w.key("description")
      .string("The configuration at the root of a tatakerja repository (man 5 tatakerja.yaml)");
  object_schema(load::config_fields(), false, w);
  w.key("$defs").begin_object();
  value_defs(w);
  w.end_object().end_object();
}

}  // namespace

int run_schema(const SchemaOptions& options, std::ostream& out) {
  JsonWriter w(out);
  if (options.what == "documents") {
    documents_schema(w);
  } else if (options.what == "config") {
    config_schema(w);
  } else {
    throw util::Failure(fmt::format("`{}` is not a schema: expected documents or config",
                                    util::escape_control(options.what)));
  }
  out << '\n';
  return 0;
}

}  // namespace tatakerja::app
