// What a command needs before its own work, as data (ninja keeps it as a
// column of its tool table): a checked repository, which findings it shows,
// and the errors on which it refuses to go on. Every command that reads a
// repository opens it here: the root found, the repository loaded and
// checked, its findings shown, the run refused where its phase says.
#pragma once

#include <optional>
#include <ostream>
#include <string_view>

#include "tatakerja/app/options.hpp"
#include "tatakerja/app/pipeline.hpp"

namespace tatakerja::app {

enum class Refusal {
  Never,           // goes on whatever the findings (list, graph: its own rule)
  AnyError,        // any error (render; --force goes on)
  WorkloadInputs,  // an error in what the workload analysis reads
};

struct Phase {
  // What the command makes, for "tatakerja.yaml is invalid, so there is no
  // PRODUCT" (exit 2); empty: the command reports an invalid config itself.
  std::string_view product;
  Refusal refuses = Refusal::Never;
  std::string_view refusal;    // after the summary line when it refuses (exit 1)
  bool show_findings = false;  // print every finding (info only with -v) first
};

struct Opened {
  PipelineOptions pipeline;    // how it was opened (root, threads, cache, rules)
  Checked* checked = nullptr;  // lives until the process ends
  diag::Diagnostics shown;     // the findings, info only with -v
  std::optional<int> status;   // set: the command stops here with it
};

// Each command's phase: the table of phase.cpp. validate (which reports in
// its own formats, on the PATHs it is given) and diff (two revisions) open
// their repositories themselves.
namespace phases {
extern const Phase kList, kGraph, kWorkload, kRender;
}  // namespace phases

// `date`: validate's --date (for sop-review-due); `force`: go on past a
// refusal. Throws util::Failure when the command cannot run (a bad --rule).
Opened open_repository(const GlobalOptions& global, const Phase& phase, std::ostream& err,
                       const std::filesystem::path& start, bool force = false,
                       std::optional<model::Date> date = std::nullopt,
                       const std::vector<std::string>& more_rules = {});

}  // namespace tatakerja::app
