#include "tatakerja/model/values.hpp"

#include <fmt/format.h>

namespace tatakerja::model {

std::string Date::str() const {
  if (month_only) return fmt::format("{:04}-{:02}", year, month);
  return fmt::format("{:04}-{:02}-{:02}", year, month, day);
}

std::string compact_nip(std::string_view nip) {
  std::string out;
  for (char c : nip) {
    if (c != ' ') out += c;
  }
  return out;
}

}  // namespace tatakerja::model
