// `tatakerja init [DIR]`: a new repository — tatakerja.yaml, a .gitignore for
// out/ and a small working example (one unit, two positions, two employees,
// an SOP for every duty) that validate passes without a finding.
#pragma once

#include <filesystem>
#include <ostream>
#include <span>
#include <string_view>

#include "tatakerja/app/options.hpp"
#include "tatakerja/util/embedded.hpp"

namespace tatakerja::app {

struct InitOptions {
  std::filesystem::path dir = ".";  // created when missing
};

// One file of the example: its path relative to DIR and its whole text.
using TemplateFile = util::EmbeddedFile;

// The files `init` writes, in the order it writes them (init_template.cpp).
std::span<const TemplateFile> init_template();

// Writes the template into `options.dir`, each file whole, and tells `err`
// what it wrote and what to run next (unless global.quiet). DIR may be
// missing, empty, or hold only `.git`; any other content (or a DIR that is
// not a folder, or cannot be written) throws util::Failure (exit 2) before
// anything is written. Returns 0.
int run_init(const GlobalOptions& global, const InitOptions& options, std::ostream& err);

}  // namespace tatakerja::app
