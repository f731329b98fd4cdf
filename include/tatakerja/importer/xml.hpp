// XML parts of Office files, parsed by expat into a small tree. Element
// names keep only their local part (`w:tc` is `tc`): Office files use fixed
// prefixes, and the readers ask for local names. Attributes keep their
// qualified names (`r:id`). A DOCTYPE is refused outright (Office never
// writes one), so no entity is ever declared, expanded or fetched; depth,
// element count and size are bounded (error.hpp).
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace tatakerja::importer {

struct XmlElement {
  std::string name;  // local name
  std::vector<std::pair<std::string, std::string>> attributes;
  std::vector<XmlElement> children;
  std::string text;  // character data directly inside, concatenated

  const std::string* attribute(std::string_view qualified) const;
  std::string attribute_or(std::string_view qualified, std::string fallback = {}) const;
  const XmlElement* child(std::string_view local) const;
  std::vector<const XmlElement*> children_named(std::string_view local) const;
  // Every descendant with this local name, in document order.
  void find_all(std::string_view local, std::vector<const XmlElement*>& out) const;
  // The text of this element and every descendant, in document order.
  std::string all_text() const;
};

// Parses `text` (a part named `part` in messages); throws Refused on
// malformed XML, a DOCTYPE, or a limit broken.
XmlElement parse_xml(std::string_view text, std::string_view part);

}  // namespace tatakerja::importer
