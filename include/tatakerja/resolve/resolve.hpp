// The resolver: turns the ids that documents name (units, positions,
// `POSITION/DUTY` and owner-relative duties, employees, roles and their
// members, SOPs, steps, external actors) into indices, filling the model's *_ref fields and the
// repository's id indices. Reports `duplicate-id` (both places; a Role
// may not take a Position's id, as both may be a step's actor) and
// `unknown-reference` (with a suggestion), and `schema` for a position
// without a unit when the repository has units.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "tatakerja/diag/diagnostic.hpp"
#include "tatakerja/model/repository.hpp"

namespace tatakerja::resolve {

void resolve(model::Repository& repo, diag::Diagnostics& out);

// What a `related` entry (Keterkaitan) names: an SOP of the repository by its
// id, or by its title or id once case, spacing and punctuation are folded
// and a leading "SOP" (or "Standar Operasional Prosedur") is set aside on
// both sides. Any other text names no SOP here (an SOP of another office).
// Needs the repository's `sop_index`. The folded names are made on the
// first lookup that needs them (an entry that is not an SOP id): a const
// SopNames is not to be shared between threads.
class SopNames {
 public:
  explicit SopNames(const model::Repository& repo);

  // The SOP that `text` names (its index), or -1.
  int find(std::string_view text) const;

  // For text that names no SOP: the title (or id) of the SOP it nearly
  // names, as written — within two edits once folded (one for short
  // names) — else empty.
  std::string near_miss(std::string_view text) const;

 private:
  struct Name {
    std::string folded;
    int sop = -1;
    bool title = false;
  };
  void fold() const;

  const model::Repository& repo_;
  mutable bool folded_all_ = false;
  mutable std::vector<Name> names_;                      // titles, then ids, in repository order
  mutable std::unordered_map<std::string, int> folded_;  // folded name -> first SOP
};

}  // namespace tatakerja::resolve
