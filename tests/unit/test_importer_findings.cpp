// The kinds of finding `import` reports are one list (importer::findings),
// and tatakerja-import(1) describes exactly those, in that order.
#include <doctest/doctest.h>

#include <fstream>
#include <iterator>
#include <regex>
#include <string>
#include <vector>

#include "tatakerja/importer/result.hpp"

TEST_CASE("import findings: the man page's OUTPUT lists every kind, and no other") {
  std::ifstream in(std::string(TATAKERJA_SOURCE_DIR) + "/man/tatakerja-import.1");
  REQUIRE(in);
  const std::string page{std::istreambuf_iterator<char>(in), {}};
  // ".B import\-unplaced" in the OUTPUT section: troff escapes the hyphens.
  const std::regex entry(R"(\n\.B (import(?:\\-[a-z]+)+)\n)");
  std::vector<std::string> listed;
  for (auto it = std::sregex_iterator(page.begin(), page.end(), entry);
       it != std::sregex_iterator(); ++it) {
    listed.push_back(std::regex_replace((*it)[1].str(), std::regex(R"(\\-)"), "-"));
  }
  const std::vector<std::string> kinds(tatakerja::importer::findings::kAll.begin(),
                                       tatakerja::importer::findings::kAll.end());
  CHECK(listed == kinds);
}
