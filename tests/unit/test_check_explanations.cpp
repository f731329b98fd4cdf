#include <doctest/doctest.h>

#include "check/explanations.hpp"

using tatakerja::check::explain::explanation_of;
using tatakerja::check::explain::parse_explanation;

TEST_CASE("explanations: the sections of a data file, as written") {
  const auto e = parse_explanation(
      "a file holds no document\n"
      "=== what\nThe file is empty.\n"
      "=== why\nIt may be a mistake.\n"
      "=== wrong\n# kosong\n\n"
      "=== fixed\nkind: Unit\nid: a\n\n");
  CHECK(e.summary == "a file holds no document");
  CHECK(e.what == "The file is empty.");
  CHECK(e.why == "It may be a mistake.");
  CHECK(e.wrong == "# kosong\n");  // a YAML example keeps its last newline
  CHECK(e.fixed == "kind: Unit\nid: a\n");
}

TEST_CASE("explanations: a missing section is empty") {
  const auto e = parse_explanation("only a summary\n");
  CHECK(e.summary == "only a summary");
  CHECK(e.what.empty());
  CHECK(e.fixed.empty());
}

TEST_CASE("explanations: embedded, found by rule id") {
  CHECK(explanation_of("yaml-syntax").summary == "a file is not valid YAML");
  CHECK(explanation_of("yaml-synta").summary.empty());
  CHECK(explanation_of("").summary.empty());
}
