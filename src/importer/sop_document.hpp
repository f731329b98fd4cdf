// One imported SOP as its YAML document (format.md, "SOP").
#pragma once

#include <map>
#include <string>
#include <vector>

#include "tatakerja/importer/result.hpp"
#include "tatakerja/yaml/emit.hpp"

namespace tatakerja::importer {

// `units`: unit name -> the id its Unit document was given; `positions`:
// a position's folded name -> its id. A lane that names no position becomes
// an external actor, reported (import-actor) so the user can link it.
yaml::Out sop_document(const ImportedSop& sop, const std::string& id,
                       const std::map<std::string, std::string>& units,
                       const std::map<std::string, std::string>& positions,
                       std::vector<Finding>& findings);

// Text that a spreadsheet might run is always quoted.
yaml::Out text_out(const std::string& value);

}  // namespace tatakerja::importer
