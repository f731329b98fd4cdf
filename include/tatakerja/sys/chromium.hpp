// The `pdf` format (handbook.md): the HTML book printed by a headless
// Chromium. No other PDF engine is bundled.
#pragma once

#include <chrono>
#include <filesystem>
#include <string>

#include "tatakerja/util/error.hpp"

namespace tatakerja::sys {

// Chromium failed; `output` holds the end of what it printed, for the
// user to see before the error.
class ChromiumFailure : public util::Failure {
 public:
  ChromiumFailure(const std::string& message, std::string output)
      : util::Failure(message), output(std::move(output)) {}
  std::string output;
};

// TATAKERJA_CHROMIUM when set, else the first of chromium,
// chromium-browser, google-chrome and google-chrome-stable on PATH. Throws
// util::Failure, saying how to install one, when there is none.
std::string find_chromium();

// Prints the HTML file `html` (an absolute path) into `pdf` with
// `chromium`, in a fresh profile folder removed afterwards. Its output is
// captured; a Chromium that fails, writes nothing, or runs longer than
// `timeout` (then killed with its helpers) throws ChromiumFailure.
void print_to_pdf(const std::string& chromium, const std::filesystem::path& html,
                  const std::filesystem::path& pdf, std::chrono::seconds timeout);

// file:///... for an absolute path, each byte outside [A-Za-z0-9-._~/]
// percent-encoded.
std::string file_url(const std::filesystem::path& absolute);

}  // namespace tatakerja::sys
