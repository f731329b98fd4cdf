// The example that `tatakerja init` writes: a small office in Indonesian,
// one document a file, laid out as examples/ is. The files are in
// src/app/init/, embedded at build time (cmake/EmbedFiles.cmake) in the
// order CMakeLists.txt lists them. It must stay clean: test_app_init.cpp
// validates it with every rule and expects no finding.
#include "tatakerja/app/init.hpp"

namespace tatakerja::app {

std::span<const util::EmbeddedFile> init_files();  // generated: init_files.cpp

std::span<const TemplateFile> init_template() {
  return init_files();
}

}  // namespace tatakerja::app
