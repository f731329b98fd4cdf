#include "commands.hpp"

#include <fmt/format.h>

#include <array>
#include <iostream>
#include <string_view>

#include "completion.hpp"
#include "state.hpp"
#include "tatakerja/diff/output.hpp"
#include "tatakerja/importer/result.hpp"
#include "tatakerja/report/report.hpp"
#include "tatakerja/util/text.hpp"
#include "tatakerja/workload/output.hpp"

namespace tatakerja::cli {

namespace {

constexpr const char* kOutputFile =
    "Write to FILE (replaced whole or not at all) instead of standard output";

std::vector<Option> validate_options(State& s) {
  auto& o = s.validate;
  return {
      {"PATH", "Report only on these files or folders (the whole repository is still loaded)",
       &o.paths},
      {"--format", "Report format: " + util::listed_words(report::kFormats) + " (repeatable)",
       choice(report::kFormats, o.formats)},
      {"--output", "Write the report to FILE; pairs with --format in order (repeatable)",
       &o.outputs},
      {"--strict", "Fail (exit 1) on warnings too", &o.strict},
      {"--rule", "Set a rule's severity: ID=error|warning|info|off (repeatable)", &o.rules},
      {"--changed-since", "Report only on files that git says changed since REV", &o.changed_since},
      {"--baseline", "Report only findings not recorded in this baseline FILE", &o.baseline},
      {"--write-baseline", "Record today's findings in FILE and exit 0", &o.write_baseline},
      {"--date", "Today's date for sop-review-due (YYYY-MM-DD)", &o.date},
  };
}

std::vector<Option> workload_options(State& s) {
  auto& o = s.workload;
  return {
      {"--by", "One row a " + util::listed_words(workload::kViews, workload::View::Position),
       choice(workload::kViews, o.by)},
      {"--format",
       "Output format: " + util::listed_words(workload::kFormats, workload::Format::Table) +
           " (an Excel workbook with live formulas; needs --output)",
       choice(workload::kFormats, o.format)},
      {"--output", kOutputFile, &o.output, "FILE"},
      {"--effective-hours",
       "Effective working hours a year (Jam Kerja Efektif; default: tatakerja.yaml, else 1250)",
       &o.effective_hours, "N"},
  };
}

std::vector<Option> diff_options(State& s) {
  auto& o = s.diff;
  return {
      {"REV",
       "REV_A [REV_B]: compare A with B (default: the merge base with the upstream branch, else "
       "HEAD, with the working tree)",
       &o.revisions},
      {"--format", "Output format: " + util::listed_words(diff::kFormats, diff::Format::Text),
       choice(diff::kFormats, o.format)},
      {"--output", kOutputFile, &o.output, "FILE"},
      {"--fail-on", "Exit 1 when B has errors that A had not: " + util::listed_words(app::kFailOn),
       choice(app::kFailOn, o.fail_on)},
      {"--date", "Today's date for sop-review-due (YYYY-MM-DD)", &o.date},
  };
}

std::vector<Option> render_options(State& s) {
  auto& o = s.render;
  return {
      {"--format",
       "Output format: " + util::listed_words(app::kBookFormats, app::BookFormat::Html) +
           " (repeatable)",
       choice(app::kBookFormats, o.formats)},
      {"--out", "Write the files into DIR (default: out, created if missing)", &o.out, "DIR"},
      {"--lang",
       "Language of the book: " + util::listed_words(model::kLanguages) +
           " (default: tatakerja.yaml)",
       choice(model::kLanguages, o.lang)},
      {"--split", "Also write one file a SOP and a position, and an index page", &o.split},
      {"--sop", "Render only the SOP with this ID", &o.sop, "ID"},
      {"--unit", "Render only this unit and its sub-units", &o.unit, "ID"},
      {"--employee", "Render only this employee's Lembar Uraian Tugas (duty sheet) (repeatable)",
       &o.employees, "ID"},
      {"--date",
       "The book's date (YYYY-MM-DD; default: SOURCE_DATE_EPOCH, else the newest `effective` "
       "date)",
       &o.date},
      {"--force", "Render a repository with errors anyway, listing them in the book (exit 1)",
       &o.force},
      {"--include-drafts", "Include draft and review SOPs, marked DRAFT", &o.include_drafts},
      {"--changes", "Add a \"Riwayat Perubahan\" page: what changed since the git revision REV",
       &o.changes, "REV"},
  };
}

std::vector<Option> graph_options(State& s) {
  auto& o = s.graph;
  return {
      {"SOP", "The SOP's id", &o.sop, {}, true},
      // The default first here; the table keeps the order --help's choices
      // and the usage errors have always shown.
      {"--format", "Output format: svg (default), dot or mermaid",
       choice(app::kGraphFormats, o.format)},
      {"--force", "Draw the flowchart even when its flow has errors (still exit 1)", &o.force},
      {"--lang",
       "Language of the default labels: " + util::listed_words(model::kLanguages) +
           " (default: tatakerja.yaml)",
       choice(model::kLanguages, o.lang)},
  };
}

std::vector<Option> init_options(State& s) {
  return {{"DIR", "The folder to write into: missing, empty or holding only .git (default: .)",
           &s.init.dir}};
}

std::vector<Option> import_options(State& s) {
  auto& o = s.import_;
  return {
      {"FILE",
       "The files to read: .xlsx, .csv (; or , separated) or .docx",
       &o.files,
       {},
       true,
       true},
      {"--out",
       "The folder to write the documents into (made when missing); a file that exists is "
       "reported and left as it is",
       &o.out, "DIR", true},
      // `auto` says how it decides, so this one is written out.
      {"--kind", "What the files hold: auto (default: found from the labels), anjab, abk or sop",
       choice(importer::kKinds, o.kind)},
      {"--format",
       "Format of the report of what could not be placed: " +
           util::listed_words(app::kImportFormats, report::Format::Text),
       choice(app::kImportFormats, o.format)},
  };
}

std::vector<Option> list_options(State& s) {
  auto& o = s.list;
  return {
      {"KIND", "units, positions, duties, sops, employees or roles", &o.kind, {}, true},
      {"--format",
       "Output format: " + util::listed_words(app::kListFormats, app::ListFormat::Table),
       choice(app::kListFormats, o.format)},
  };
}

std::vector<Option> explain_options(State& s) {
  auto& o = s.explain;
  return {
      {"RULE", "The rule's id (default: list every rule)", &o.rule},
      {"--format",
       "Output format: " + util::listed_words(app::kExplainFormats, app::ExplainFormat::Text),
       choice(app::kExplainFormats, o.format)},
  };
}

std::vector<Option> schema_options(State& s) {
  return {{"WHAT", "documents (default) or config", &s.schema.what}};
}

std::vector<Option> completion_options(State& s) {
  return {
      {"SHELL", "The shell: " + util::listed_words(kShells), choice(kShells, s.shell), {}, true}};
}

int run_validate(State& s) {
  return app::run_validate(s.global, s.validate, std::cout, std::cerr);
}
int run_workload(State& s) {
  return app::run_workload(s.global, s.workload, std::cout, std::cerr);
}
int run_diff(State& s) {
  return app::run_diff(s.global, s.diff, std::cout, std::cerr);
}
int run_render(State& s) {
  return app::run_render(s.global, s.render, std::cout, std::cerr);
}
int run_graph(State& s) {
  return app::run_graph(s.global, s.graph, std::cout, std::cerr);
}
int run_init(State& s) {
  return app::run_init(s.global, s.init, std::cerr);
}
int run_import(State& s) {
  return app::run_import(s.global, s.import_, std::cout, std::cerr);
}
int run_list(State& s) {
  return app::run_list(s.global, s.list, std::cout, std::cerr);
}
int run_explain(State& s) {
  return app::run_explain(s.explain, std::cout);
}
int run_schema(State& s) {
  return app::run_schema(s.schema, std::cout);
}
int run_completion(State& s) {
  write_completion(s.completion_model(), s.shell, std::cout);
  return 0;
}

const std::array<Command, 11> kCommands{{
    {"validate", "Check the repository against every rule", validate_options, run_validate},
    {"workload", "Workload analysis (Analisis Beban Kerja): hours, staff needed, EJ and PJ",
     workload_options, run_workload},
    {"diff",
     "What a change means: SOPs, steps, duties, ABK figures, employees and findings before -> "
     "after, between two git revisions",
     diff_options, run_diff},
    {"render",
     "Compile the handbook (SOPs, positions, Peta Jabatan, workload) as HTML, Markdown, JSON or "
     "PDF",
     render_options, run_render},
    {"graph", "Write one SOP's flowchart to stdout", graph_options, run_graph},
    {"init", "Start a new repository: tatakerja.yaml and a small working example", init_options,
     run_init},
    {"import",
     "Turn Anjab/ABK workbooks and SOP AP documents (.xlsx, .csv, .docx) into new YAML documents",
     import_options, run_import},
    {"list", "List the units, positions, duties, SOPs, employees or roles, one row a document",
     list_options, run_list},
    {"explain", "The rule catalogue, or one rule's explanation with examples", explain_options,
     run_explain},
    {"schema", "The JSON Schema of the YAML documents or of tatakerja.yaml, for editors",
     schema_options, run_schema},
    {"completion", "Print the shell completion script for bash, zsh or fish", completion_options,
     run_completion},
}};

}  // namespace

std::span<const Command> commands() {
  return kCommands;
}

bool is_command(const std::string& word) {
  for (const auto& c : kCommands) {
    if (word == c.name) return true;
  }
  return false;
}

std::string unknown_command_message(const std::string& word) {
  std::vector<std::string_view> names;
  for (const auto& c : kCommands) names.push_back(c.name);
  std::string message = fmt::format("`{}` is not a tatakerja command", util::escape_control(word));
  message += util::did_you_mean(util::suggest(word, names));
  return message;
}

std::vector<Option> global_options(State& s) {
  auto& g = s.global;
  return {
      {"--root", "The repository's folder (else found upwards from here)", &g.root, "DIR"},
      {"--color", "Colour: " + util::listed_words(sys::kColorModes) + " (NO_COLOR is respected)",
       choice(sys::kColorModes, g.color)},
      {"-q,--quiet", "Print no summary or progress", &g.quiet},
      {"-v,--verbose", "Show info diagnostics and what the cache reused", &g.verbose},
      {"-j,--jobs", "Threads for reading files and writing the handbook (default: all cores)",
       &g.jobs, "N"},
      {"--cache-dir", "Keep the cache of parsed files in DIR (default: $XDG_CACHE_HOME/tatakerja)",
       &g.cache_dir, "DIR"},
      {"--no-cache", "Read every file afresh; use no cache", &g.no_cache},
      {"--rule",
       "Set a rule's severity for any command that checks: ID=error|warning|info|off "
       "(repeatable)",
       &g.rules, "ID=SEVERITY"},
  };
}

}  // namespace tatakerja::cli
