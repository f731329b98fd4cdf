// What an import writes: the YAML documents of the repository layout
// (format.md), one file each — units/ID.yaml, positions/ID.yaml,
// sops/ID.yaml — and tatakerja.yaml for a new repository. Ids are made from
// names; text is emitted by yaml-cpp (yaml/emit.hpp), formula-looking text
// quoted.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "tatakerja/importer/result.hpp"

namespace tatakerja::importer {

struct NewFile {
  std::string relative;  // '/'-separated, inside the output folder
  std::string content;
  std::string what;  // "position `ajudan`", for the summary
};

// The files for what was imported from `source` (named in each file's
// first comment line). tatakerja.yaml comes first.
struct Known {                                   // folded name -> id
  std::map<std::string, std::string> positions;  // of this run and of the output repository
  std::map<std::string, std::string> units;      // of the output repository: not written again
};
// The lanes of SOPs link to `known.positions`; a unit of `known.units` is
// named by its id. What could not be linked is appended to `findings`.
std::vector<NewFile> documents(const Imported& imported, const std::string& source,
                               const Known& known, std::vector<Finding>& findings);

// The id a position's document gets (before it is made unique in its file).
std::string position_id(std::string_view name);
std::string position_id(const ImportedPosition& position);  // its own id column first

// An id made of a name: ASCII letters and digits, lower case, words joined
// by '-', at most `words` words; "item" when nothing is left.
std::string make_id(std::string_view name, std::size_t words = 6);

}  // namespace tatakerja::importer
