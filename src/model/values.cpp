#include "tatakerja/model/values.hpp"

#include <fmt/format.h>

namespace tatakerja::model {

std::string Date::str() const {
  return fmt::format("{:04}-{:02}-{:02}", year, month, day);
}

}  // namespace tatakerja::model
