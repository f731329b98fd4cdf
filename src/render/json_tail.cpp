// The end of the JSON book: the workload (settings, each chapter's unit
// with its positions' figures and totals, the total) and the coverage of
// each position's duties by SOPs.
#include "json_book.hpp"

namespace tatakerja::render::jsonbook {

void workload_part(JsonWriter& w, const Book& book) {
  const auto& repo = book.r();
  const auto& a = *book.analysis;
  const auto figures_of = figures_index(book);
  w.key("workload").begin_object();
  settings(w, repo, a.settings);
  w.key("units").begin_array();
  workload::Figures total;
  for (const auto& chapter : book.chapters) {
    if (chapter.positions.empty()) continue;
    workload::Figures unit;
    w.begin_object();
    optional_string(w, "unit", unit_id(repo, chapter.unit));
    w.key("positions").begin_array();
    for (int p : chapter.positions) {
      if (figures_of[p] < 0) continue;
      const auto& f = a.positions[figures_of[p]].figures;
      w.begin_object().key("position").string(repo.positions[p].doc.id.value);
      figures(w, f, a.settings);
      w.end_object();
      unit += f;
    }
    w.end_array();
    w.key("total").begin_object();
    figures(w, unit, a.settings);
    w.end_object();
    w.end_object();
    total += unit;
  }
  w.end_array();
  w.key("total").begin_object();
  figures(w, total, a.settings);
  w.end_object();
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
