// The whole Markdown book (handbook.md) and the --split pages: the cover,
// the errors of a --force render, one chapter a unit, then the tail
// (recapitulation, coverage, index). Streamed a section at a time; the
// chapters' positions and SOPs are made on several threads, each into a
// buffer of its own, and written in book order.
#include <fmt/format.h>

#include <sstream>

#include "../changes.hpp"
#include "../writers.hpp"
#include "markdown.hpp"
#include "tatakerja/util/parallel.hpp"

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

// One piece of a chapter (common.hpp): the chapter's heading before its
// first position or SOP.
void write_piece(std::ostream& out, const Context& c, const ChapterPiece& piece) {
  const auto& chapter = c.book.chapters[piece.chapter];
  if (piece.first) {
    out << "<a id=\"" << unit_anchor(c.repo, chapter.unit) << "\"></a>\n\n## "
        << c.chapter_numbers[piece.chapter] << ' '
        << (chapter.unit >= 0 ? inline_text(c.repo.units[chapter.unit].name.value)
                              : std::string(c.l.no_unit))
        << "\n\n";
  }
  if (piece.position >= 0) write_position(out, c, piece.position, 3);
  if (piece.sop >= 0) write_sop(out, c, piece.sop, 3);
}

// The chapters, made on book.options.jobs threads and written in order.
void write_chapters(std::ostream& out, const Context& c) {
  const auto pieces = chapter_pieces(c.book);
  util::in_order(
      pieces.size(), c.book.options.jobs,
      [&](std::size_t i, std::string& text) {
        std::ostringstream piece;
        write_piece(piece, c, pieces[i]);
        text = std::move(piece).str();
      },
      [&](std::size_t i, std::string& text) {
        out.write(text.data(), static_cast<std::streamsize>(text.size()));
        if (pieces[i].item()) item_done(c.book);
      });
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
  md::write_chapters(out, c);
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
