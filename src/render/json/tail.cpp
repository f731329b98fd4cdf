// The end of the JSON book: the workload (settings and the recapitulation's
// rows) and the coverage of
// each position's duties by SOPs.
#include "../common.hpp"
#include "../recap.hpp"
#include "book.hpp"

namespace tatakerja::render::jsonbook {

// The recapitulation as recap_rows() plans it for every format, one object
// a row: "kind" (unit, position, total, total_with_sub_units,
// total_of_all), the chapter's unit id and section number, the position's
// id, and the figures (none on a unit's heading row).
void workload_part(JsonWriter& w, const Book& book) {
  const auto& repo = book.r();
  const auto& a = *book.analysis;
  const auto numbers = chapter_numbers(book);
  w.key("workload").begin_object();
  settings(w, repo, a.settings);
  w.key("recap").begin_array();
  for (const auto& r : recap_rows(BookLookups(book))) {
    w.begin_object().key("kind");
    switch (r.kind) {
      case RecapRow::Kind::Unit:
        w.string("unit");
        break;
      case RecapRow::Kind::Position:
        w.string("position");
        break;
      case RecapRow::Kind::Total:
        w.string("total");
        break;
      case RecapRow::Kind::TreeTotal:
        w.string("total_with_sub_units");
        break;
      case RecapRow::Kind::GrandTotal:
        w.string("total_of_all");
        break;
    }
    if (r.chapter >= 0) {
      optional_string(w, "unit", unit_id(repo, book.chapters[r.chapter].unit));
      w.key("number").string(numbers[r.chapter]);
    }
    if (r.position >= 0) w.key("position").string(repo.positions[r.position].doc.id.value);
    if (r.kind != RecapRow::Kind::Unit) figures(w, r.figures, a.settings);
    w.end_object();
  }
  w.end_array();
  w.end_object();
}

void coverage(JsonWriter& w, const Book& book, const std::vector<int>& figures_of) {
  const auto& repo = book.r();
  const auto& a = *book.analysis;
  w.key("coverage").begin_array();
  for (int p : book.positions) {
    if (figures_of[p] < 0) continue;
    const auto& position = repo.positions[p];
    w.begin_object().key("position").string(position.doc.id.value);
    w.key("duties").begin_array();
    const auto& duties = a.positions[figures_of[p]].duties;
    for (const auto& d : duties) {
      w.begin_object().key("id").string(position.duties[d.duty].id.value);
      number_and_parent(w, position, position.duties[d.duty]);
      w.key("sops").begin_array();
      for (int s : d.sops) w.string(repo.sops[s].doc.id.value);
      w.end_array();
      w.key("covered").boolean(workload::is_covered(duties, d)).end_object();
    }
    w.end_array().end_object();
  }
  w.end_array();
}

}  // namespace tatakerja::render::jsonbook
