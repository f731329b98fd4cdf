#include <doctest/doctest.h>

#include <regex>
#include <set>
#include <sstream>
#include <string>

#include "load/read_file.hpp"
#include "tatakerja/app/schema.hpp"
#include "tatakerja/load/fields.hpp"
#include "tatakerja/load/values.hpp"
#include "tatakerja/util/error.hpp"

using tatakerja::app::run_schema;
using tatakerja::app::SchemaOptions;
namespace load = tatakerja::load;

namespace {

std::string schema(std::string what) {
  SchemaOptions options;
  options.what = std::move(what);
  std::ostringstream out;
  CHECK(run_schema(options, out) == 0);
  return out.str();
}

// The `pattern` of the value shape `name` under $defs, unescaped from JSON.
std::regex pattern_of(const std::string& json, const std::string& name) {
  auto at = json.find("\n    \"" + name + "\": {");
  REQUIRE(at != std::string::npos);
  at = json.find("\"pattern\": \"", at);
  REQUIRE(at != std::string::npos);
  at += 12;
  std::string pattern;
  for (; json[at] != '"'; ++at) {
    if (json[at] == '\\') ++at;
    pattern += json[at];
  }
  return std::regex(pattern, std::regex::ECMAScript);
}

}  // namespace

TEST_CASE("app schema: documents, one schema with oneOf on kind") {
  const auto json = schema("documents");
  CHECK(json.starts_with("{\n  \"$schema\": \"https://json-schema.org/draft/2020-12/schema\",\n"));
  CHECK(json.find("\"oneOf\": [\n    {\n      \"$ref\": \"#/$defs/Unit\"\n    },") !=
        std::string::npos);
  for (const auto& kind : load::document_kinds()) {
    CAPTURE(kind.kind);
    CHECK(json.find("\"const\": \"" + std::string(kind.kind) + "\"") != std::string::npos);
  }
  CHECK(json.find("\"^x-\": {}") != std::string::npos);
  CHECK(json.find("\"additionalProperties\": false") != std::string::npos);
  CHECK(json.ends_with("}\n"));
}

TEST_CASE("app schema: config, with organization required") {
  const auto json = schema("config");
  CHECK(json.find("\"title\": \"tatakerja.yaml\"") != std::string::npos);
  CHECK(json.find("\"required\": [\n    \"organization\"\n  ]") != std::string::npos);
  CHECK(json.find("\"effective_hours\": {") != std::string::npos);
  CHECK(json.find("\"rows_per_page\": {") != std::string::npos);
}

TEST_CASE("app schema: an unknown schema is a Failure, and nothing is written") {
  SchemaOptions options;
  options.what = "sops";
  std::ostringstream out;
  CHECK_THROWS_WITH_AS(run_schema(options, out),
                       "`sops` is not a schema: expected documents or config",
                       tatakerja::util::Failure);
  CHECK(out.str().empty());
}

// The keys the schema requires are those the loader reports missing.
TEST_CASE("app schema: required keys are the ones the loader requires") {
  for (const auto& kind : load::document_kinds()) {
    CAPTURE(kind.kind);
    std::set<std::string> expected, reported;
    for (const auto& field : kind.fields()) {
      if (field.value.required) {
        expected.insert(std::string(kind.kind) + " has no `" + std::string(field.key) + "`");
      }
    }
    auto result = load::read_text("kind: " + std::string(kind.kind) + "\n", 1, {});
    for (const auto& d : result.diagnostics) reported.insert(d.message);
    CHECK(reported == expected);
  }
}

TEST_CASE("app schema: the duration and volume patterns agree with the loader") {
  const auto json = schema("documents");
  const auto duration = pattern_of(json, "duration");
  for (std::string text : {"30m",
                           "1h30m",
                           "1.5h",
                           "2 jam",
                           "15 menit",
                           "1,5 jam",
                           "1 hari",
                           "2d",
                           "2 Jam",
                           "1 HOUR",
                           "3 days",
                           "30",
                           "jam",
                           "1 minggu",
                           "-1h",
                           "1h 30m",
                           "1..5h",
                           "",
                           "30 detik",
                           "5 Menit",
                           "3 Hari",
                           "1 Bulan",
                           "3 hari kerja",
                           "2 Working Days",
                           "5-10 menit",
                           "5 s.d. 10 menit",
                           "5 s/d 10 menit",
                           "30 menit - 1 jam",
                           "1-3 hari kerja",
                           "5 mnt",
                           "5-",
                           "- 5 menit",
                           "5-10",
                           "hari kerja"}) {
    CAPTURE(text);
    CHECK(std::regex_match(text, duration) ==
          load::parse_duration(text, tatakerja::model::Duration{5 * 3600}).ok());
  }
  const auto volume = pattern_of(json, "volume");
  for (std::string text : {"12", "0.5", "2,5", "5/day", "3 per week", "2/bulan", "10 per tahun",
                           "1 / Hari", "5/fortnight", "per day", "5 perday", "-1", "1e3"}) {
    CAPTURE(text);
    CHECK(std::regex_match(text, volume) == load::parse_volume(text).ok());
  }
}

TEST_CASE("app schema: an Employee id may be a NIP written with spaces") {
  const auto json = schema("documents");
  const auto id = pattern_of(json, "employee_id");
  for (const char* text : {"19800515 201001 2 022", "198005152010012022", "budi-s"}) {
    CAPTURE(text);
    CHECK(std::regex_match(std::string(text), id));
  }
  for (const char* text : {"1980  0515", " 1980", "budi santoso"}) {
    CAPTURE(text);
    CHECK_FALSE(std::regex_match(std::string(text), id));
  }
}
