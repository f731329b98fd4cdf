// The position and unit views (`--by position`, `--by unit`), and the
// figure columns every view shares.
#include <string>

#include "sheet.hpp"

namespace tatakerja::workload {

namespace {

using Cell = std::optional<std::string>;

std::string unit_id(const model::Repository& repo, int u) {
  return u >= 0 ? repo.units[u].doc.id.value : std::string();
}

std::string unit_name(const model::Repository& repo, const Labels& l, int u) {
  return u >= 0 ? repo.units[u].name.value : std::string(l.no_unit);
}

Row figure_row(RowKind kind, int indent, std::vector<Cell> cells, const Figures& figures,
               const Settings& settings) {
  Row row{kind, indent, std::move(cells)};
  add_figure_cells(row, figures, settings);
  return row;
}

// A unit's positions, each a row, then their subtotal.
void add_unit_positions(const model::Repository& repo, const Analysis& analysis, const Labels& l,
                        const UnitFigures& unit, Sheet& sheet) {
  const bool grouped = !repo.units.empty();
  const int indent = grouped ? unit.depth + 1 : 0;
  const std::string id = unit_id(repo, unit.unit),
                    name = grouped ? unit_name(repo, l, unit.unit) : "";
  if (grouped) sheet.rows.push_back(Row{RowKind::Heading, unit.depth, {name}});
  for (int i : unit.positions) {
    const auto& p = analysis.positions[i];
    const auto& position = repo.positions[p.position];
    sheet.rows.push_back(figure_row(RowKind::Item, indent,
                                    {id, name, position.doc.id.value, position.name.value},
                                    p.figures, analysis.settings));
  }
  if (grouped && !unit.positions.empty()) {
    sheet.rows.push_back(figure_row(RowKind::Subtotal, indent, {id, name, "", l.subtotal}, unit.own,
                                    analysis.settings));
  }
}

}  // namespace

std::string hours_text(const Ratio& load) {
  return decimal(hours(load), 2, true);
}
std::string three_decimals(const Ratio& value) {
  return decimal(value, 3);
}
std::string minutes_text(const Ratio& seconds) {
  return decimal(seconds / Ratio(60), 2, true);
}
std::string whole_text(Wide value) {
  return to_string(value);
}

void add_figure_columns(Sheet& sheet) {
  const Labels& l = *sheet.labels;
  sheet.columns.push_back({l.hours, true});
  sheet.columns.push_back({l.required, true});
  sheet.columns.push_back({l.needed, true});
  sheet.columns.push_back({l.staff, true});
  sheet.columns.push_back({l.balance, true, true});
  sheet.columns.push_back({l.ej, true});
  sheet.columns.push_back({l.pj});
}

void add_figure_cells(Row& row, const Figures& f, const Settings& settings) {
  const auto ej = effectiveness(f.load, f.staff, settings);
  const auto grade = grade_of(ej, settings.grades);
  row.cells.push_back(hours_text(f.load));
  row.cells.push_back(three_decimals(f.required));
  row.cells.push_back(whole_text(f.needed));
  row.cells.push_back(whole_text(f.staff));
  row.cells.push_back(whole_text(balance(f)));
  row.cells.push_back(ej ? Cell(three_decimals(*ej)) : std::nullopt);
  row.cells.push_back(grade ? Cell(std::string(1, grade_letter(*grade))) : std::nullopt);
}

Sheet position_sheet(const model::Repository& repo, const Analysis& analysis, const Labels& l) {
  Sheet sheet;
  sheet.labels = &l;
  sheet.columns = {{l.unit_id, false, false, true},
                   {l.unit, false, false, true},
                   {l.position_id, false, false, true},
                   {l.position}};
  add_figure_columns(sheet);
  for (const auto& unit : analysis.units) add_unit_positions(repo, analysis, l, unit, sheet);
  sheet.rows.push_back(figure_row(RowKind::Total, 0, {"", "", "", l.grand_total}, analysis.total,
                                  analysis.settings));
  return sheet;
}

Sheet unit_sheet(const model::Repository& repo, const Analysis& analysis, const Labels& l) {
  Sheet sheet;
  sheet.labels = &l;
  sheet.columns = {{l.unit_id, false, false, true}, {l.unit}};
  add_figure_columns(sheet);
  // A unit with sub-units gets a total with them once its sub-tree is done,
  // unless that total is the organisation's (its tree holds every position).
  std::vector<const UnitFigures*> open;
  auto close_down_to = [&](int depth) {
    while (!open.empty() && open.back()->depth >= depth) {
      const auto& u = *open.back();
      open.pop_back();
      if (u.tree.positions == analysis.total.positions) continue;
      sheet.rows.push_back(
          figure_row(RowKind::Subtotal, u.depth,
                     {unit_id(repo, u.unit), with_sub_units(l, unit_name(repo, l, u.unit))}, u.tree,
                     analysis.settings));
    }
  };
  for (const auto& unit : analysis.units) {
    close_down_to(unit.depth);
    sheet.rows.push_back(figure_row(RowKind::Item, unit.depth,
                                    {unit_id(repo, unit.unit), unit_name(repo, l, unit.unit)},
                                    unit.own, analysis.settings));
    if (!unit.children.empty()) open.push_back(&unit);
  }
  close_down_to(0);
  sheet.rows.push_back(
      figure_row(RowKind::Total, 0, {"", l.grand_total}, analysis.total, analysis.settings));
  return sheet;
}

}  // namespace tatakerja::workload
