// The XML reader of `import` (src/importer/xml.cpp): expat into a tree,
// DOCTYPE refused, limits.
#include <doctest/doctest.h>

#include <string>

#include "tatakerja/importer/error.hpp"
#include "tatakerja/importer/xml.hpp"

using namespace tatakerja::importer;

namespace {

std::string refusal(const std::string& xml) {
  try {
    parse_xml(xml, "x.xml");
  } catch (const Refused& e) {
    return e.what();
  }
  return "";
}

}  // namespace

TEST_CASE("importer xml: local names, qualified attributes, text in order") {
  const auto root = parse_xml(
      R"(<w:tbl xmlns:w="w"><w:tr><w:tc r:id="rId1"><w:t>Nama </w:t><w:t>SOP</w:t></w:tc></w:tr></w:tbl>)",
      "x.xml");
  CHECK(root.name == "tbl");
  const auto* tc = root.child("tr")->child("tc");
  REQUIRE(tc);
  CHECK(tc->attribute_or("r:id") == "rId1");
  CHECK(tc->all_text() == "Nama SOP");
  std::vector<const XmlElement*> ts;
  root.find_all("t", ts);
  CHECK(ts.size() == 2);
}

TEST_CASE("importer xml: a DOCTYPE is refused, so no entity is ever expanded or fetched") {
  CHECK(refusal(R"(<?xml version="1.0"?><!DOCTYPE a [<!ENTITY b "c">]><a>&b;</a>)") ==
        "`x.xml`: XML with a DOCTYPE (refused: Office files have none, and entities could expand "
        "or fetch anything)");
  CHECK(refusal(R"(<!DOCTYPE a SYSTEM "file:///etc/passwd"><a/>)").find("DOCTYPE") !=
        std::string::npos);
  // an entity never declared is an error, never a lookup
  CHECK(refusal("<a>&xxe;</a>").find("undefined entity") != std::string::npos);
}

TEST_CASE("importer xml: malformed XML says where, and depth is bounded") {
  CHECK(refusal("<a><b></a>") == "`x.xml`: malformed XML at line 1, column 9: mismatched tag");
  std::string deep;
  for (int i = 0; i < 300; ++i) deep += "<a>";
  for (int i = 0; i < 300; ++i) deep += "</a>";
  CHECK(refusal(deep) == "`x.xml`: XML nested deeper than 256 elements");
}
