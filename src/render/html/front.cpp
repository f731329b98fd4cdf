// The front of the book: the cover, the table of contents and, with
// --force, the chapter of the repository's errors.
#include <fmt/format.h>

#include "../peta.hpp"
#include "../sheet_labels.hpp"
#include "html.hpp"

namespace tatakerja::render::html {

namespace {

// A link to an anchor of the whole book, from where the document sits.
std::string book_href(const Context& c, std::string_view anchor) {
  std::string out;
  if (c.where == Where::Root) out += "handbook.html";
  if (c.where == Where::SubPage) out += "../handbook.html";
  out += "#";
  out += anchor;
  return out;
}

void count_row(std::string& out, const char* label, std::size_t count) {
  out += fmt::format("<tr><th>{}</th><td class=\"num\">{}</td></tr>", label, count);
}

void toc_entry(std::string& out, const Context& c, std::string_view anchor, std::string_view text) {
  out += "<li><a href=\"";
  out += book_href(c, anchor);
  out += "\">";
  esc(out, text);
  out += "</a></li>\n";
}

void toc_chapter(std::string& out, const Context& c, const Chapter& chapter,
                 const std::string& number) {
  out += fmt::format("<li style=\"margin-left:{}px\"><a href=\"{}\">{} ",
                     16 * std::max(0, chapter.depth), book_href(c, unit_anchor(c, chapter.unit)),
                     number);
  esc(out, chapter_title(c, chapter));
  out += "</a><ol>\n";
  for (int p : chapter.positions) {
    out += "<li>";
    out += c.l.job_analysis;
    out += ": ";
    position_link(out, c, p, c.repo.positions[p].name.value);
    out += "</li>\n";
  }
  for (int s : chapter.sops) {
    out += "<li>";
    sop_ref(out, c, s);
    if (c.book.is_draft(s)) out += fmt::format(" <span class=\"flag\">[{}]</span>", c.l.draft);
    out += "</li>\n";
  }
  out += "</ol></li>\n";
}

}  // namespace

void write_cover(std::string& out, const Context& c) {
  const auto& l = c.l;
  const auto& title = c.repo.config.handbook.title;
  std::size_t units = 0;
  for (const auto& chapter : c.book.chapters) units += chapter.unit >= 0 ? 1 : 0;
  out += "<header class=\"cover\" id=\"cover\">\n<div class=\"org\">";
  esc(out, c.repo.config.organization);
  out += "</div>\n<h1>";
  esc(out, title ? std::string_view(*title) : std::string_view(l.handbook));
  out += fmt::format("</h1>\n<p>{}</p>\n<table>", l.cover_subtitle);
  count_row(out, l.units, units);
  count_row(out, l.positions, c.book.positions.size());
  count_row(out, l.sops, c.book.sops.size());
  count_row(out, l.employees, c.book.employees.size());
  out += fmt::format("</table>\n<p>{}: ", l.date);
  esc(out, format_date(c.book.options.date, c.book.options.language));
  out += "</p>\n</header>\n";
}

void write_contents(std::string& out, const Context& c) {
  out += fmt::format("<nav class=\"toc\" id=\"contents\">\n<h2>{}</h2>\n<ol>\n", c.l.contents);
  if (!c.book.options.errors.empty()) toc_entry(out, c, "errors", c.l.errors);
  if (!peta_units(c.book).empty()) toc_entry(out, c, kPetaAnchor, c.l.position_map);
  const auto numbers = chapter_numbers(c.book);
  for (std::size_t i = 0; i < c.book.chapters.size(); ++i) {
    toc_chapter(out, c, c.book.chapters[i], numbers[i]);
  }
  if (!c.book.positions.empty()) {
    toc_entry(out, c, "recap", c.l.recap);
    toc_entry(out, c, "coverage", c.l.coverage);
  }
  if (!c.book.employees.empty()) {
    toc_entry(out, c, "employees", sheet_labels(c.book.options.language).chapter);
  }
  if (c.book.has_index()) toc_entry(out, c, "index", c.l.index);
  out += "</ol>\n</nav>\n";
}

void write_errors(std::string& out, const Context& c) {
  const auto& errors = c.book.options.errors;
  if (errors.empty()) return;
  out += fmt::format(
      "<section class=\"chapter errors\" id=\"errors\">\n<h2>{}</h2>\n<p>{}</p>\n<ul>\n",
      c.l.errors, c.l.errors_note);
  for (const auto& d : errors) {
    out += "<li><code>";
    const auto& files = c.repo.files;
    esc(out, d.loc.file < files.size() ? std::string_view(files[d.loc.file].display)
                                       : std::string_view("?"));
    out += fmt::format(":{}:{}</code> <b>{}</b> ", d.loc.line, d.loc.column,
                       diag::severity_name(d.severity));
    esc(out, d.message);
    out += " [";
    esc(out, d.rule);
    out += "]</li>\n";
  }
  out += "</ul>\n</section>\n";
}

}  // namespace tatakerja::render::html
