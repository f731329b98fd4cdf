// `tatakerja diff [REV_A [REV_B]]`: what a change means (issue 17), as a
// function of its options (it does not see CLI11).
#pragma once

#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "tatakerja/app/pipeline.hpp"
#include "tatakerja/app/validate.hpp"
#include "tatakerja/diff/diff.hpp"
#include "tatakerja/diff/output.hpp"
#include "tatakerja/util/choice.hpp"
#include "tatakerja/workload/figures.hpp"

namespace tatakerja::app {

// When `diff` exits 1 (`--fail-on`).
enum class FailOn { NewErrors };
inline constexpr util::Spellings<FailOn, 1> kFailOn{{{FailOn::NewErrors, "new-errors"}}};

struct DiffOptions {
  std::vector<std::string> revisions;  // none: the upstream merge base (or HEAD) and the
                                       // working tree; one: it and the working tree; two
  diff::Format format = diff::Format::Text;
  std::optional<FailOn> fail_on;
  std::optional<std::string> output;  // a file instead of stdout
  std::optional<std::string> date;    // today, for sop-review-due (YYYY-MM-DD)
};

// Loads both sides (a revision from git's objects, never checked out; the
// working tree from disk; both through one content cache, so a file
// unchanged between them is parsed once), checks them, analyses their
// workload and writes what changed to `out` (or `output`). Returns 0, or 1
// with --fail-on new-errors when B has errors that A had not; a bad
// option, a revision git does not know, no root or an invalid
// tatakerja.yaml on either side throws util::Failure (exit 2).
int run_diff(const GlobalOptions& global, const DiffOptions& options, std::ostream& out,
             std::ostream& err);

// What changed from revision `rev` to `current` (the working tree, checked
// and analysed by the caller): for render --changes. The revision is read
// as diff reads it, through the cache (its session keeps the working
// tree's entries: cache::Session::keep_unused). Throws util::Failure as
// run_diff does, naming `option`.
diff::Changes changes_since(const PipelineOptions& pipeline, const std::string& rev,
                            const std::string& option, const Checked& current,
                            const workload::Analysis& analysis);

}  // namespace tatakerja::app
