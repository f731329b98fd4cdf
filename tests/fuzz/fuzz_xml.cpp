// libFuzzer target: the XML reader of `import` (expat into a tree). Any
// input gives a tree or Refused, within the limits, and never crashes,
// hangs, or expands an entity.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "tatakerja/importer/error.hpp"
#include "tatakerja/importer/xml.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  try {
    const auto root = tatakerja::importer::parse_xml(text, "fuzz.xml");
    (void)root.all_text();
  } catch (const tatakerja::importer::Refused&) {
  }
  return 0;
}
