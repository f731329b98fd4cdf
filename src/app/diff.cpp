#include "tatakerja/app/diff.hpp"

#include <fmt/format.h>
#include <unistd.h>

#include <fstream>
#include <future>
#include <sstream>

#include "revision.hpp"
#include "tatakerja/app/pipeline.hpp"
#include "tatakerja/diff/output.hpp"
#include "tatakerja/load/loader.hpp"
#include "tatakerja/sys/files.hpp"
#include "tatakerja/sys/terminal.hpp"
#include "tatakerja/util/error.hpp"
#include "tatakerja/util/keep.hpp"
#include "tatakerja/util/text.hpp"
#include "tatakerja/workload/figures.hpp"

namespace tatakerja::app {

namespace fs = std::filesystem;

namespace {

void check_options(const DiffOptions& options) {
  if (options.revisions.size() > 2) {
    throw util::Failure(fmt::format("diff takes at most two revisions (REV_A [REV_B]), not {}",
                                    options.revisions.size()));
  }
}

// One side: a revision (`commit` set) or the working tree.
struct Wanted {
  std::string label;
  std::optional<std::string> commit;
};

// A and B as the options name them (two revisions: looked up at once).
std::pair<Wanted, Wanted> sides(const fs::path& root, const DiffOptions& options) {
  const auto& revs = options.revisions;
  Wanted a, b{"working tree", std::nullopt};
  std::future<std::string> commit_b;
  if (revs.size() == 2) {
    commit_b =
        std::async(std::launch::async, [&] { return resolve_revision(root, revs[1], "diff"); });
  }
  if (revs.empty()) {
    const std::string base = default_base(root);
    a = {base == "HEAD" ? "HEAD" : "the merge base with upstream",
         resolve_revision(root, base, "diff")};
  } else {
    a = {revs[0], resolve_revision(root, revs[0], "diff")};
  }
  if (revs.size() == 2) b = {revs[1], commit_b.get()};
  return {a, b};
}

// The settings the cache is keyed by, from the text of B's tatakerja.yaml;
// an invalid one is reported when B is loaded.
model::Config config_for_cache(const fs::path& root, const Wanted& b) {
  std::string text;
  if (b.commit) {
    text = read_config_at(root, *b.commit).value_or("");
  } else {
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
  std::optional<cache::Hash128> tree_a, tree_b;  // a revision's identity, for its findings' memo
};

// Both sides through one cache session (none: no cache), so that a file in
// both is parsed once, and a blob the cache knows by its id is not even
// read from git. `tree_b`: none for the working tree.
Loaded2 load_both(const fs::path& root, load::Tree tree_a, std::optional<load::Tree> tree_b,
                  const PipelineOptions& pipeline, cache::Session* session) {
  load::LoadOptions options{pipeline.jobs, std::nullopt, session};
  Loaded2 out;
  out.tree_a = tree_identity(tree_a);
  if (tree_b) out.tree_b = tree_identity(*tree_b);
  out.b = tree_b ? load::load_tree(root, std::move(*tree_b), options)
                 : load::load_repository(root, options);
  out.a = load::load_tree(root, std::move(tree_a), options);
  return out;
}

struct Analysed {
  Checked checked;
  workload::Analysis analysis;  // empty when tatakerja.yaml is invalid
};

Analysed check_and_analyse(load::Loaded loaded, const PipelineOptions& pipeline,
                           const FindingsMemo* memo) {
  Analysed out{check_loaded(std::move(loaded), pipeline, memo), {}};
  if (out.checked.config_ok) {
    out.analysis =
        workload::analyse(out.checked.repo, workload::settings_of(out.checked.repo.config));
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
  const auto format = options.format;
  PipelineOptions pipeline;
  pipeline.root = load::find_root(global.root, fs::current_path());
  use_global_options(pipeline, global, err);
  parse_rule_overrides(pipeline.rule_overrides);
  pipeline.date = parse_date_option(options.date);
  // Named, not bound: a lambda below captures them (clang 14 cannot capture
  // a structured binding).
  const auto both = sides(pipeline.root, options);
  const Wanted& wa = both.first;
  const Wanted& wb = both.second;
  // The two listings from git at once, while the cache is opened (with B's
  // settings). Like the repositories, the cache is left for the system to
  // reclaim at exit.
  const auto listing = [&](const Wanted& side) {
    return read_revision(pipeline.root, *side.commit, fmt::format("revision `{}`", side.label));
  };
  auto listing_a = std::async(std::launch::async, [&] { return listing(wa); });
  std::future<load::Tree> listing_b;
  if (wb.commit) listing_b = std::async(std::launch::async, [&] { return listing(wb); });
  cache::Session* session = nullptr;
  if (pipeline.cache_dir) {
    session = &util::kept_until_exit<cache::Session>(*pipeline.cache_dir, pipeline.root,
                                                     config_for_cache(pipeline.root, wb), 0);
  }
  std::optional<load::Tree> tree_b;
  if (wb.commit) tree_b = listing_b.get();
  auto tree_a = listing_a.get();
  auto loaded = load_both(pipeline.root, std::move(tree_a), std::move(tree_b), pipeline, session);
  // A revision's findings come from the cache when it checked the same
  // tree before (a pull request's base, on every push).
  const auto memo = [&](const std::optional<cache::Hash128>& tree) {
    return tree && session ? std::optional<FindingsMemo>(FindingsMemo{session, *tree})
                           : std::nullopt;
  };
  const auto memo_a = memo(loaded.tree_a), memo_b = memo(loaded.tree_b);
  // The two sides are checked and analysed at the same time: what is left
  // of each once the cache gave its findings (resolving, the workload
  // analysis) runs on one thread.
  auto check_a = std::async(std::launch::async, [&] {
    return check_and_analyse(std::move(loaded.a), pipeline, memo_a ? &*memo_a : nullptr);
  });
  auto b_side = check_and_analyse(std::move(loaded.b), pipeline, memo_b ? &*memo_b : nullptr);
  const auto& checked_a = util::kept_until_exit<Analysed>(check_a.get());
  const auto& checked_b = util::kept_until_exit<Analysed>(std::move(b_side));
  const auto& a = checked_a.checked;
  const auto& b = checked_b.checked;
  // The pack is written (when anything changed) while the sides are compared.
  auto finished = std::async(std::launch::async, [&] {
    return session ? std::optional(session->finish()) : std::nullopt;
  });
  require_config(a, wa);
  require_config(b, wb);
  const auto& analysis_a = checked_a.analysis;
  const auto& analysis_b = checked_b.analysis;
  const auto changes =
      diff::compare({a.repo, analysis_a, a.diagnostics}, {b.repo, analysis_b, b.diagnostics});
  if (const auto report = finished.get(); report && pipeline.note) {
    note_cache(*report, *pipeline.note);
  }
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
  // The working tree's load wrote its pack already: this session adds the
  // revision's entries to it and keeps the working tree's.
  cache::Session* session = nullptr;
  if (pipeline.cache_dir) {
    session = &util::kept_until_exit<cache::Session>(*pipeline.cache_dir, pipeline.root,
                                                     current.repo.config, 0);
    session->keep_unused();
  }
  const FindingsMemo memo{session, tree_identity(tree)};
  auto loaded =
      load::load_tree(pipeline.root, std::move(tree), {pipeline.jobs, std::nullopt, session});
  auto& before =
      keep_until_exit(check_loaded(std::move(loaded), pipeline, session ? &memo : nullptr));
  if (session) session->finish();
  require_config(before, side);
  const auto analysis_before =
      workload::analyse(before.repo, workload::settings_of(before.repo.config));
  return diff::compare({before.repo, analysis_before, before.diagnostics},
                       {current.repo, analysis, current.diagnostics});
}

}  // namespace tatakerja::app
