// Writing YAML for `import` (src/yaml/emit.cpp): yaml-cpp chooses the
// quoting; formula-looking text is always quoted.
#include <doctest/doctest.h>

#include "tatakerja/yaml/emit.hpp"

using tatakerja::yaml::Out;

TEST_CASE("yaml emit: a document with a comment, lists, quoting chosen by yaml-cpp") {
  Out m = Out::map();
  m.add("kind", Out::text("Position"));
  m.add("name", Out::text("Kepala: Seksi # satu"));
  m.add("text", Out::text("=HYPERLINK(\"x\")", true));
  m.add("empty", Out::text(""));
  m.add("yes", Out::text("yes"));
  Out& list = m.add("duties", Out::list());
  Out d = Out::map();
  d.add("id", Out::text("a"));
  list.items.push_back(d);
  CHECK(tatakerja::yaml::emit(m, "Imported\nby test") ==
        "# Imported\n# by test\n"
        "kind: Position\n"
        "name: \"Kepala: Seksi # satu\"\n"
        "text: \"=HYPERLINK(\\\"x\\\")\"\n"
        "empty: \"\"\n"
        "yes: yes\n"
        "duties:\n"
        "  - id: a\n");
}
