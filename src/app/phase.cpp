#include "tatakerja/app/phase.hpp"

#include <unistd.h>

#include <algorithm>
#include <iterator>

#include "tatakerja/report/report.hpp"
#include "tatakerja/sys/terminal.hpp"

namespace tatakerja::app {

namespace {

// The document kinds the workload analysis reads (workload.md): an error in
// one of them, in tatakerja.yaml or in a document that could not be read
// withholds the ABK. Errors elsewhere (an SOP's wording) are shown and do not.
constexpr model::Kind kReadByWorkload[] = {model::Kind::Unit, model::Kind::Position,
                                           model::Kind::Employee, model::Kind::Role};

bool stops(const Phase& phase, const model::Repository& repo, const diag::Diagnostic& d) {
  if (d.severity != diag::Severity::Error) return false;
  switch (phase.refuses) {
    case Refusal::Never:
      return false;
    case Refusal::AnyError:
      return true;
    case Refusal::WorkloadInputs: {
      const auto kind = document_kind(repo, d);
      return !kind || std::find(std::begin(kReadByWorkload), std::end(kReadByWorkload), *kind) !=
                          std::end(kReadByWorkload);
    }
  }
  return true;
}

}  // namespace

// The phase of every command that reads a repository, in one place.
namespace phases {
const Phase kList{};   // lists what it can, and says the list may be incomplete
const Phase kGraph{};  // refuses on its SOP's own flow errors only
const Phase kWorkload{"workload analysis", Refusal::WorkloadInputs,
                      "no workload analysis while what it reads (tatakerja.yaml, units, "
                      "positions, duties, employees) has errors; fix them and run again",
                      true};
const Phase kRender{"handbook", Refusal::AnyError,
                    "no handbook of a repository with errors; fix them, or render anyway with "
                    "--force",
                    true};
}  // namespace phases

Opened open_repository(const GlobalOptions& global, const Phase& phase, std::ostream& err,
                       const std::filesystem::path& start, bool force,
                       std::optional<model::Date> date,
                       const std::vector<std::string>& more_rules) {
  Opened opened;
  PipelineOptions& pipeline = opened.pipeline;
  pipeline.date = date;
  pipeline.root = load::find_root(global.root, start);
  use_global_options(pipeline, global, err);
  pipeline.rule_overrides.insert(pipeline.rule_overrides.end(), more_rules.begin(),
                                 more_rules.end());  // a command's own --rule, after the global
  opened.checked = &keep_until_exit(check_repository(pipeline));
  const Checked& checked = *opened.checked;
  for (const auto& d : checked.diagnostics) {
    if (d.severity == diag::Severity::Info && !global.verbose) continue;
    opened.shown.push_back(d);
  }
  if (phase.show_findings) {
    print_diagnostics(checked, opened.shown, sys::use_color(global.color, STDERR_FILENO), err);
  }
  if (phase.product.empty()) return opened;
  const std::string summary = report::summary_line(opened.shown, checked.repo.files.size());
  if (!checked.config_ok) {
    err << "tatakerja: " << summary << ": tatakerja.yaml is invalid, so there is no "
        << phase.product << "\n";
    opened.status = 2;
  } else if (!force &&
             std::any_of(opened.shown.begin(), opened.shown.end(), [&](const diag::Diagnostic& d) {
               return stops(phase, checked.repo, d);
             })) {
    err << "tatakerja: " << summary << ": " << phase.refusal << "\n";
    opened.status = 1;
  }
  return opened;
}

}  // namespace tatakerja::app
