// libFuzzer target: the xlsx reader of `import`, then the forms read
// from what it gives. Any input gives a book or Refused, and never crashes
// or hangs.
#include <cstddef>
#include <cstdint>
#include <string>

#include "tatakerja/importer/documents.hpp"
#include "tatakerja/importer/error.hpp"
#include "tatakerja/importer/forms.hpp"
#include "tatakerja/importer/read.hpp"

using namespace tatakerja::importer;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string bytes(reinterpret_cast<const char*>(data), size);
  try {
    const Book book = read_xlsx(std::move(bytes), "fuzz");
    Imported imported;
    read_sop(book, imported);
    read_abk(book, imported);
    std::vector<Finding> findings;
    (void)documents(imported, "fuzz", {}, findings);
  } catch (const Refused&) {
  }
  return 0;
}
