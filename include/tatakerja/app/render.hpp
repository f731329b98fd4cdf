// `tatakerja render` and `tatakerja graph` as functions of their options
// (they do not see CLI11).
#pragma once

#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "tatakerja/app/options.hpp"
#include "tatakerja/model/config.hpp"
#include "tatakerja/util/choice.hpp"

namespace tatakerja::app {

// The handbook's formats (`render --format`).
enum class BookFormat { Html, Markdown, Json, Pdf };
inline constexpr util::Spellings<BookFormat, 4> kBookFormats{{
    {BookFormat::Html, "html"},
    {BookFormat::Markdown, "markdown"},
    {BookFormat::Json, "json"},
    {BookFormat::Pdf, "pdf"},
}};

// A flowchart's formats (`graph --format`).
enum class GraphFormat { Dot, Mermaid, Svg };
inline constexpr util::Spellings<GraphFormat, 3> kGraphFormats{{
    {GraphFormat::Dot, "dot"},
    {GraphFormat::Mermaid, "mermaid"},
    {GraphFormat::Svg, "svg"},
}};

struct RenderOptions {
  std::vector<BookFormat> formats;      // empty: html
  std::string out = "out";              // relative to the current folder
  std::optional<model::Language> lang;  // default: tatakerja.yaml `language`
  bool split = false;
  std::optional<std::string> sop;
  std::optional<std::string> unit;
  std::vector<std::string> employees;  // --employee, repeatable: those duty sheets only
  std::optional<std::string> date;     // YYYY-MM-DD
  bool force = false;
  bool include_drafts = false;
  std::optional<std::string> changes;  // --changes REV: a "Riwayat Perubahan" page since REV
};

// Returns 0 done, 1 the repository has errors (refused, or rendered with
// --force), 2 tatakerja.yaml is invalid; bad options, no root, an output
// folder that cannot be written, or `pdf` without Chromium throw
// util::Failure (exit 2 at the caller).
int run_render(const GlobalOptions& global, const RenderOptions& options, std::ostream& out,
               std::ostream& err);

struct GraphOptions {
  std::string sop;  // the SOP's id
  GraphFormat format = GraphFormat::Svg;
  std::optional<model::Language> lang;  // the way labels' default
  bool force = false;                   // draw despite errors in the flow (still exit 1)
};

// Writes one SOP's flowchart to `out`. Only errors in the SOP's flow stop
// it (flow-* rules, a missing or unknown actor, an unknown step or lane, a
// repeated step id): its other errors are shown on `err` and do not.
// Returns 0 done, 1 the flow has errors (they go to `err`; nothing to `out`
// unless `force`), 2 tatakerja.yaml is invalid; an unknown SOP (with a
// suggestion) or a bad option throws util::Failure.
int run_graph(const GlobalOptions& global, const GraphOptions& options, std::ostream& out,
              std::ostream& err);

}  // namespace tatakerja::app
