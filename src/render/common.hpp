// What the HTML and Markdown writers share: what is in the book, each
// position's figures, figures as text in the book's language, and the
// chapters' section numbers.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "labels.hpp"
#include "tatakerja/render/book.hpp"
#include "tatakerja/workload/figures.hpp"

namespace tatakerja::render {

// Lookups by repository index, built once a document.
struct BookLookups {
  explicit BookLookups(const Book& book);

  const Book& book;
  std::vector<char> sop_in, position_in;  // in the book
  std::vector<int> figures_of;            // position -> index into analysis.positions, -1

  const workload::PositionFigures* figures(int position) const;  // nullptr: none
};

// Position index -> index into book.analysis->positions, -1 when none.
std::vector<int> figures_index(const Book& book);

// Figures as text in the book's language (decimal comma for id).
std::string localised(std::string text, const BookLabels& l);
std::string hours_text(const workload::Ratio& load, const BookLabels& l);  // from load units
std::string three(const workload::Ratio& value, const BookLabels& l);
std::string minutes_text(const workload::Ratio& seconds, const BookLabels& l);  // "6250", "104,17"
std::string signed_whole(workload::Wide value);                                 // "+1", "-2", "0"
std::string duration_text(model::Duration d, model::Language language);         // "1 jam 30 menit"
// A step's or duty's time as the document prints it: as written ("3 Hari",
// "5-10 menit"; a computed duration as duration_text). nullopt when it is
// missing or could not be read: never printed as zero (format.md, "Values").
std::optional<std::string> time_text(const std::optional<model::Located<model::Duration>>& time,
                                     model::Language language);
// The Jumlah row of an SOP's procedure table (handbook.md): its
// `total_time` as written when it states one (`stated`), else the step
// times along the main path (model::time_on_main_path) summed in the units
// they are written in (model::duration_parts: "35 menit", "1 hari 2 jam").
// `text` and `seconds` are nullopt when that total could not be read or
// made (a step time missing or unreadable, a main path that does not reach
// `end`): printed "-", never 0.
struct TotalTime {
  std::optional<std::string> text;
  std::optional<std::int64_t> seconds;
  bool stated = false;
};
TotalTime total_time(const model::Repository& repo, const model::Sop& sop,
                     model::Language language);

// A duty's volume as the document prints it: as written ("2/bulan", "3200");
// nullopt when it is missing or could not be read.
std::optional<std::string> volume_text(const std::optional<model::Located<model::Volume>>& volume,
                                       const BookLabels& l);

// Section numbers of the chapters ("1", "1.1", …), in book order.
std::vector<std::string> chapter_numbers(const Book& book);

// The chapters cut into pieces that can be made on any thread and written
// in book order: one a position or SOP of a chapter, its positions first;
// a chapter with neither (only its sub-units hold something) is one piece
// of its own.
struct ChapterPiece {
  std::size_t chapter = 0;  // index into Book::chapters
  int position = -1;        // the position it writes, else -1
  int sop = -1;             // the SOP it writes, else -1
  bool first = false;       // the chapter's first piece: it opens the chapter
  bool last = false;        // the chapter's last piece: it closes the chapter
  bool item() const { return position >= 0 || sop >= 0; }
};
std::vector<ChapterPiece> chapter_pieces(const Book& book);

// The Roles among an SOP's lanes that have members, in lane order (Role
// indices): the book lists their members under the procedure table, as
// printed SOPs do in a footnote (handbook.md).
std::vector<int> roles_with_members(const model::Repository& repo, const model::Sop& sop);

}  // namespace tatakerja::render
