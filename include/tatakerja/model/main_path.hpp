// The main path of an SOP (format.md, "The final output"; rules.md,
// sop-total-time): from the first step, following each step's next step and
// each decision's "Ya" way, until `end`, a step seen before or a way that
// did not resolve; each step once. The final output, the checks of the
// times and the book's Jumlah row all walk it here.
#pragma once

#include <optional>
#include <vector>

#include "tatakerja/model/documents.hpp"

namespace tatakerja::model {

struct MainPath {
  std::vector<int> steps;    // step indices, in the order walked
  bool reaches_end = false;  // else it stopped at a step seen before or an unresolved way
};

MainPath main_path(const Sop& sop);

// The sum of the step times along the main path, a range with its upper
// end, and the units they were written in (Duration::units, all of them);
// nullopt when the path does not reach `end` or a step on it has no
// readable `time`: a sum of the rest would mean nothing, and is never
// shown as a total.
std::optional<Duration> time_on_main_path(const Sop& sop);

}  // namespace tatakerja::model
