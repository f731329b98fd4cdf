// Shared helpers of the Markdown writers (markdown_*.cpp): the context of
// one document (the book or one --split page), links, figures as text, and
// the sections. Every text from the YAML goes through markdown/escape.hpp.
#pragma once

#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "../common.hpp"
#include "../labels.hpp"
#include "escape.hpp"
#include "tatakerja/render/book.hpp"
#include "tatakerja/workload/figures.hpp"

namespace tatakerja::render::md {

// Where the document being written sits, for its links: the whole book
// (anchors in the same file), a page under sop/ or position/, or the index
// page at the out root.
enum class Where { Book, SubPage, Root };

struct Context : BookLookups {
  Context(const Book& book, Where where);

  const model::Repository& repo;
  const BookLabels& l;
  Where where;
  std::vector<std::string> chapter_numbers;  // "1", "1.2", … one a chapter

  model::Language language() const { return book.options.language; }
};

// Anchor ids: "sop-ID", "position-ID", "unit-ID" ("unit--" for no unit).
std::string sop_anchor(const model::Repository& repo, int sop);
std::string position_anchor(const model::Repository& repo, int position);
std::string unit_anchor(const model::Repository& repo, int unit);

// [text](target) to an SOP or a position when it is in the book, else the
// text alone; `text` is user text (escaped here).
std::string sop_link(const Context& c, int sop, std::string_view text);
std::string position_link(const Context& c, int position, std::string_view text);
// The SOP's number and title, as a link.
std::string sop_ref(const Context& c, int sop);
// A link to a section of the whole book (recap, coverage, index).
std::string book_link(const Context& c, std::string_view anchor, std::string_view label);

std::string unit_name(const Context& c, int unit);  // escaped, "-" for none
// The lane of a step, as written in the flowchart: a position's or role's
// name, or an external actor (escaped).
std::string lane_name(const Context& c, const model::Sop& sop, const model::Step& step);

// The SOPs that carry out a duty, archived ones left out.
std::vector<int> carrying_sops(const Context& c, const workload::DutyFigures& duty);
// An SOP reference for a list: linked when in the book, with the DRAFT mark
// when a draft.
std::string sop_mention(const Context& c, int sop);

// A step's or duty's time as written, escaped; "-" when missing or unreadable.
std::string time_cell(const Context& c, const std::optional<model::Located<model::Duration>>& time);

// One table row: "| a | b |\n" (cells already escaped).
void row(std::ostream& out, const std::vector<std::string>& cells);
// The letterhead (kop): bold lines, then a blank line; nothing without lines.
void kop(std::ostream& out, const std::vector<std::string>& lines);
// A header row and its rule; `align` one char a column: 'l' or 'r'.
void header(std::ostream& out, const std::vector<std::string>& labels, std::string_view align);

// Sections.
void write_cover(std::ostream& out, const Context& c);     // markdown/book.cpp
void write_contents(std::ostream& out, const Context& c);  // markdown/contents.cpp
void write_errors(std::ostream& out, const Context& c);
void write_sop(std::ostream& out, const Context& c, int sop, int level);  // markdown/sop.cpp
void write_procedure(std::ostream& out, const Context& c, int sop);       // markdown/procedure.cpp
void write_position(std::ostream& out, const Context& c, int position, int level);
// The figures of a position or a group: a header row and one row.
void figures_table(std::ostream& out, const Context& c, const workload::Figures& f);
void write_peta(std::ostream& out, const Context& c);   // markdown/peta.cpp
void write_recap(std::ostream& out, const Context& c);  // markdown/tail.cpp
void write_coverage(std::ostream& out, const Context& c);
// The Lembar Uraian Tugas of book.employees (markdown/sheet.cpp).
void write_sheets(std::ostream& out, const Context& c);
void write_index(std::ostream& out, const Context& c);

// Section anchors of the whole book.
inline constexpr std::string_view kErrorsAnchor = "errors";
inline constexpr std::string_view kPetaAnchor = "peta-jabatan";
inline constexpr std::string_view kRecapAnchor = "recap";
inline constexpr std::string_view kCoverageAnchor = "coverage";
inline constexpr std::string_view kIndexAnchor = "index";
inline constexpr std::string_view kSheetsAnchor = "employees";

}  // namespace tatakerja::render::md
