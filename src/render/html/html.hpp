// Shared helpers of the HTML writers (html_*.cpp): the context of one
// document (the book or one --split page), escaping into a buffer, links,
// and figures as text. Every text from the YAML goes through esc().
#pragma once

#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "../common.hpp"
#include "../labels.hpp"
#include "tatakerja/render/book.hpp"
#include "tatakerja/workload/figures.hpp"

namespace tatakerja::render::html {

// Where the document being written sits, for its links: the whole book
// (anchors in the same file), a page under sop/ or position/, or the index
// page at the out root.
enum class Where { Book, SubPage, Root };

struct Context : BookLookups {
  Context(const Book& book, Where where);

  const model::Repository& repo;
  const BookLabels& l;
  Where where;
  std::string logo;  // data: URI of the logo, or empty

  const char* lang() const { return book.options.language == model::Language::En ? "en" : "id"; }
};

// Appends `text` escaped for element content and attributes alike.
void esc(std::string& out, std::string_view text);
// Appends `text` escaped, its wrapped lines joined by <br>.
void esc_lines(std::string& out, const std::vector<std::string>& lines);
// The letterhead (kop) above an SOP or a duty sheet: nothing without lines.
void kop(std::string& out, const std::vector<std::string>& lines);

// An SOP number escaped, a break allowed only after each '/' and '-'
// ("B-<wbr>123/<wbr>Kk.11.15/<wbr>…"): the stylesheet never breaks a word
// anywhere else.
void esc_number(std::string& out, std::string_view number);

// A fixed label for a table header: escaped, with a break allowed after
// each '/' ("Kelebihan/<wbr>Kekurangan").
std::string header_label(std::string_view label);

// Writes `buf` to `out` and empties it.
void flush(std::string& buf, std::ostream& out);

// Anchor ids: "sop-ID", "position-ID", "unit-N" (escaped).
std::string sop_anchor(const Context& c, int sop);
std::string position_anchor(const Context& c, int position);
std::string unit_anchor(const Context& c, int unit);

// <a href="…">text</a> to an SOP or a position when it is in the book,
// else the text alone (escaped).
void sop_link(std::string& out, const Context& c, int sop, std::string_view text);
void position_link(std::string& out, const Context& c, int position, std::string_view text);
// The SOP's number and title as a link: "B-1/… Title".
void sop_ref(std::string& out, const Context& c, int sop);

// The document shell (html/page.cpp): doctype, head with the stylesheet,
// body; `title` is user text (escaped here).
void page_start(std::string& out, const Context& c, std::string_view title);
void page_end(std::string& out);

// Sections (one file each).
void write_cover(std::string& out, const Context& c);
void write_contents(std::string& out, const Context& c);
void write_errors(std::string& out, const Context& c);
// `lead`: markup written first inside the section (the chapter's heading,
// so that it never stands alone on a page).
void write_sop(std::string& out, const Context& c, int sop, std::string_view lead = {});
// The procedure table(s) with the flowchart; true when it needs A4 landscape.
bool write_procedure(std::string& out, const Context& c, int sop);  // html/procedure.cpp
void write_position(std::string& out, const Context& c, int position, std::string_view lead = {});
// The Peta Jabatan (html/peta.cpp); nothing when the book has no positions.
void write_peta(std::string& out, const Context& c, std::ostream& os);
inline constexpr std::string_view kPetaAnchor = "peta-jabatan";
void write_recap(std::string& out, const Context& c, std::ostream& os);
void write_charts(std::string& out, const Context& c, std::ostream& os);
void write_coverage(std::string& out, const Context& c, std::ostream& os);
// The Lembar Uraian Tugas of book.employees, one page each (html/sheet.cpp).
void write_sheets(std::string& out, const Context& c, std::ostream& os);
void write_index(std::string& out, const Context& c);

// The logo (Repository::logo) as a data: URI; empty without one.
std::string logo_uri(const model::Repository& repo);
// Once a file, after <body>: the logo's definition (nothing without one).
void logo_definition(std::string& out, const Context& c);
// Where a document shows it: a reference to that definition.
void logo_use(std::string& out, const Context& c);
std::string base64(std::string_view bytes);

// The chapter's title: the unit's name, or the "no unit" label.
std::string_view chapter_title(const Context& c, const Chapter& chapter);

}  // namespace tatakerja::render::html
