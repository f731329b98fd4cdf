#include "render_steps.hpp"

#include <fmt/format.h>

#include <chrono>
#include <filesystem>
#include <sstream>

#include "tatakerja/sys/chromium.hpp"
#include "tatakerja/sys/output_dir.hpp"
#include "tatakerja/sys/progress.hpp"
#include "tatakerja/util/parallel.hpp"
#include "tatakerja/util/text.hpp"

namespace tatakerja::app {

namespace fs = std::filesystem;

namespace {

constexpr const char* kPdf = "handbook.pdf";

std::string count(std::size_t n, const char* one, const char* many) {
  return fmt::format("{} {}", n, n == 1 ? one : many);
}

// A whole book's file name, as the progress line shows it.
std::string stage(const std::string& name) {
  return "rendering " + name;
}

}  // namespace

std::vector<render::Format> Formats::texts() const {
  std::vector<render::Format> texts;
  if (html) texts.push_back(render::Format::Html);
  if (markdown) texts.push_back(render::Format::Markdown);
  if (json) texts.push_back(render::Format::Json);
  return texts;
}

std::vector<std::string> Rendering::paths() const {
  std::vector<std::string> paths;
  const auto texts = formats.texts();
  if (split) {
    for (auto format : texts) {
      for (int sop : book.sops) paths.push_back(render::sop_path(book, format, sop));
      for (int p : book.positions) paths.push_back(render::position_path(book, format, p));
    }
  }
  for (auto format : texts) paths.push_back(render::book_path(format));
  if (formats.pdf) paths.push_back(kPdf);
  if (split) {
    for (auto format : texts) paths.push_back(render::index_path(format));
  }
  return paths;
}

std::size_t Rendering::work() const {
  const std::size_t books = formats.texts().size() + (formats.pdf && !formats.html ? 1 : 0);
  const std::size_t pages = split ? formats.texts().size() : 0;
  return book.items() * (books + pages);
}

// Every page of `format`: the SOPs', then the positions'. Each page is
// made on one of book.options.jobs threads and written whole, in this
// order, on this one.
void Rendering::write_pages(sys::OutputDir& dir, render::Format format, sys::Progress& progress) {
  const auto index = render::index_path(format);
  progress.stage("rendering the " + index.substr(index.rfind('.') + 1) + " pages");
  const std::size_t sops = book.sops.size();
  const auto path = [&](std::size_t i) {
    return i < sops ? render::sop_path(book, format, book.sops[i])
                    : render::position_path(book, format, book.positions[i - sops]);
  };
  util::in_order(
      book.items(), book.options.jobs,
      [&](std::size_t i, std::string& text) {
        std::ostringstream page;
        if (i < sops) {
          render::write_sop_page(book, format, book.sops[i], page);
        } else {
          render::write_position_page(book, format, book.positions[i - sops], page);
        }
        text = std::move(page).str();
      },
      [&](std::size_t i, std::string& text) {
        dir.write(path(i), [&](std::ostream& os) {
          os.write(text.data(), static_cast<std::streamsize>(text.size()));
        });
        progress.step();
      });
}

// The PDF, printed from handbook.html when it was asked for (and is
// written by now), else from a temporary copy beside it, removed after.
void Rendering::write_pdf(sys::OutputDir& dir, sys::Progress& progress) {
  const auto print = [&](const fs::path& html) {
    progress.stage(fmt::format("printing {} with Chromium", kPdf));
    auto pdf = dir.pending(kPdf, ".pdf");
    pdf.close();
    const auto timeout = std::chrono::seconds(300 + book.items() / 10);
    try {
      sys::print_to_pdf(chromium, fs::absolute(html), fs::absolute(pdf.path()), timeout);
    } catch (const sys::ChromiumFailure&) {
      progress.clear();
      throw;
    }
    pdf.commit();
  };
  const auto html_name = render::book_path(render::Format::Html);
  if (formats.html) return print(dir.path() / html_name);
  progress.stage(stage(html_name));
  auto scratch = dir.scratch(html_name, ".html");
  render::write_book(book, render::Format::Html, scratch.stream());
  scratch.close();
  print(scratch.path());
}

std::string Rendering::write(const std::string& out, bool show_progress, std::ostream& err) {
  sys::OutputDir dir(out, util::escape_control(out));  // --out is shown in messages
  const auto all = paths();
  dir.prepare(all);
  sys::Progress progress(err, show_progress, work());
  book.options.on_item = nullptr;  // pages count themselves
  const auto texts = formats.texts();
  if (split) {
    for (auto format : texts) write_pages(dir, format, progress);
  }
  book.options.on_item = [&progress] { progress.step(); };
  for (auto format : texts) {
    progress.stage(stage(render::book_path(format)));
    dir.write(render::book_path(format),
              [&](std::ostream& os) { render::write_book(book, format, os); });
  }
  if (formats.pdf) write_pdf(dir, progress);
  book.options.on_item = nullptr;
  if (split) {
    for (auto format : texts) {
      dir.write(render::index_path(format),
                [&](std::ostream& os) { render::write_index_page(book, format, os); });
    }
  }
  const std::size_t removed = dir.finish();
  progress.clear();

  std::vector<std::string> named;
  for (const auto& path : all) {
    if (path.find('/') == std::string::npos) named.push_back(dir.shown(path));
  }
  const std::size_t pages = all.size() - named.size();
  if (pages > 0) named.push_back(count(pages, "page", "pages"));
  std::string list = named.back();
  if (named.size() > 1) {
    list = fmt::format("{} and {}", fmt::join(named.begin(), named.end() - 1, ", "), named.back());
  }
  std::string text = fmt::format("wrote {} ({}, {}", list, count(book.sops.size(), "SOP", "SOPs"),
                                 count(book.positions.size(), "position", "positions"));
  if (removed > 0) {
    text += fmt::format("; removed {} of an earlier render", count(removed, "file", "files"));
  }
  return text + ")";
}

}  // namespace tatakerja::app
