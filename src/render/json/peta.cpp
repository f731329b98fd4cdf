// "position_map" of the JSON book: the Peta Jabatan as a tree, each unit
// with its positions' kelas jabatan, B, K, ± and vacancy, then its children.
#include "../peta.hpp"

#include <functional>

#include "book.hpp"

namespace tatakerja::render::jsonbook {

void position_map(JsonWriter& w, const Book& book) {
  const auto units = peta_units(book);
  if (units.empty()) return;
  const auto& repo = book.r();
  const auto& l = book_labels(book.options.language);
  std::vector<std::vector<int>> children(units.size());
  std::vector<int> roots;
  for (std::size_t u = 0; u < units.size(); ++u) {
    (units[u].parent >= 0 ? children[units[u].parent] : roots).push_back(static_cast<int>(u));
  }
  const std::function<void(int)> unit = [&](int u) {
    const auto& pu = units[u];
    w.begin_object();
    optional_string(w, "unit", unit_id(repo, pu.unit));
    w.key("name").string(pu.unit >= 0 ? repo.units[pu.unit].name.value : std::string(l.no_unit));
    w.key("positions").begin_array();
    for (const auto& p : pu.positions) {
      w.begin_object();
      w.key("id").string(repo.positions[p.position].doc.id.value);
      w.key("name").string(repo.positions[p.position].name.value);
      w.key("grade");
      if (p.grade) {
        w.number(*p.grade);
      } else {
        w.null();
      }
      w.key("staff").number(p.staff);
      w.key("needed").number_text(workload::to_string(p.needed));
      w.key("balance").number_text(workload::to_string(p.balance));
      w.key("vacant").boolean(p.vacant());
      w.end_object();
    }
    w.end_array();
    w.key("children").begin_array();
    for (int k : children[u]) unit(k);
    w.end_array();
    w.end_object();
  };
  w.key("position_map").begin_array();
  for (int r : roots) unit(r);
  w.end_array();
}

}  // namespace tatakerja::render::jsonbook
