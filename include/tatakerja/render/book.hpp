// The compiled handbook (handbook.md) as a pure function of the resolved
// repository and its workload analysis: first a plan of what goes in, in
// which order (plan()), then one writer a format that streams the book to an
// std::ostream, so that no format holds the whole book in memory.
#pragma once

#include <cstddef>
#include <functional>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "tatakerja/diag/diagnostic.hpp"
#include "tatakerja/diff/diff.hpp"
#include "tatakerja/model/repository.hpp"
#include "tatakerja/workload/figures.hpp"

namespace tatakerja::render {

enum class Format { Html, Markdown, Json };

struct BookOptions {
  model::Language language = model::Language::Id;
  std::optional<model::Date> date;  // the book's date (cover, footer); none: shown as "-"
  bool include_drafts = false;      // draft and review SOPs go in, marked DRAFT
  std::optional<std::string> sop;   // --sop ID: that SOP only
  std::optional<std::string> unit;  // --unit ID: that unit and its sub-units only
  // --employee ID (repeatable): those employees' Lembar Uraian Tugas only.
  std::vector<std::string> employees;
  // --force: the repository's errors, listed in the book (a chapter at the
  // front); empty when there are none.
  diag::Diagnostics errors;
  // --changes REV: what changed since REV, on a "Riwayat Perubahan" page
  // at the end of the book (handbook.md, item 9); none: no such page.
  const diff::Changes* changes = nullptr;
  std::string changes_since;  // REV as given
  // Called once after each SOP and each position is written (progress),
  // always on the thread that called the writer.
  std::function<void()> on_item;
  // Threads that make the book's sections (0: one a core). The sections
  // are written in book order whatever the number, so the bytes are the
  // same with any.
  unsigned jobs = 0;
};

// One chapter a unit, in the order of the unit tree; positions and SOPs
// without a (known) unit in a last chapter with unit -1.
struct Chapter {
  int unit = -1;               // Unit index, -1: no unit
  int depth = 0;               // 0 for a root unit
  std::vector<int> positions;  // Position indices: the unit's head first, then by name
  std::vector<int> sops;       // SOP indices, by title then id
  int parent = -1;             // index into Book::chapters of the unit above; -1: none in the book
};

struct Book {
  const model::Repository* repo = nullptr;
  const workload::Analysis* analysis = nullptr;
  BookOptions options;
  std::vector<Chapter> chapters;  // units that hold something, or whose sub-units do
  std::vector<int> positions;     // every position in the book, in book order
  std::vector<int> sops;          // every SOP in the book, in book order
  // Employees whose Lembar Uraian Tugas is in the book: with --employee,
  // those named, in the order given; else the holders of the book's
  // positions, in book order (each position's in repository order).
  std::vector<int> employees;

  const model::Repository& r() const { return *repo; }
  bool is_draft(int sop) const;  // draft or review (only there with include_drafts)
  std::size_t items() const { return positions.size() + sops.size(); }
  // The index of SOPs: in every book but one of --employee sheets alone.
  bool has_index() const { return options.employees.empty(); }
};

// Which SOPs and positions go in, in book order. An SOP goes in when its
// status is approved or active (draft and review too with include_drafts;
// archived never). Its chapter is its unit's, else its owner's unit's.
// Throws util::Failure when --sop, --unit or --employee names no such
// document (with a suggestion). --employee leaves positions and SOPs out.
Book plan(const model::Repository& repo, const workload::Analysis& analysis, BookOptions options);

// The unit an SOP belongs to: its `unit`, else its owner's unit, else -1.
int sop_unit(const model::Repository& repo, const model::Sop& sop);

// The letterhead (kop) above an SOP of `unit` (handbook.md): the
// `letterhead` lines of the unit or of the nearest unit above it that has
// them, else `handbook.letterhead`; then the unit chain from the top-level
// unit down to `unit` (a unit whose name a kop line already gives, in any
// case, is not repeated). Empty when there is nothing to print.
std::vector<std::string> letterhead(const model::Repository& repo, int unit);
// The kop lines alone (a duty sheet shows the unit chain in its table).
std::vector<std::string> kop_lines(const model::Repository& repo, int unit);

// The book's SOPs in the order of its index: by number in natural order
// ("B-2" before "B-10"; SOPs without a number last), or by title; ties by id.
std::vector<int> index_order(const Book& book, bool by_number);

// The whole book: handbook.html, handbook.md or handbook.json.
void write_book(const Book& book, Format format, std::ostream& out);

// --split: one file a SOP and a position, and an index page linking them
// and the whole book. Paths are relative to the output folder, '/'-separated.
std::string book_path(Format format);                                      // "handbook.html"
std::string sop_path(const Book& book, Format format, int sop);            // "sop/ID.html"
std::string position_path(const Book& book, Format format, int position);  // "position/ID.html"
std::string index_path(Format format);                                     // "index.html"
void write_sop_page(const Book& book, Format format, int sop, std::ostream& out);
void write_position_page(const Book& book, Format format, int position, std::ostream& out);
void write_index_page(const Book& book, Format format, std::ostream& out);

// An id made safe as one file name component: letters, digits, '-', '_' and
// '.' kept, anything else as "_XX" hex, never "." or ".." or empty.
std::string file_component(std::string_view id);

}  // namespace tatakerja::render
