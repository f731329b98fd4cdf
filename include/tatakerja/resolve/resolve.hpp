// The resolver: turns the ids that documents name (units, positions,
// `POSITION/DUTY` and owner-relative duties, employees, roles and their
// members, SOPs, steps, external actors) into indices, filling the model's *_ref fields and the
// repository's id indices. Reports `duplicate-id` (both places; a Role
// may not take a Position's id, as both may be a step's actor) and
// `unknown-reference` (with a suggestion), and `schema` for a position
// without a unit when the repository has units.
#pragma once

#include "tatakerja/diag/diagnostic.hpp"
#include "tatakerja/model/repository.hpp"

namespace tatakerja::resolve {

void resolve(model::Repository& repo, diag::Diagnostics& out);

}  // namespace tatakerja::resolve
