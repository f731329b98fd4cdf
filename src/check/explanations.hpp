// Internal: the explanation of each rule (what `tatakerja explain RULE`
// prints). The texts are data, one file a rule in src/check/explanations/
// (ID.txt: the summary line, then `=== what`, `=== why`, `=== wrong` and
// `=== fixed` sections), embedded at build time (cmake/EmbedFiles.cmake).
#pragma once

#include <string_view>

namespace tatakerja::check::explain {

struct Explanation {
  std::string_view summary;  // one line
  std::string_view what;     // what the rule checks
  std::string_view why;      // why, citing the source
  std::string_view wrong;    // YAML that triggers it
  std::string_view fixed;    // the same YAML, fixed
};

// The explanation of the rule `id`; all empty when it has no file (a unit
// test requires one for every rule).
Explanation explanation_of(std::string_view id);

// What a file of src/check/explanations/ says, read as above; exposed for
// its unit test.
Explanation parse_explanation(std::string_view text);

}  // namespace tatakerja::check::explain
