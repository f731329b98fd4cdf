// What `import` throws when a file cannot be read at all: not a zip, a zip
// bomb, an entry that climbs out of the archive, XML with a DOCTYPE, a
// sheet past the limits. The command reports it against the file and goes
// on with the next one; it never crosses into other layers.
#pragma once

#include <cstddef>
#include <cstdint>
#include <stdexcept>
#include <string>

namespace tatakerja::importer {

class Refused : public std::runtime_error {
 public:
  explicit Refused(const std::string& message) : std::runtime_error(message) {}
};

// The limits of every reader: an office's forms are far below them, and a
// hostile file meets one within seconds and bounded memory.
struct Limits {
  static constexpr std::size_t kFileBytes = 64u << 20;      // the file read from disk
  static constexpr std::size_t kZipEntries = 10000;         // entries in one archive
  static constexpr std::size_t kEntryBytes = 64u << 20;     // one entry, uncompressed
  static constexpr std::size_t kArchiveBytes = 256u << 20;  // all entries read, uncompressed
  static constexpr std::size_t kXmlDepth = 256;             // nesting of elements
  static constexpr std::size_t kXmlElements = 1000000;      // elements in one XML part
  static constexpr std::size_t kCells = 500000;             // cells of one sheet or table
  static constexpr std::size_t kRows = 100000;              // highest row number of a sheet
  static constexpr std::size_t kColumns = 16384;            // highest column (XFD)
  static constexpr std::size_t kMerges = 100000;            // merged ranges of one sheet
  static constexpr std::size_t kMergedRows = 1000000;       // their rows, summed
  static constexpr std::uint32_t kScanColumns = 256;        // columns searched for labels
};

}  // namespace tatakerja::importer
