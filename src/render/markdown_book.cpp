// The whole Markdown book (handbook.md) and the --split pages: the cover,
// the errors of a --force render, one chapter a unit, then the tail
// (recapitulation, coverage, index). Streamed a section at a time.
#include <fmt/format.h>

#include "changes.hpp"
#include "markdown.hpp"
#include "writers.hpp"

namespace tatakerja::render::md {

namespace {

std::string title_of(const Context& c) {
  const auto& title = c.repo.config.handbook.title;
  return title && !title->empty() ? *title : std::string(c.l.handbook);
}

std::size_t units_in(const Book& book) {
  std::size_t n = 0;
  for (const auto& chapter : book.chapters) n += chapter.unit >= 0;
  return n;
}

void item_done(const Book& book) {
  if (book.options.on_item) book.options.on_item();
}

// A line above a --split page: the book it belongs to, and the index.
void page_trail(std::ostream& out, const Context& c) {
  out << '*' << inline_text(c.repo.config.organization) << " — " << inline_text(title_of(c))
      << "* · [" << c.l.contents << "](../" << index_path(Format::Markdown) << ") · ["
      << c.l.whole_book << "](../" << book_path(Format::Markdown) << ")\n\n";
}

}  // namespace

void write_cover(std::ostream& out, const Context& c) {
  const auto& l = c.l;
  out << "# " << inline_text(title_of(c)) << "\n\n";
  if (!c.repo.config.organization.empty()) {
    out << "**" << inline_text(c.repo.config.organization) << "**\n\n";
  }
  out << l.cover_subtitle << "\n\n"
      << "- " << l.date << ": " << format_date(c.book.options.date, c.language()) << '\n'
      << "- " << l.units << ": " << units_in(c.book) << '\n'
      << "- " << l.positions << ": " << c.book.positions.size() << '\n'
      << "- " << l.sops << ": " << c.book.sops.size() << '\n'
      << "- " << l.employees << ": " << c.book.employees.size() << "\n\n";
}

void write_errors(std::ostream& out, const Context& c) {
  out << "<a id=\"" << kErrorsAnchor << "\"></a>\n\n## " << c.l.errors << "\n\n"
      << c.l.errors_note << "\n\n";
  for (const auto& d : c.book.options.errors) {
    const auto& file =
        d.loc.file < c.repo.files.size() ? c.repo.files[d.loc.file].display : std::string("?");
    const std::string place =
        d.loc.line > 0 ? fmt::format("{}:{}:{}", file, d.loc.line, d.loc.column) : file;
    out << "- "
        << inline_text(fmt::format("{}: {}: {} [{}]", place, diag::severity_name(d.severity),
                                   d.message, d.rule))
        << '\n';
  }
  out << '\n';
}

}  // namespace tatakerja::render::md

namespace tatakerja::render {

using md::Context;
using md::Where;

void markdown_book(const Book& book, std::ostream& out) {
  const Context c(book, Where::Book);
  md::write_cover(out, c);
  md::write_contents(out, c);
  if (!book.options.errors.empty()) md::write_errors(out, c);
  md::write_peta(out, c);
  for (std::size_t i = 0; i < book.chapters.size(); ++i) {
    const auto& chapter = book.chapters[i];
    out << "<a id=\"" << md::unit_anchor(c.repo, chapter.unit) << "\"></a>\n\n## "
        << c.chapter_numbers[i] << ' '
        << (chapter.unit >= 0 ? md::inline_text(c.repo.units[chapter.unit].name.value)
                              : std::string(c.l.no_unit))
        << "\n\n";
    for (int p : chapter.positions) {
      md::write_position(out, c, p, 3);
      md::item_done(book);
    }
    for (int s : chapter.sops) {
      md::write_sop(out, c, s, 3);
      md::item_done(book);
    }
  }
  if (!book.positions.empty()) {  // as the HTML book: no positions, no figures
    md::write_recap(out, c);
    md::write_coverage(out, c);
  }
  md::write_sheets(out, c);
  if (book.has_index()) md::write_index(out, c);
  markdown_changes(book, out);
}

void markdown_sop_page(const Book& book, int sop, std::ostream& out) {
  const Context c(book, Where::SubPage);
  md::page_trail(out, c);
  md::write_sop(out, c, sop, 1);
}

void markdown_position_page(const Book& book, int position, std::ostream& out) {
  const Context c(book, Where::SubPage);
  md::page_trail(out, c);
  md::write_position(out, c, position, 1);
}

void markdown_index_page(const Book& book, std::ostream& out) {
  const Context c(book, Where::Root);
  md::write_cover(out, c);
  out << "[" << c.l.whole_book << "](" << book_path(Format::Markdown) << ")\n\n";
  md::write_contents(out, c);
}

}  // namespace tatakerja::render
