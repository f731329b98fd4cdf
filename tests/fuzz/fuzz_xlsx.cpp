// libFuzzer target: the xlsx reader of `import`, then the forms read
// from what it gives (import_target.hpp).
#include "import_target.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  return import_one_input(data, size, tatakerja::importer::read_xlsx);
}
