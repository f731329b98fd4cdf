// The unit sheet (Unit): one row a unit, depth-first and indented, with the
// figures of its own positions (sums of their rows on the position sheet);
// after a unit with sub-units, its total with them ("Jumlah X beserta
// sub-unit", as the table view shows it); then the organisation's total,
// which is the position sheet's.
#include <string>

#include "xlsx_cells.hpp"
#include "xlsx_sheets.hpp"

namespace tatakerja::workload {

namespace {

constexpr int kFirst = 1;  // the figures, after the unit's name

class UnitWriter {
 public:
  explicit UnitWriter(XlsxContext& c)
      : c_(c), sheet_(c.sheets.units), pieces_(c.analysis.units.size()) {}

  void write() {
    const auto& units = c_.analysis.units;
    for (std::size_t k = 0; k < units.size(); ++k) {
      close_down_to(units[k].depth);
      write_own(k);
      if (!units[k].children.empty()) open_.push_back(k);
    }
    close_down_to(0);
    write_total();
  }

 private:
  std::string name(const UnitFigures& u) const {
    return u.unit >= 0 ? c_.repo.units[u.unit].name.value : std::string(c_.l.no_unit);
  }

  // Sums of the position sheet's figure columns over the unit's positions.
  FigureFormulas own_formulas(const UnitFigures& u) const {
    std::vector<int> rows;
    for (int i : u.positions) rows.push_back(c_.position_rows[static_cast<std::size_t>(i)]);
    return figure_sums(c_.x.positions_sheet, kPositionFiguresColumn, rows);
  }

  void write_own(std::size_t k) {
    const auto& u = c_.analysis.units[k];
    c_.book.text(sheet_, row_, 0, name(u), {Shape::Text, false, u.depth});
    write_figures(c_, sheet_, row_, kFirst, own_formulas(u), u.own, false);
    pieces_[k] = {row_++};
  }

  // A unit's total with its sub-units, once they are all written: the sum
  // of its own row and its children's totals. None when it is the
  // organisation's (the total row says it).
  void close_down_to(int depth) {
    const auto& units = c_.analysis.units;
    while (!open_.empty() && units[open_.back()].depth >= depth) {
      const std::size_t k = open_.back();
      open_.pop_back();
      const auto& u = units[k];
      std::vector<int> rows = pieces_[k];
      for (int child : u.children) {
        const auto& more = pieces_[static_cast<std::size_t>(child)];
        rows.insert(rows.end(), more.begin(), more.end());
      }
      pieces_[k] = rows;
      if (u.tree.positions == c_.analysis.total.positions) continue;
      c_.book.text(sheet_, row_, 0, with_sub_units(c_.l, name(u)), {Shape::Text, true, u.depth});
      write_figures(c_, sheet_, row_, kFirst, figure_sums("", kFirst, rows), u.tree, true);
      pieces_[k] = {row_++};
    }
  }

  void write_total() {
    const int total = c_.positions_total_row;
    const char* sheet = c_.x.positions_sheet;
    const auto at = [&](int offset) {
      return sheet_cell(sheet, total, kPositionFiguresColumn + offset);
    };
    c_.book.text(sheet_, row_, 0, c_.l.grand_total, {Shape::Text, true});
    write_figures(c_, sheet_, row_, kFirst, {at(0), at(1), at(2), at(3)}, c_.analysis.total, true);
  }

  XlsxContext& c_;
  lxw_worksheet* sheet_;
  std::vector<std::vector<int>> pieces_;  // [unit]: the rows that sum to its subtree
  std::vector<std::size_t> open_;         // units whose sub-units are being written
  int row_ = kFirstRow;
};

}  // namespace

void write_unit_sheet(XlsxContext& c) {
  write_title(c, c.sheets.units);
  std::vector<std::string> headings{c.l.unit};
  for (auto& h : figure_headings(c.l)) headings.push_back(std::move(h));
  c.book.headings(c.sheets.units, kHeadingRow, headings);
  c.book.widths(c.sheets.units, {44, 14, 11, 12, 10, 12, 8, 6});
  UnitWriter(c).write();
}

}  // namespace tatakerja::workload
