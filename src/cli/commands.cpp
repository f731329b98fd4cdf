#include "commands.hpp"

#include <fmt/format.h>

#include <CLI/CLI.hpp>
#include <array>
#include <iostream>
#include <string_view>

#include "completion.hpp"
#include "tatakerja/util/text.hpp"

namespace tatakerja::cli {

namespace {

sys::ColorMode color_mode(const std::string& word) {
  if (word == "always") return sys::ColorMode::Always;
  if (word == "never") return sys::ColorMode::Never;
  return sys::ColorMode::Auto;
}

void setup_validate(CLI::App& parent, State& state) {
  auto& o = state.validate;
  auto* cmd = parent.add_subcommand("validate", "Check the repository against every rule");
  cmd->add_option("PATH", o.paths,
                  "Report only on these files or folders (the whole repository is still loaded)");
  // Repeatable options take one value each time, so that a PATH after them
  // is not swallowed (`--format github sops/a.yaml`).
  cmd->add_option("--format", o.formats,
                  "Report format: text, json, sarif, github or junit (repeatable)")
      ->allow_extra_args(false)
      ->check(CLI::IsMember({"text", "json", "sarif", "github", "junit"}));
  cmd->add_option("--output", o.outputs,
                  "Write the report to FILE; pairs with --format in order (repeatable)")
      ->allow_extra_args(false);
  cmd->add_flag("--strict", o.strict, "Fail (exit 1) on warnings too");
  cmd->add_option("--rule", o.rules,
                  "Set a rule's severity: ID=error|warning|info|off (repeatable)")
      ->allow_extra_args(false);
  cmd->add_option("--changed-since", o.changed_since,
                  "Report only on files that git says changed since REV");
  cmd->add_option("--baseline", o.baseline,
                  "Report only findings not recorded in this baseline FILE");
  cmd->add_option("--write-baseline", o.write_baseline,
                  "Record today's findings in FILE and exit 0");
  cmd->add_option("--date", o.date, "Today's date for sop-review-due (YYYY-MM-DD)");
  cmd->callback([&state] {
    state.run = [&state] {
      state.global.color = color_mode(state.color);
      return app::run_validate(state.global, state.validate, std::cout, std::cerr);
    };
  });
}

void setup_workload(CLI::App& parent, State& state) {
  auto& o = state.workload;
  auto* cmd = parent.add_subcommand(
      "workload", "Workload analysis (Analisis Beban Kerja): hours, staff needed, EJ and PJ");
  cmd->add_option("--by", o.by, "One row a position (default), unit, employee or duty")
      ->check(CLI::IsMember({"position", "unit", "employee", "duty"}));
  cmd->add_option("--format", o.format,
                  "Output format: table (default), csv, json, markdown or xlsx (an Excel workbook "
                  "with live formulas; needs --output)")
      ->check(CLI::IsMember({"table", "csv", "json", "markdown", "xlsx"}));
  cmd->add_option("--output", o.output,
                  "Write to FILE (replaced whole or not at all) instead of standard output")
      ->type_name("FILE");
  cmd->add_option("--effective-hours", o.effective_hours,
                  "Effective working hours a year (Jam Kerja Efektif; default: tatakerja.yaml, "
                  "else 1250)")
      ->type_name("N");
  cmd->callback([&state] {
    state.run = [&state] {
      state.global.color = color_mode(state.color);
      return app::run_workload(state.global, state.workload, std::cout, std::cerr);
    };
  });
}

void setup_diff(CLI::App& parent, State& state) {
  auto& o = state.diff;
  auto* cmd = parent.add_subcommand(
      "diff",
      "What a change means: SOPs, steps, duties, ABK figures, employees and findings "
      "before -> after, between two git revisions");
  cmd->add_option("REV", o.revisions,
                  "REV_A [REV_B]: compare A with B (default: the merge base with the upstream "
                  "branch, else HEAD, with the working tree)");
  cmd->add_option("--format", o.format, "Output format: text (default), markdown or json")
      ->check(CLI::IsMember({"text", "markdown", "json"}));
  cmd->add_option("--output", o.output,
                  "Write to FILE (replaced whole or not at all) instead of standard output")
      ->type_name("FILE");
  cmd->add_option("--fail-on", o.fail_on, "Exit 1 when B has errors that A had not: new-errors")
      ->check(CLI::IsMember({"new-errors"}));
  cmd->add_option("--date", o.date, "Today's date for sop-review-due (YYYY-MM-DD)");
  cmd->callback([&state] {
    state.run = [&state] {
      state.global.color = color_mode(state.color);
      return app::run_diff(state.global, state.diff, std::cout, std::cerr);
    };
  });
}

void setup_render(CLI::App& parent, State& state) {
  auto& o = state.render;
  auto* cmd = parent.add_subcommand(
      "render",
      "Compile the handbook (SOPs, positions, Peta Jabatan, workload) as HTML, Markdown, JSON or "
      "PDF");
  cmd->add_option("--format", o.formats,
                  "Output format: html (default), markdown, json or pdf (repeatable)")
      ->allow_extra_args(false)
      ->check(CLI::IsMember({"html", "markdown", "json", "pdf"}));
  cmd->add_option("--out", o.out, "Write the files into DIR (default: out, created if missing)")
      ->type_name("DIR");
  cmd->add_option("--lang", o.lang, "Language of the book: id or en (default: tatakerja.yaml)")
      ->check(CLI::IsMember({"id", "en"}));
  cmd->add_flag("--split", o.split, "Also write one file a SOP and a position, and an index page");
  cmd->add_option("--sop", o.sop, "Render only the SOP with this ID")->type_name("ID");
  cmd->add_option("--unit", o.unit, "Render only this unit and its sub-units")->type_name("ID");
  cmd->add_option("--employee", o.employees,
                  "Render only this employee's Lembar Uraian Tugas (duty sheet) (repeatable)")
      ->type_name("ID")
      ->allow_extra_args(false);
  cmd->add_option("--date", o.date,
                  "The book's date (YYYY-MM-DD; default: SOURCE_DATE_EPOCH, else the newest "
                  "`effective` date)");
  cmd->add_flag("--force", o.force,
                "Render a repository with errors anyway, listing them in the book (exit 1)");
  cmd->add_flag("--include-drafts", o.include_drafts,
                "Include draft and review SOPs, marked DRAFT");
  cmd->add_option("--changes", o.changes,
                  "Add a \"Riwayat Perubahan\" page: what changed since the git revision REV")
      ->type_name("REV");
  cmd->callback([&state] {
    state.run = [&state] {
      state.global.color = color_mode(state.color);
      return app::run_render(state.global, state.render, std::cout, std::cerr);
    };
  });
}

void setup_graph(CLI::App& parent, State& state) {
  auto& o = state.graph;
  auto* cmd = parent.add_subcommand("graph", "Write one SOP's flowchart to stdout");
  cmd->add_option("SOP", o.sop, "The SOP's id")->required();
  cmd->add_option("--format", o.format, "Output format: svg (default), dot or mermaid")
      ->check(CLI::IsMember({"dot", "mermaid", "svg"}));
  cmd->add_flag("--force", o.force,
                "Draw the flowchart even when its flow has errors (still exit 1)");
  cmd->add_option("--lang", o.lang,
                  "Language of the default labels: id or en (default: tatakerja.yaml)")
      ->check(CLI::IsMember({"id", "en"}));
  cmd->callback([&state] {
    state.run = [&state] {
      state.global.color = color_mode(state.color);
      return app::run_graph(state.global, state.graph, std::cout, std::cerr);
    };
  });
}

void setup_init(CLI::App& parent, State& state) {
  auto* cmd = parent.add_subcommand(
      "init", "Start a new repository: tatakerja.yaml and a small working example");
  cmd->add_option("DIR", state.init.dir,
                  "The folder to write into: missing, empty or holding only .git (default: .)");
  cmd->callback([&state] {
    state.run = [&state] { return app::run_init(state.global, state.init, std::cerr); };
  });
}

void setup_list(CLI::App& parent, State& state) {
  auto& o = state.list;
  auto* cmd = parent.add_subcommand(
      "list", "List the units, positions, duties, SOPs, employees or roles, one row a document");
  cmd->add_option("KIND", o.kind, "units, positions, duties, sops, employees or roles")->required();
  cmd->add_option("--format", o.format, "Output format: table (default) or json")
      ->check(CLI::IsMember({"table", "json"}));
  cmd->callback([&state] {
    state.run = [&state] {
      state.global.color = color_mode(state.color);
      return app::run_list(state.global, state.list, std::cout, std::cerr);
    };
  });
}

void setup_explain(CLI::App& parent, State& state) {
  auto& o = state.explain;
  auto* cmd = parent.add_subcommand("explain",
                                    "The rule catalogue, or one rule's explanation with examples");
  cmd->add_option("RULE", o.rule, "The rule's id (default: list every rule)");
  cmd->add_option("--format", o.format, "Output format: text (default) or json")
      ->check(CLI::IsMember({"text", "json"}));
  cmd->callback(
      [&state] { state.run = [&state] { return app::run_explain(state.explain, std::cout); }; });
}

void setup_import(CLI::App& parent, State& state) {
  auto& o = state.import_;
  auto* cmd = parent.add_subcommand(
      "import",
      "Turn Anjab/ABK workbooks and SOP AP documents (.xlsx, .csv, .docx) into new YAML "
      "documents");
  cmd->add_option("FILE", o.files, "The files to read: .xlsx, .csv (; or , separated) or .docx")
      ->required()
      ->check(CLI::ExistingFile);
  cmd->add_option("--out", o.out,
                  "The folder to write the documents into (made when missing); a file that "
                  "exists is reported and left as it is")
      ->required()
      ->type_name("DIR");
  cmd->add_option("--kind", o.kind,
                  "What the files hold: auto (default: found from the labels), anjab, abk or sop")
      ->check(CLI::IsMember({"auto", "anjab", "abk", "sop"}));
  cmd->add_option("--format", o.format,
                  "Format of the report of what could not be placed: text (default) or json")
      ->check(CLI::IsMember({"text", "json"}));
  cmd->callback([&state] {
    state.run = [&state] {
      state.global.color = color_mode(state.color);
      return app::run_import(state.global, state.import_, std::cout, std::cerr);
    };
  });
}

void setup_schema(CLI::App& parent, State& state) {
  auto* cmd = parent.add_subcommand(
      "schema", "The JSON Schema of the YAML documents or of tatakerja.yaml, for editors");
  cmd->add_option("WHAT", state.schema.what, "documents (default) or config");
  cmd->callback(
      [&state] { state.run = [&state] { return app::run_schema(state.schema, std::cout); }; });
}

constexpr std::array<Command, 11> kCommands{{
    {"validate", "Check the repository against every rule", setup_validate},
    {"workload", "Workload analysis (ABK): staff needed per position", setup_workload},
    {"diff", "What a change means, between two git revisions", setup_diff},
    {"render", "Compile the handbook as HTML, Markdown, JSON or PDF", setup_render},
    {"graph", "One SOP's flowchart as SVG, DOT or Mermaid", setup_graph},
    {"init", "Start a new repository with a working example", setup_init},
    {"import", "Turn Excel and Word forms (Anjab, ABK, SOP AP) into YAML", setup_import},
    {"list", "List units, positions, duties, SOPs, employees or roles", setup_list},
    {"explain", "The rule catalogue, or one rule explained", setup_explain},
    {"schema", "JSON Schema of the YAML files, for editors", setup_schema},
    {"completion", "Shell completion script for bash, zsh or fish", setup_completion},
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

void add_global_options(CLI::App& app, State& state) {
  app.fallthrough();
  app.option_defaults()->always_capture_default(false);
  app.add_option("--root", state.global.root,
                 "The repository's folder (else found upwards from here)")
      ->type_name("DIR");
  app.add_option("--color", state.color, "Colour: auto, always or never (NO_COLOR is respected)")
      ->check(CLI::IsMember({"auto", "always", "never"}));
  app.add_flag("-q,--quiet", state.global.quiet, "Print no summary or progress");
  app.add_flag("-v,--verbose", state.global.verbose,
               "Show info diagnostics and what the cache reused");
  app.add_option("-j,--jobs", state.global.jobs,
                 "Threads for reading files and writing the handbook (default: all cores)")
      ->type_name("N");
  app.add_option("--cache-dir", state.global.cache_dir,
                 "Keep the cache of parsed files in DIR (default: $XDG_CACHE_HOME/tatakerja)")
      ->type_name("DIR");
  app.add_flag("--no-cache", state.global.no_cache, "Read every file afresh; use no cache");
  app.add_option("--rule", state.global.rules,
                 "Set a rule's severity for any command that checks: ID=error|warning|info|off "
                 "(repeatable)")
      ->allow_extra_args(false)
      ->type_name("ID=SEVERITY");
}

}  // namespace tatakerja::cli
