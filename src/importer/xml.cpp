#include "tatakerja/importer/xml.hpp"

#include <expat.h>
#include <fmt/format.h>

#include "tatakerja/importer/error.hpp"

namespace tatakerja::importer {

const std::string* XmlElement::attribute(std::string_view qualified) const {
  for (const auto& [key, value] : attributes) {
    if (key == qualified) return &value;
  }
  return nullptr;
}

std::string XmlElement::attribute_or(std::string_view qualified, std::string fallback) const {
  const auto* value = attribute(qualified);
  return value ? *value : fallback;
}

const XmlElement* XmlElement::child(std::string_view local) const {
  for (const auto& c : children) {
    if (c.name == local) return &c;
  }
  return nullptr;
}

std::vector<const XmlElement*> XmlElement::children_named(std::string_view local) const {
  std::vector<const XmlElement*> out;
  for (const auto& c : children) {
    if (c.name == local) out.push_back(&c);
  }
  return out;
}

void XmlElement::find_all(std::string_view local, std::vector<const XmlElement*>& out) const {
  for (const auto& c : children) {
    if (c.name == local) out.push_back(&c);
    c.find_all(local, out);
  }
}

std::string XmlElement::all_text() const {
  std::string out = text;
  for (const auto& c : children) out += c.all_text();
  return out;
}

namespace {

struct Builder {
  XML_Parser parser = nullptr;
  std::string part;
  XmlElement root;
  std::vector<XmlElement*> stack;
  std::size_t elements = 0;
  std::string refusal;  // set when a handler stops the parser

  void stop(std::string why) {
    if (refusal.empty()) refusal = std::move(why);
    XML_StopParser(parser, XML_FALSE);
  }
};

std::string local_name(const char* name) {
  std::string_view n(name);
  const auto colon = n.rfind(':');
  return std::string(colon == std::string_view::npos ? n : n.substr(colon + 1));
}

void XMLCALL on_start(void* data, const XML_Char* name, const XML_Char** attributes) {
  auto& b = *static_cast<Builder*>(data);
  if (!b.refusal.empty()) return;
  if (++b.elements > Limits::kXmlElements) {
    return b.stop(fmt::format("more than {} XML elements", Limits::kXmlElements));
  }
  if (b.stack.size() >= Limits::kXmlDepth) {
    return b.stop(fmt::format("XML nested deeper than {} elements", Limits::kXmlDepth));
  }
  XmlElement element;
  element.name = local_name(name);
  for (const XML_Char** a = attributes; *a; a += 2) element.attributes.emplace_back(a[0], a[1]);
  if (b.stack.empty()) {
    b.root = std::move(element);
    b.stack.push_back(&b.root);
  } else {
    auto& children = b.stack.back()->children;
    children.push_back(std::move(element));
    b.stack.push_back(&children.back());
  }
}

void XMLCALL on_end(void* data, const XML_Char*) {
  auto& b = *static_cast<Builder*>(data);
  if (!b.stack.empty()) b.stack.pop_back();
}

void XMLCALL on_text(void* data, const XML_Char* text, int length) {
  auto& b = *static_cast<Builder*>(data);
  if (b.stack.empty() || !b.refusal.empty()) return;
  b.stack.back()->text.append(text, static_cast<std::size_t>(length));
}

void XMLCALL on_doctype(void* data, const XML_Char*, const XML_Char*, const XML_Char*, int) {
  static_cast<Builder*>(data)->stop(
      "XML with a DOCTYPE (refused: Office files have none, and "
      "entities could expand or fetch anything)");
}

void XMLCALL on_entity(void* data, const XML_Char*, int, const XML_Char*, int, const XML_Char*,
                       const XML_Char*, const XML_Char*, const XML_Char*) {
  static_cast<Builder*>(data)->stop("XML that declares an entity (refused)");
}

int XMLCALL on_external_entity(XML_Parser, const XML_Char*, const XML_Char*, const XML_Char*,
                               const XML_Char*) {
  return XML_STATUS_ERROR;  // never fetched
}

}  // namespace

XmlElement parse_xml(std::string_view text, std::string_view part) {
  if (text.size() > Limits::kEntryBytes) {
    throw Refused(fmt::format("`{}`: more than {} bytes of XML", part, Limits::kEntryBytes));
  }
  Builder b;
  b.part = part;
  b.parser = XML_ParserCreate(nullptr);
  if (!b.parser) throw Refused("cannot create an XML parser");
  XML_SetUserData(b.parser, &b);
  XML_SetElementHandler(b.parser, on_start, on_end);
  XML_SetCharacterDataHandler(b.parser, on_text);
  XML_SetStartDoctypeDeclHandler(b.parser, on_doctype);
  XML_SetEntityDeclHandler(b.parser, on_entity);
  XML_SetExternalEntityRefHandler(b.parser, on_external_entity);
  XML_SetParamEntityParsing(b.parser, XML_PARAM_ENTITY_PARSING_NEVER);
  // Pointers on the stack stay valid: only the top's children grow, and
  // no element on the stack lives in that vector.
  const auto status = XML_Parse(b.parser, text.data(), static_cast<int>(text.size()), XML_TRUE);
  std::string error;
  if (!b.refusal.empty()) {
    error = b.refusal;
  } else if (status != XML_STATUS_OK) {
    error = fmt::format(
        "malformed XML at line {}, column {}: {}", XML_GetCurrentLineNumber(b.parser),
        XML_GetCurrentColumnNumber(b.parser) + 1, XML_ErrorString(XML_GetErrorCode(b.parser)));
  }
  XML_ParserFree(b.parser);
  if (!error.empty()) throw Refused(fmt::format("`{}`: {}", part, error));
  return std::move(b.root);
}

}  // namespace tatakerja::importer
