// For the loader's unit tests: one line a diagnostic of a file read,
// "LINE:COLUMN RULE MESSAGE", to assert them all at once.
#pragma once

#include <string>

#include "load/read_file.hpp"

namespace test {

inline const tatakerja::model::Config kConfig{};

inline std::string messages(const tatakerja::load::FileResult& r) {
  std::string out;
  for (const auto& d : r.diagnostics) {
    out += std::to_string(d.loc.line) + ":" + std::to_string(d.loc.column) + " " + d.rule + " " +
           d.message + "\n";
  }
  return out;
}

}  // namespace test
