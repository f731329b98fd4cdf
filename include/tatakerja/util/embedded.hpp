// A text file embedded into the program at build time
// (cmake/EmbedFiles.cmake): its path relative to its folder, and its text.
#pragma once

#include <string_view>

namespace tatakerja::util {

struct EmbeddedFile {
  std::string_view path;
  std::string_view text;
};

}  // namespace tatakerja::util
