// handbook.html and the --split pages, streamed a section at a time: each
// position and SOP is made into a buffer of its own (on several threads)
// and written in book order, so that the book is never held whole in
// memory.
#include <fmt/format.h>

#include "../changes.hpp"
#include "../writers.hpp"
#include "html.hpp"
#include "tatakerja/util/parallel.hpp"

namespace tatakerja::render {

namespace {

using html::Context;
using html::Where;

void item_done(const Book& book) {
  if (book.options.on_item) book.options.on_item();
}

// One piece of a chapter (common.hpp): the chapter's heading goes inside
// its first position or SOP, which starts a page.
void write_piece(std::string& buf, const Context& c, const ChapterPiece& piece,
                 const std::string& number) {
  const auto& chapter = c.book.chapters[piece.chapter];
  std::string heading;
  if (piece.first) {
    buf +=
        fmt::format("<section class=\"chapter\" id=\"{}\">\n", html::unit_anchor(c, chapter.unit));
    heading = "<h2>" + number + " ";
    html::esc(heading, html::chapter_title(c, chapter));
    heading += "</h2>\n";
  }
  if (piece.position >= 0) html::write_position(buf, c, piece.position, heading);
  if (piece.sop >= 0) html::write_sop(buf, c, piece.sop, heading);
  if (piece.last) buf += "</section>\n";
}

// The chapters, made on book.options.jobs threads and written in order.
void write_chapters(const Context& c, std::ostream& out) {
  const auto numbers = chapter_numbers(c.book);
  const auto pieces = chapter_pieces(c.book);
  util::in_order(
      pieces.size(), c.book.options.jobs,
      [&](std::size_t i, std::string& text) {
        write_piece(text, c, pieces[i], numbers[pieces[i].chapter]);
      },
      [&](std::size_t i, std::string& text) {
        html::flush(text, out);
        if (pieces[i].item()) item_done(c.book);
      });
}

// From a page under sop/ or position/: the index page and the whole book.
std::string back_links(const Context& c) {
  return fmt::format("<p class=\"nav\"><a href=\"../{}\">{}</a> · <a href=\"../{}\">{}</a></p>\n",
                     index_path(Format::Html), c.l.index, book_path(Format::Html), c.l.whole_book);
}

std::string book_title(const Book& book) {
  const auto& title = book.r().config.handbook.title;
  return title ? *title : std::string(book_labels(book.options.language).handbook);
}

}  // namespace

void html_book(const Book& book, std::ostream& out) {
  const Context c(book, Where::Book);
  std::string buf;
  buf.reserve(1 << 16);
  html::page_start(buf, c, book_title(book));
  html::write_cover(buf, c);
  html::write_contents(buf, c);
  html::write_errors(buf, c);
  html::write_peta(buf, c, out);
  html::flush(buf, out);
  write_chapters(c, out);
  html::write_recap(buf, c, out);
  html::write_coverage(buf, c, out);
  html::write_sheets(buf, c, out);
  if (book.has_index()) html::write_index(buf, c);
  html_changes(book, buf);
  html::page_end(buf);
  html::flush(buf, out);
}

void html_sop_page(const Book& book, int sop, std::ostream& out) {
  const Context c(book, Where::SubPage);
  const auto& s = book.r().sops[sop];
  std::string buf;
  html::page_start(buf, c, s.number ? s.number->value + " " + s.title.value : s.title.value);
  html::write_sop(buf, c, sop, back_links(c));  // inside: a landscape SOP starts a page
  html::page_end(buf);
  html::flush(buf, out);
}

void html_position_page(const Book& book, int position, std::ostream& out) {
  const Context c(book, Where::SubPage);
  std::string buf;
  html::page_start(buf, c, book.r().positions[position].name.value);
  html::write_position(buf, c, position, back_links(c));
  html::page_end(buf);
  html::flush(buf, out);
}

void html_index_page(const Book& book, std::ostream& out) {
  const Context c(book, Where::Root);
  std::string buf;
  html::page_start(buf, c, book_title(book));
  buf += "<h1>";
  html::esc(buf, book_title(book));
  buf += "</h1>\n<p><a href=\"";
  buf += book_path(Format::Html);
  buf += "\">";
  html::esc(buf, book_title(book));
  buf += "</a></p>\n";
  html::write_contents(buf, c);
  html::flush(buf, out);
  html::write_index(buf, c);
  html::page_end(buf);
  html::flush(buf, out);
}

}  // namespace tatakerja::render
