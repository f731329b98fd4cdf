// The JSON book (handbook.json): the resolved repository and its workload
// as one document, for other tools; and the --split pages. Streamed an
// object at a time.
#include "book.hpp"

#include <fmt/format.h>

#include "../changes.hpp"
#include "../common.hpp"
#include "../writers.hpp"

namespace tatakerja::render {

namespace jsonbook {

namespace {

void head(JsonWriter& w, const Book& book, std::string_view format) {
  w.key("format").string(format);
  w.key("version").number(1);
  w.key("organization").string(book.r().config.organization);
  w.key("title").string(book_title(book));
  w.key("language").string(language_name(book.options.language));
  optional_string(w, "date",
                  book.options.date ? std::optional(book.options.date->str()) : std::nullopt);
}

void errors(JsonWriter& w, const Book& book) {
  const auto& files = book.r().files;
  w.key("errors").begin_array();
  for (const auto& d : book.options.errors) {
    w.begin_object();
    w.key("file").string(d.loc.file < files.size() ? files[d.loc.file].display : std::string());
    w.key("line").number(d.loc.line);
    w.key("column").number(d.loc.column);
    w.key("severity").string(diag::severity_name(d.severity));
    w.key("rule").string(d.rule);
    w.key("message").string(d.message);
    optional_string(w, "suggestion",
                    d.suggestion.empty() ? std::nullopt : std::optional(d.suggestion));
    w.end_object();
  }
  w.end_array();
}

void units(JsonWriter& w, const Book& book) {
  const auto& repo = book.r();
  w.key("units").begin_array();
  for (const auto& chapter : book.chapters) {
    if (chapter.unit < 0) continue;
    const auto& u = repo.units[chapter.unit];
    w.begin_object();
    w.key("id").string(u.doc.id.value);
    w.key("name").string(u.name.value);
    optional_string(w, "parent", unit_id(repo, u.parent_ref));
    optional_string(w, "head", position_id(repo, u.head_ref));
    w.key("depth").number(chapter.depth);
    w.key("positions").begin_array();
    for (int p : chapter.positions) w.string(repo.positions[p].doc.id.value);
    w.end_array();
    w.key("sops").begin_array();
    for (int s : chapter.sops) w.string(repo.sops[s].doc.id.value);
    w.end_array();
    w.end_object();
  }
  w.end_array();
}

void item_done(const Book& book) {
  if (book.options.on_item) book.options.on_item();
}

}  // namespace

}  // namespace jsonbook

using jsonbook::JsonWriter;

void json_book(const Book& book, std::ostream& out) {
  const auto figures_of = figures_index(book);
  JsonWriter w(out);
  w.begin_object();
  jsonbook::head(w, book, "tatakerja-handbook");
  jsonbook::errors(w, book);
  jsonbook::units(w, book);
  jsonbook::position_map(w, book);
  w.key("positions").begin_array();
  for (int p : book.positions) {
    jsonbook::position_object(
        w, book, figures_of[p] >= 0 ? &book.analysis->positions[figures_of[p]] : nullptr, p);
    jsonbook::item_done(book);
  }
  w.end_array();
  jsonbook::employees(w, book);
  w.key("sops").begin_array();
  for (int s : book.sops) {
    jsonbook::sop_object(w, book, s);
    jsonbook::item_done(book);
  }
  w.end_array();
  jsonbook::workload_part(w, book);
  jsonbook::coverage(w, book, figures_of);
  jsonbook::duty_sheets(w, book);
  json_changes(book, w);
  w.end_object();
  out << '\n';
}

void json_sop_page(const Book& book, int sop, std::ostream& out) {
  JsonWriter w(out);
  w.begin_object();
  jsonbook::head(w, book, "tatakerja-sop");
  w.key("sop");
  jsonbook::sop_object(w, book, sop);
  w.end_object();
  out << '\n';
}

void json_position_page(const Book& book, int position, std::ostream& out) {
  const auto figures_of = figures_index(book);
  JsonWriter w(out);
  w.begin_object();
  jsonbook::head(w, book, "tatakerja-position");
  w.key("position");
  jsonbook::position_object(
      w, book,
      figures_of[position] >= 0 ? &book.analysis->positions[figures_of[position]] : nullptr,
      position);
  w.end_object();
  out << '\n';
}

void json_index_page(const Book& book, std::ostream& out) {
  const auto& repo = book.r();
  JsonWriter w(out);
  w.begin_object();
  jsonbook::head(w, book, "tatakerja-handbook-index");
  w.key("book").string(book_path(Format::Json));
  jsonbook::units(w, book);
  w.key("positions").begin_array();
  for (int p : book.positions) {
    w.begin_object().key("id").string(repo.positions[p].doc.id.value);
    w.key("name").string(repo.positions[p].name.value);
    jsonbook::optional_string(w, "unit", jsonbook::unit_id(repo, repo.positions[p].unit_ref));
    w.key("path").string(position_path(book, Format::Json, p)).end_object();
  }
  w.end_array();
  w.key("sops").begin_array();
  for (int s : book.sops) {
    const auto& sop = repo.sops[s];
    w.begin_object().key("id").string(sop.doc.id.value);
    jsonbook::optional_text(w, "number", sop.number);
    w.key("title").string(sop.title.value);
    w.key("draft").boolean(book.is_draft(s));
    w.key("path").string(sop_path(book, Format::Json, s)).end_object();
  }
  w.end_array();
  w.end_object();
  out << '\n';
}

}  // namespace tatakerja::render
