// What the loader reads, as data: every key of every document kind and of
// tatakerja.yaml, with the shape of its value and a one-line description.
// These are the loader's own field tables (src/load/read_*.cpp, config.cpp),
// so the JSON Schema built from them (app/schema.hpp) has every key the
// loader knows, and no other.
#pragma once

#include <span>
#include <string_view>

namespace tatakerja::load {

enum class Shape {
  Kind,           // `kind`: the document's kind, a constant
  Text,           // any scalar, read as text
  Id,             // letters, digits, `-`, `_` and `.`
  EmployeeId,     // an Id, or a NIP written with spaces: `19800515 201001 2 022`
  TextList,       // a list of texts
  IdList,         // a list of ids
  Duration,       // `30m`, `1,5 jam`, `2 hari` (values.hpp)
  Date,           // YYYY-MM-DD
  Count,          // a whole number in plain decimal
  Volume,         // a number, optionally per period: `12`, `2,5`, `5/day`
  Decimal,        // a decimal number: `0.90`
  Hours,          // a number of hours: `5`, `7.5`
  Enum,           // one of `values`
  Mapping,        // a mapping of `fields`
  MappingList,    // a list of mappings of `fields`
  TextOrMapping,  // text, or a mapping of `fields`
  Suppressions,   // a list of rule ids, or of mappings of `fields`
  Severities,     // a mapping of rule ids to error|warning|info|off
};

struct FieldDoc;
using FieldDocs = std::span<const FieldDoc>;

struct ValueShape {
  Shape shape = Shape::Text;
  bool required = false;                       // reported when missing or empty
  FieldDocs (*fields)() = nullptr;             // the keys of a nested mapping
  std::span<const std::string_view> values{};  // Enum: the accepted words
};

struct FieldDoc {
  std::string_view key;
  ValueShape value;
  std::string_view description;
};

// ValueShape builders for the tables.
constexpr ValueShape shape(Shape s) {
  return ValueShape{s};
}
constexpr ValueShape required(ValueShape v) {
  v.required = true;
  return v;
}
constexpr ValueShape nested(Shape s, FieldDocs (*fields)()) {
  return ValueShape{s, false, fields};
}
constexpr ValueShape one_of(std::span<const std::string_view> values) {
  return ValueShape{Shape::Enum, false, nullptr, values};
}

inline constexpr ValueShape kKind = shape(Shape::Kind);
inline constexpr ValueShape kText = shape(Shape::Text);
inline constexpr ValueShape kId = shape(Shape::Id);
inline constexpr ValueShape kEmployeeId = shape(Shape::EmployeeId);
inline constexpr ValueShape kTextList = shape(Shape::TextList);
inline constexpr ValueShape kIdList = shape(Shape::IdList);
inline constexpr ValueShape kDuration = shape(Shape::Duration);
inline constexpr ValueShape kDate = shape(Shape::Date);
inline constexpr ValueShape kCount = shape(Shape::Count);
inline constexpr ValueShape kVolume = shape(Shape::Volume);
inline constexpr ValueShape kDecimal = shape(Shape::Decimal);
inline constexpr ValueShape kHours = shape(Shape::Hours);

struct KindDoc {
  std::string_view kind;  // as written in `kind:`
  std::string_view description;
  FieldDocs (*fields)();
};

// Unit, Position, Employee, Role, SOP, in that order.
std::span<const KindDoc> document_kinds();
// The keys of tatakerja.yaml.
FieldDocs config_fields();

}  // namespace tatakerja::load
