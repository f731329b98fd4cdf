// `tatakerja workload`: the workload analysis (Analisis Beban Kerja,
// workload.md) as a function of its options (it does not see CLI11).
#pragma once

#include <optional>
#include <ostream>
#include <string>

#include "tatakerja/app/options.hpp"
#include "tatakerja/workload/output.hpp"

namespace tatakerja::app {

struct WorkloadOptions {
  workload::View by = workload::View::Position;
  workload::Format format = workload::Format::Table;
  std::optional<std::string> effective_hours;  // over tatakerja.yaml's (default 1250)
  std::optional<std::string> output;           // a file instead of stdout; xlsx needs one
};

// Writes the analysis to `out`, or to the file `output` (replaced whole or
// not at all, and then nothing goes to `out`); diagnostics (as validate's text report),
// notes and the refusal go to `err`. Returns 0 done, 1 the repository has
// errors (nothing is written to `out`), 2 tatakerja.yaml is invalid; a bad
// option or no root throws util::Failure (exit 2 at the caller).
int run_workload(const GlobalOptions& global, const WorkloadOptions& options, std::ostream& out,
                 std::ostream& err);

}  // namespace tatakerja::app
