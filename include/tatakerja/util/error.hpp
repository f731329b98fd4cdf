// The one exception type that crosses layers: the tool could not do its job
// (no root, unreadable folder, bad option value). The CLI's single top-level
// catch prints it as "tatakerja: error: ..." and exits 2.
#pragma once

#include <stdexcept>
#include <string>

namespace tatakerja::util {

class Failure : public std::runtime_error {
 public:
  explicit Failure(const std::string& message) : std::runtime_error(message) {}
};

}  // namespace tatakerja::util
