// `tatakerja schema [documents|config]`: the JSON Schema (draft 2020-12) of
// the YAML documents (one schema, `oneOf` on `kind`) or of tatakerja.yaml,
// for editors (yaml-language-server). Built from the loader's own field
// tables (load/fields.hpp), so it knows exactly the keys the loader knows.
//
// Values the loader parses itself are approximated by patterns: durations
// (`30m`, `1,5 jam`: a number and a unit, several parts), volumes (`12`,
// `5/day`, `3 per week`), dates (`YYYY-MM-DD`, not checked against the
// calendar), counts (plain decimal). The schema may accept what validate
// refuses (a 30 February), never the reverse for these shapes.
#pragma once

#include <ostream>
#include <string>

namespace tatakerja::app {

struct SchemaOptions {
  std::string what = "documents";  // documents|config
};

// Writes the schema to `out` and returns 0; an unknown `what` throws
// util::Failure.
int run_schema(const SchemaOptions& options, std::ostream& out);

}  // namespace tatakerja::app
