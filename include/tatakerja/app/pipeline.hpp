// The stages wired together: load -> resolve -> checks -> finalise. Every
// command that reads a repository (validate, and later workload and render)
// goes through here, so they all see the same diagnostics.
#pragma once

#include <filesystem>
#include <map>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "tatakerja/app/options.hpp"
#include "tatakerja/check/rule.hpp"
#include "tatakerja/diag/diagnostic.hpp"
#include "tatakerja/load/loader.hpp"
#include "tatakerja/model/repository.hpp"

namespace tatakerja::app {

struct PipelineOptions {
  std::filesystem::path root;
  unsigned jobs = 0;
  std::vector<std::string> rule_overrides;         // "ID=SEVERITY", from --rule
  std::optional<model::Date> date;                 // --date, for sop-review-due
  std::optional<std::filesystem::path> cache_dir;  // the content cache; none: off
  std::ostream* note = nullptr;                    // -v: where the cache's one line goes
};

// The content cache's folder: --cache-dir, else $XDG_CACHE_HOME/tatakerja
// (when absolute), else $HOME/.cache/tatakerja; none with --no-cache or
// when there is no home. Throws util::Failure for an empty --cache-dir.
std::optional<std::filesystem::path> cache_folder(const GlobalOptions& global);

// Sets what every command that reads a repository shares: threads, the
// cache, and with -v the cache's note on `err`.
void use_global_options(PipelineOptions& pipeline, const GlobalOptions& global, std::ostream& err);

struct Checked {
  model::Repository repo;
  diag::Diagnostics diagnostics;  // final: severities set, sorted, off dropped
  diag::Diagnostics suppressed;   // silenced by `suppress:`, with their reasons
  bool config_ok = true;          // false: tatakerja.yaml is invalid (exit 2)
};

// Throws util::Failure for a bad --rule (the command cannot run).
Checked check_repository(const PipelineOptions& options);

// A revision's checked findings, kept in the content cache (diff): `tree`
// is a hash of all the revision holds (every file's path and blob id, and
// tatakerja.yaml). With the effective severities and the date, it is the
// memo's key; the build and the settings are the pack's own (pack.hpp).
struct FindingsMemo {
  cache::Session* session = nullptr;
  cache::Hash128 tree;
};

// The identity of a revision's tree, for FindingsMemo::tree.
cache::Hash128 tree_identity(const load::Tree& tree);

// The same over a repository already loaded (a git revision's, for diff):
// resolve, checks, finalise. `options.root` and the cache are not used.
// With `memo`, findings stored under its key are taken instead of running
// the checks (the repository is still resolved), and new ones are stored.
Checked check_loaded(load::Loaded loaded, const PipelineOptions& options,
                     const FindingsMemo* memo = nullptr);

// The cache's one line for -v ("tatakerja: cache: 9 of 10 files reused ...").
void note_cache(const cache::Report& report, std::ostream& out);

// `shown` as validate's text report on `err` (nothing when empty): how every
// command that refuses a repository with errors shows them. `color`: whether
// to colour it (app::use_color decides).
void print_diagnostics(const Checked& checked, const diag::Diagnostics& shown, bool color,
                       std::ostream& err);

// A command's repository lives until the process ends (util/keep.hpp): it
// is left for the system to reclaim at exit rather than freed object by
// object (a tenth of a second on 10,000 SOPs).
Checked& keep_until_exit(Checked checked);

// Parses "ID=SEVERITY" overrides; throws util::Failure on an unknown rule or
// severity, with a suggestion.
std::map<std::string, diag::Severity> parse_rule_overrides(const std::vector<std::string>& specs);

// The kind of the document whose lines hold the diagnostic; nullopt for
// tatakerja.yaml, a finding about a file as a whole, or a place outside
// every document read (a document too broken to read).
std::optional<model::Kind> document_kind(const model::Repository& repo, const diag::Diagnostic& d);

// Today's date (UTC), for the one rule that reads the clock.
model::Date today();

// validate's and diff's --date YYYY-MM-DD (none when not given); throws
// util::Failure naming the option when it is not a date.
std::optional<model::Date> parse_date_option(const std::optional<std::string>& text);

}  // namespace tatakerja::app
