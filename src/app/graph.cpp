// `tatakerja graph SOP`: one SOP's flowchart on stdout, as a standalone
// SVG, Mermaid or Graphviz DOT. Only errors in the SOP's own flow stop it:
// a flowchart of one procedure need not wait for the rest of the repository,
// nor for the SOP's metadata or wording; `--force` draws it anyway.
#include <fmt/format.h>
#include <unistd.h>

#include <algorithm>
#include <sstream>
#include <vector>

#include "tatakerja/app/phase.hpp"
#include "tatakerja/app/pipeline.hpp"
#include "tatakerja/app/render.hpp"
#include "tatakerja/flow/output.hpp"
#include "tatakerja/glossary/terms.hpp"
#include "tatakerja/load/loader.hpp"
#include "tatakerja/report/report.hpp"
#include "tatakerja/sys/terminal.hpp"
#include "tatakerja/util/error.hpp"
#include "tatakerja/util/text.hpp"

namespace tatakerja::app {

namespace {

const model::Sop& find_sop(const model::Repository& repo, const std::string& id) {
  if (auto it = repo.sop_index.find(id); it != repo.sop_index.end()) return repo.sops[it->second];
  std::vector<std::string_view> ids;
  ids.reserve(repo.sops.size());
  for (const auto& sop : repo.sops) ids.push_back(sop.doc.id.value);
  std::string message = fmt::format("unknown SOP `{}`", util::escape_control(id));
  message += util::did_you_mean(util::suggest(id, ids));
  throw util::Failure(message);
}

bool inside(const model::DocumentInfo& doc, const diag::Diagnostic& d) {
  return d.loc.file == doc.start.file && d.loc.line >= doc.start.line && d.loc.line <= doc.end_line;
}

bool at_step_flow(const model::Step& step, const model::Location& loc) {
  for (const auto* text : {&step.actor, &step.next, &step.yes, &step.no, &step.explicit_id}) {
    if (*text && (*text)->loc == loc) return true;
  }
  return step.loc == loc;
}

// An error in what the flowchart is drawn from: the flow-* rules, and a
// missing or unknown actor, an unknown step or lane, a repeated step id.
bool about_flow(const model::Sop& sop, const diag::Diagnostic& d) {
  if (d.rule.starts_with("flow-")) return true;
  if (d.rule != "unknown-reference" && d.rule != "step-actor-missing" && d.rule != "duplicate-id")
    return false;
  for (const auto& item : sop.lanes.items) {
    if (item.loc == d.loc) return true;
  }
  for (const auto& step : sop.steps) {
    if (at_step_flow(step, d.loc)) return true;
  }
  return false;
}

void write_text_report(const GlobalOptions& global, const model::Repository& repo,
                       const diag::Diagnostics& shown, std::ostream& err) {
  report::ReportOptions options;
  options.color = sys::use_color(global.color, STDERR_FILENO);
  options.files_checked = 1;
  report::write_report(report::Format::Text, repo, shown, options, err);
}

// The SOP's flowchart in `format`, its way labels in `language`.
std::string chart(const model::Repository& repo, const model::Sop& sop, GraphFormat format,
                  model::Language language) {
  flow::FlowLabels labels;
  const auto& terms = glossary::terms_for(language);
  labels.yes = terms.yes;
  labels.no = terms.no;
  labels.end = terms.end;
  std::ostringstream text;
  if (format == GraphFormat::Dot) {
    flow::write_dot(repo, sop, labels, text);
  } else if (format == GraphFormat::Mermaid) {
    flow::write_mermaid(repo, sop, labels, text);
  } else {
    flow::LayoutOptions layout;
    layout.yes = labels.yes;
    layout.no = labels.no;
    layout.end_label = labels.end;
    const auto diagram = flow::layout(repo, sop, layout);
    flow::SvgOptions svg;
    svg.standalone = true;
    svg.id_prefix = "flow-";
    svg.title = sop.title.value;
    flow::write_svg(diagram, diagram.pages.front(), svg, text);
  }
  return text.str();
}

}  // namespace

int run_graph(const GlobalOptions& global, const GraphOptions& options, std::ostream& out,
              std::ostream& err) {
  const auto format = options.format;
  const auto lang = options.lang;
  const auto& checked =
      *open_repository(global, phases::kGraph, err, std::filesystem::current_path()).checked;
  const auto& repo = checked.repo;

  if (!checked.config_ok) {
    diag::Diagnostics shown;
    for (const auto& d : checked.diagnostics) {
      if (d.loc.file == 0 && d.severity != diag::Severity::Info) shown.push_back(d);
    }
    write_text_report(global, repo, shown, err);
    err << "tatakerja: " << report::summary_line(shown, 1)
        << ": tatakerja.yaml is invalid, so there is no flowchart\n";
    return 2;
  }
  const auto& sop = find_sop(repo, options.sop);
  diag::Diagnostics own;
  for (const auto& d : checked.diagnostics) {
    if (inside(sop.doc, d) && (d.severity != diag::Severity::Info || global.verbose)) {
      own.push_back(d);
    }
  }
  // Errors are shown whether or not they stop the chart; warnings alone are not.
  if (diag::fails(own)) write_text_report(global, repo, own, err);
  const bool broken = std::any_of(own.begin(), own.end(), [&](const diag::Diagnostic& d) {
    return d.severity == diag::Severity::Error && about_flow(sop, d);
  });
  if (broken && !options.force) {
    err << "tatakerja: " << report::summary_line(own, 1) << ": no flowchart of SOP `"
        << util::escape_control(options.sop)
        << "` while its flow has errors; fix them and run again, or draw it anyway with --force\n";
    return 1;
  }
  out << chart(repo, sop, format, lang.value_or(repo.config.language));
  out.flush();
  if (!out) throw util::Failure("cannot write the flowchart to standard output");
  if (broken) {
    err << "tatakerja: " << report::summary_line(own, 1)
        << ": drawn anyway (--force), though its flow has errors\n";
    return 1;
  }
  return 0;
}

}  // namespace tatakerja::app
