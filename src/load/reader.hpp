// Internal: reads yaml::Node values into typed model values, reporting every
// problem as a diagnostic (rule `schema`, or `config` for tatakerja.yaml).
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "tatakerja/diag/diagnostic.hpp"
#include "tatakerja/diag/rules.hpp"
#include "tatakerja/load/fields.hpp"
#include "tatakerja/model/config.hpp"
#include "tatakerja/model/documents.hpp"
#include "tatakerja/yaml/tree.hpp"

namespace tatakerja::load {

class Reader {
 public:
  Reader(const diag::RuleId& rule, const model::Config& config, diag::Diagnostics& out)
      : rule_(rule), config_(config), out_(out) {}

  void error(model::Location loc, std::string message, std::string suggestion = {});

  // Each returns nullopt (after reporting) when the value is not of its type;
  // a null value (`key:` or `key: ~`) is nullopt without a report for the
  // optional forms.
  std::optional<model::Text> text(std::string_view key, const yaml::Node& value);
  std::optional<model::Text> id(std::string_view key, const yaml::Node& value);
  model::TextList text_list(std::string_view key, const yaml::Node& key_node,
                            const yaml::Node& value);
  model::TextList id_list(std::string_view key, const yaml::Node& key_node,
                          const yaml::Node& value);
  std::optional<model::Located<model::Duration>> duration(std::string_view key,
                                                          const yaml::Node& value);
  std::optional<model::Located<model::Date>> date(std::string_view key, const yaml::Node& value);
  std::optional<model::Located<std::int64_t>> count(std::string_view key, const yaml::Node& value);
  std::optional<model::Located<model::Volume>> volume(std::string_view key,
                                                      const yaml::Node& value);

  // For required keys: reads into `target`, or reports why it cannot (an
  // empty value included). `target.loc` is set either way, so that the key
  // is known to be present (see require()).
  void required_text(std::string_view key, const yaml::Node& value, model::Text& target);
  void required_id(std::string_view key, const yaml::Node& value, model::Text& target);

  // A value that must be a mapping / a list: reports and returns false otherwise.
  bool expect_mapping(std::string_view key, const yaml::Node& value, std::string_view what);
  bool expect_list(std::string_view key, const yaml::Node& value, std::string_view what);

  // Reports a word that is not one of `choices` (an enum value): `message`,
  // then "; did you mean `X`?" with X as the suggestion when one is near.
  void unknown_choice(model::Location loc, std::string_view word, std::string message,
                      std::span<const std::string_view> choices);

  // Reports `key` as unknown, with the nearest of `known` as a suggestion.
  void unknown_key(const yaml::Node& key, std::span<const std::string_view> known,
                   std::string_view where);

  const model::Config& config() const { return config_; }

  // Keys suggested for misspelt ones since the last reset: a missing
  // required key that was merely misspelt is reported once, as the typo.
  bool was_suggested(std::string_view key) const;
  void reset_suggestions() { suggested_.clear(); }

 private:
  std::optional<std::string_view> scalar(std::string_view key, const yaml::Node& value,
                                         std::string_view what);

  std::vector<std::string> suggested_;
  const diag::RuleId& rule_;
  const model::Config& config_;
  diag::Diagnostics& out_;
};

// One key a loader knows: its name, the shape of its value and a one-line
// description (both for the JSON Schema, fields.hpp), and how it is read.
template <class T>
struct Field {
  std::string_view key;
  ValueShape value;
  std::string_view description;
  void (*read)(Reader&, const yaml::Node& key, const yaml::Node& value, T&);
};

// The documentation rows of a table, for a `FieldDocs name()` accessor that
// keeps them in a function-local static.
template <class T, std::size_t N>
std::vector<FieldDoc> field_docs(const Field<T> (&fields)[N]) {
  std::vector<FieldDoc> docs;
  for (const auto& f : fields) docs.push_back(FieldDoc{f.key, f.value, f.description});
  return docs;
}

// Walks a mapping once, handing each entry to the handler registered for its
// key; keys starting with `x-` are the user's own and skipped; other keys
// are reported as unknown.

template <class T, std::size_t N>
void read_fields(Reader& reader, const yaml::Node& map, T& target, const Field<T> (&fields)[N],
                 std::string_view where) {
  std::string_view names[N];
  for (std::size_t i = 0; i < N; ++i) names[i] = fields[i].key;
  for (const auto& [key, value] : map.entries) {
    if (!key.is_scalar()) {
      reader.error(key.loc, "a key must be plain text");
      continue;
    }
    const Field<T>* field = nullptr;
    for (const auto& f : fields) {
      if (f.key == key.scalar) field = &f;
    }
    if (field) {
      field->read(reader, key, value, target);
    } else if (!key.scalar.starts_with("x-")) {
      reader.unknown_key(key, names, where);
    }
  }
}

}  // namespace tatakerja::load
