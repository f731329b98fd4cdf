#include "tatakerja/app/diff.hpp"

#include <fmt/format.h>
#include <unistd.h>

#include <fstream>
#include <sstream>

#include "tatakerja/app/pipeline.hpp"
#include "revision.hpp"
#include "tatakerja/diff/output.hpp"
#include "tatakerja/load/loader.hpp"
#include "tatakerja/sys/files.hpp"
#include "tatakerja/sys/terminal.hpp"
#include "tatakerja/util/error.hpp"
#include "tatakerja/util/text.hpp"
#include "tatakerja/workload/figures.hpp"

namespace tatakerja::app {

namespace fs = std::filesystem;

namespace {

diff::Format parse_format(const std::string& name) {
  if (name == "text") return diff::Format::Text;
  if (name == "markdown") return diff::Format::Markdown;
  if (name == "json") return diff::Format::Json;
  throw util::Failure(
      fmt::format("--format {}: expected text, markdown or json", util::escape_control(name)));
}

void check_options(const DiffOptions& options) {
  if (options.revisions.size() > 2) {
    throw util::Failure(fmt::format("diff takes at most two revisions (REV_A [REV_B]), not {}",
                                    options.revisions.size()));
  }
  if (options.fail_on && *options.fail_on != "new-errors") {
    throw util::Failure(
        fmt::format("--fail-on {}: expected new-errors", util::escape_control(*options.fail_on)));
  }
}

// One side: a revision (`commit` set) or the working tree.
struct Wanted {
  std::string label;
  std::optional<std::string> commit;
};

// A and B as the options name them.
std::pair<Wanted, Wanted> sides(const fs::path& root, const DiffOptions& options) {
  const auto& revs = options.revisions;
  Wanted a, b{"working tree", std::nullopt};
  if (revs.empty()) {
    const std::string base = default_base(root);
    a = {base == "HEAD" ? "HEAD" : "the merge base with upstream",
         resolve_revision(root, base, "diff")};
  } else {
    a = {revs[0], resolve_revision(root, revs[0], "diff")};
  }
  if (revs.size() == 2) b = {revs[1], resolve_revision(root, revs[1], "diff")};
  return {a, b};
}

// The settings the cache is keyed by, from the text of B's tatakerja.yaml;
// an invalid one is reported when B is loaded.
model::Config config_for_cache(const fs::path& root, const Wanted& b, const load::Tree* tree) {
  std::string text;
  if (tree && tree->config) {
    text = *tree->config;
  } else if (!b.commit) {
    std::ifstream in(root / load::kConfigName, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    text = bytes.str();
  }
  diag::Diagnostics ignored;
  return load::read_config(text, 0, ignored);
}

struct Loaded2 {
  load::Loaded a, b;
};

Loaded2 load_both(const fs::path& root, const Wanted& wa, const Wanted& wb,
                  const PipelineOptions& pipeline) {
  auto tree_a = read_revision(root, *wa.commit, fmt::format("revision `{}`", wa.label));
  std::optional<load::Tree> tree_b;
  if (wb.commit) tree_b = read_revision(root, *wb.commit, fmt::format("revision `{}`", wb.label));
  std::optional<cache::Session> session;
  if (pipeline.cache_dir) {
    session.emplace(*pipeline.cache_dir, root,
                    config_for_cache(root, wb, tree_b ? &*tree_b : nullptr), 0);
  }
  load::LoadOptions options{pipeline.jobs, std::nullopt, session ? &*session : nullptr};
  Loaded2 out;
  out.b = tree_b ? load::load_tree(root, std::move(*tree_b), options)
                 : load::load_repository(root, options);
  out.a = load::load_tree(root, std::move(tree_a), options);
  if (session) {
    const auto report = session->finish();
    if (pipeline.note) note_cache(report, *pipeline.note);
  }
  return out;
}

void require_config(const Checked& checked, const Wanted& side) {
  if (checked.config_ok) return;
  const auto& d = checked.diagnostics.front();
  throw util::Failure(fmt::format("tatakerja.yaml of {} is invalid (line {}: {})",
                                  side.commit ? "revision `" + side.label + "`" : side.label,
                                  d.loc.line, d.message));
}

}  // namespace

int run_diff(const GlobalOptions& global, const DiffOptions& options, std::ostream& out,
             std::ostream& err) {
  check_options(options);
  const auto format = parse_format(options.format);
  PipelineOptions pipeline;
  pipeline.root = load::find_root(global.root, fs::current_path());
  use_global_options(pipeline, global, err);
  parse_rule_overrides(pipeline.rule_overrides);
  const auto [wa, wb] = sides(pipeline.root, options);
  auto loaded = load_both(pipeline.root, wa, wb, pipeline);
  auto& a = keep_until_exit(check_loaded(std::move(loaded.a), pipeline));
  auto& b = keep_until_exit(check_loaded(std::move(loaded.b), pipeline));
  require_config(a, wa);
  require_config(b, wb);
  const auto analysis_a = workload::analyse(a.repo, workload::settings_of(a.repo.config));
  const auto analysis_b = workload::analyse(b.repo, workload::settings_of(b.repo.config));
  const auto changes =
      diff::compare({a.repo, analysis_a, a.diagnostics}, {b.repo, analysis_b, b.diagnostics});
  diff::OutputOptions shown{wa.label, wb.label,
                            !options.output && format == diff::Format::Text &&
                                sys::use_color(global.color, STDOUT_FILENO)};
  std::ostringstream text;
  diff::write_changes(format, changes, shown, text);
  if (options.output) {
    sys::write_file_atomically(*options.output, text.str());
  } else {
    out << text.str();
    out.flush();
  }
  if (options.fail_on && changes.new_errors() > 0) {
    if (!global.quiet) {
      err << fmt::format("tatakerja: {} new error{} in {}\n", changes.new_errors(),
                         changes.new_errors() == 1 ? "" : "s", wb.label);
    }
    return 1;
  }
  return 0;
}

diff::Changes changes_since(const PipelineOptions& pipeline, const std::string& rev,
                            const std::string& option, const Checked& current,
                            const workload::Analysis& analysis) {
  const Wanted side{rev, resolve_revision(pipeline.root, rev, option)};
  auto tree = read_revision(pipeline.root, *side.commit, fmt::format("revision `{}`", rev));
  auto loaded = load::load_tree(pipeline.root, std::move(tree), {.jobs = pipeline.jobs});
  auto& before = keep_until_exit(check_loaded(std::move(loaded), pipeline));
  require_config(before, side);
  const auto analysis_before =
      workload::analyse(before.repo, workload::settings_of(before.repo.config));
  return diff::compare({before.repo, analysis_before, before.diagnostics},
                       {current.repo, analysis, current.diagnostics});
}

}  // namespace tatakerja::app
