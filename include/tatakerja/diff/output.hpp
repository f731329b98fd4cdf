// The change model (diff.hpp) written out: `text` for a terminal, colour
// marking additions and removals as `git diff --stat` does; `markdown` for
// a pull-request comment (a summary table first, then one collapsible
// section a document; a marker comment on its first line, so that a bot can
// find and update its own comment); `json`, versioned, every change and
// figure under its id. The same changes always give the same bytes.
#pragma once

#include <ostream>
#include <string>

#include "tatakerja/diff/diff.hpp"
#include "tatakerja/util/choice.hpp"

namespace tatakerja::diff {

enum class Format { Text, Markdown, Json };
inline constexpr util::Spellings<Format, 3> kFormats{{
    {Format::Text, "text"},
    {Format::Markdown, "markdown"},
    {Format::Json, "json"},
}};

// The version of the JSON output (its "version" key); a key added keeps
// it, a key removed or changed in meaning raises it.
inline constexpr int kJsonVersion = 1;

// The first line of the Markdown: what a CI recipe looks for in a pull
// request's comments to update, not add, its comment.
inline constexpr std::string_view kMarker = "<!-- tatakerja-diff -->";

struct OutputOptions {
  std::string before;  // what A is ("main", "a1b2c3d")
  std::string after;   // what B is ("working tree", "HEAD")
  bool color = false;  // text only
};

void write_changes(Format format, const Changes& changes, const OutputOptions& options,
                   std::ostream& out);

// The counts of the summary, shared by the formats.
struct Count {
  std::size_t added = 0, removed = 0, changed = 0;
  std::size_t total() const { return added + removed + changed; }
};
struct Summary {
  Count sops, units, positions, duties, employees;
  std::size_t workload_rows = 0, new_findings = 0, gone_findings = 0, new_errors = 0;
};
Summary summarise(const Changes& changes);

}  // namespace tatakerja::diff
