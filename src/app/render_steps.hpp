// run_render's writing half: which files a book makes, and writing them
// into the output folder in a safe order (every page, then the whole
// books, then the index pages, then the manifest).
#pragma once

#include <ostream>
#include <string>
#include <vector>

#include "tatakerja/render/book.hpp"

namespace tatakerja::sys {
class OutputDir;
class Progress;
}  // namespace tatakerja::sys

namespace tatakerja::app {

struct Formats {
  bool html = false;
  bool markdown = false;
  bool json = false;
  bool pdf = false;
  std::vector<render::Format> texts() const;  // html, markdown, json: those asked for
};

struct Rendering {
  render::Book& book;
  Formats formats;
  bool split = false;
  std::string chromium;  // its path, when pdf is asked for

  // Every file, relative to the output folder, in the order written.
  std::vector<std::string> paths() const;

  // Writes them all into `out` (shown as the user wrote it); returns the
  // summary: "wrote out/handbook.html (29 SOPs, 13 positions)".
  std::string write(const std::string& out, bool progress, std::ostream& err);

 private:
  void write_pages(sys::OutputDir& dir, render::Format format, sys::Progress& progress);
  void write_pdf(sys::OutputDir& dir, sys::Progress& progress);
  std::size_t work() const;  // progress steps in all
};

}  // namespace tatakerja::app
