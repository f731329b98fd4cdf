// `tatakerja validate`: the command as a function of its options (it does
// not see CLI11).
#pragma once

#include <filesystem>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "tatakerja/app/options.hpp"
#include "tatakerja/report/report.hpp"

namespace tatakerja::app {

struct ValidateOptions {
  std::vector<std::string> paths;       // report only on these files or folders
  std::vector<report::Format> formats;  // paired with outputs
  std::vector<std::string> outputs;     // files to write, paired with formats in order
  bool strict = false;
  std::vector<std::string> rules;  // ID=SEVERITY
  std::optional<std::string> changed_since;
  std::optional<std::string> baseline;
  std::optional<std::string> write_baseline;
  std::optional<std::string> date;  // YYYY-MM-DD
};

// Returns the exit status: 0 no error, 1 errors (or warnings with --strict),
// 2 could not run (thrown as util::Failure and mapped by the caller).
int run_validate(const GlobalOptions& global, const ValidateOptions& options, std::ostream& out,
                 std::ostream& err);

}  // namespace tatakerja::app
