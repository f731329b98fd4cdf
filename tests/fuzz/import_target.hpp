// What the import fuzz targets share: one reader's bytes, then every form
// read from the book it gives. Any input gives documents or Refused, and
// never crashes or hangs.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "tatakerja/importer/documents.hpp"
#include "tatakerja/importer/error.hpp"
#include "tatakerja/importer/forms.hpp"
#include "tatakerja/importer/read.hpp"

// `read` is one of importer::read_csv, read_xlsx, read_docx.
template <class Read>
int import_one_input(const std::uint8_t* data, std::size_t size, Read read) {
  using namespace tatakerja::importer;
  std::string bytes(reinterpret_cast<const char*>(data), size);
  try {
    const Book book = read(std::move(bytes), "fuzz");
    Imported imported;
    read_sop(book, imported);
    read_abk(book, imported);
    std::vector<Finding> findings;
    (void)documents(imported, "fuzz", {}, findings);
  } catch (const Refused&) {
  }
  return 0;
}
