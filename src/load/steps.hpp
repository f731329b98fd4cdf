// Internal: reading an SOP's `steps`.
#pragma once

#include "reader.hpp"
#include "tatakerja/model/documents.hpp"

namespace tatakerja::load {

void read_steps(Reader& reader, const yaml::Node& key, const yaml::Node& value, model::Sop& sop);

}  // namespace tatakerja::load
