// The options every command takes (cli.md, "Global options"), as the
// command line gave them.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "tatakerja/sys/terminal.hpp"

namespace tatakerja::app {

struct GlobalOptions {
  std::optional<std::filesystem::path> root;
  sys::ColorMode color = sys::ColorMode::Auto;
  bool quiet = false;
  bool verbose = false;
  unsigned jobs = 0;
  std::optional<std::filesystem::path> cache_dir;  // --cache-dir
  bool no_cache = false;                           // --no-cache
  std::vector<std::string> rules;  // --rule ID=SEVERITY, for every command that checks
};

}  // namespace tatakerja::app
