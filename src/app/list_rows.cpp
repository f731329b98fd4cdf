#include "list_rows.hpp"

#include <fmt/format.h>

#include <array>

#include "tatakerja/util/error.hpp"
#include "tatakerja/util/text.hpp"
#include "tatakerja/workload/figures.hpp"

namespace tatakerja::app::list {

namespace {

using model::Repository;
constexpr auto T = CellType::Text;
constexpr auto N = CellType::Number;
constexpr auto L = CellType::List;

Cell text(std::string value) {
  return Cell{true, {std::move(value)}};
}
Cell text(const model::Text& t) {
  return t.value.empty() ? Cell{} : text(t.value);
}
Cell text(const std::optional<model::Text>& t) {
  return t ? text(*t) : Cell{};
}
Cell number(std::int64_t n) {
  return text(std::to_string(n));
}
Cell number(const std::optional<model::Located<std::int64_t>>& n) {
  return n ? number(n->value) : Cell{};
}
Cell file_of(const Repository& repo, const model::DocumentInfo& doc) {
  return text(repo.files[doc.start.file].path);
}

// Json only (no header): where the document is.
constexpr Column kFile{"", "file", T};

Listing units(const Repository& repo) {
  Listing l{
      {{"ID", "id", T}, {"NAME", "name", T}, {"PARENT", "parent", T}, {"HEAD", "head", T}, kFile},
      {}};
  for (const auto& u : repo.units) {
    l.rows.push_back(
        {text(u.doc.id), text(u.name), text(u.parent), text(u.head), file_of(repo, u.doc)});
  }
  return l;
}

// Pegawai yang ada: the Employee documents that name it, else `staff`.
Cell staff_of(const Repository& repo, int index) {
  std::int64_t employees = 0;
  for (const auto& e : repo.employees) employees += e.position_ref == index ? 1 : 0;
  if (employees > 0) return number(employees);
  return number(repo.positions[static_cast<std::size_t>(index)].staff);
}

Listing positions(const Repository& repo) {
  Listing l{{{"ID", "id", T},
             {"NAME", "name", T},
             {"UNIT", "unit", T},
             {"TYPE", "type", T},
             {"GRADE", "grade", N},
             {"STAFF", "staff", N},
             kFile},
            {}};
  for (std::size_t i = 0; i < repo.positions.size(); ++i) {
    const auto& p = repo.positions[i];
    l.rows.push_back({text(p.doc.id), text(p.name), text(p.unit), text(p.type), number(p.grade),
                      staff_of(repo, static_cast<int>(i)), file_of(repo, p.doc)});
  }
  return l;
}

Cell hours_of(const workload::DutyFigures& d) {
  if (!d.counted) return {};
  return text(workload::decimal(workload::hours(d.load), 6, true));
}

Cell sops_of(const Repository& repo, const workload::DutyFigures& d) {
  Cell cell{true, {}};
  for (int s : d.sops) cell.values.push_back(repo.sops[static_cast<std::size_t>(s)].doc.id.value);
  return cell;
}

Listing duties(const Repository& repo) {
  Listing l{{{"POSITION", "position", T},
             {"DUTY", "duty", T},
             {"NUMBER", "number", T},  // 1, 1.a (rincian tugas)
             {"PARENT", "parent", T},  // the duty a subtask is under
             {"TEXT", "text", T},
             {"HOURS", "hours", N},
             {"SOPS", "sops", L},
             kFile},
            {}};
  const auto analysis = workload::analyse(repo, workload::settings_of(repo.config));
  std::vector<const workload::PositionFigures*> figures(repo.positions.size(), nullptr);
  for (const auto& p : analysis.positions) figures[static_cast<std::size_t>(p.position)] = &p;
  for (std::size_t i = 0; i < repo.positions.size(); ++i) {
    const auto& p = repo.positions[i];
    for (std::size_t k = 0; k < p.duties.size(); ++k) {
      workload::DutyFigures none;
      none.counted = false;
      const auto* f = figures[i] && k < figures[i]->duties.size() ? &figures[i]->duties[k] : &none;
      const auto& duty = p.duties[k];
      const Cell parent = duty.is_subtask() ? text(p.duties[duty.parent].id) : Cell{};
      l.rows.push_back({text(p.doc.id), text(duty.id), Cell{true, {duty.number}}, parent,
                        text(duty.text), hours_of(*f), sops_of(repo, *f), file_of(repo, p.doc)});
    }
  }
  return l;
}

Listing sops(const Repository& repo) {
  Listing l{{{"ID", "id", T},
             {"NUMBER", "number", T},
             {"TITLE", "title", T},
             {"STATUS", "status", T},
             {"UNIT", "unit", T},
             {"OWNER", "owner", T},
             {"STEPS", "steps", N},
             kFile},
            {}};
  for (const auto& s : repo.sops) {
    l.rows.push_back({text(s.doc.id), text(s.number), text(s.title),
                      text(model::status_name(s.effective_status())), text(s.unit), text(s.owner),
                      number(static_cast<std::int64_t>(s.steps.size())), file_of(repo, s.doc)});
  }
  return l;
}

Listing employees(const Repository& repo) {
  Listing l{{{"ID", "id", T}, {"NAME", "name", T}, {"POSITION", "position", T}, kFile}, {}};
  for (const auto& e : repo.employees) {
    l.rows.push_back({text(e.doc.id), text(e.name), text(e.position), file_of(repo, e.doc)});
  }
  return l;
}

Listing roles(const Repository& repo) {
  Listing l{
      {{"ID", "id", T}, {"NAME", "name", T}, {"UNIT", "unit", T}, {"MEMBERS", "members", L}, kFile},
      {}};
  for (const auto& r : repo.roles) {
    Cell members{true, {}};
    for (const auto& m : r.members.items) members.values.push_back(m.value);
    l.rows.push_back({text(r.doc.id), text(r.name), text(r.unit), members, file_of(repo, r.doc)});
  }
  return l;
}

constexpr std::array<std::string_view, 6> kKinds{"units", "positions", "duties",
                                                 "sops",  "employees", "roles"};

}  // namespace

void check_kind(std::string_view kind) {
  for (auto k : kKinds) {
    if (k == kind) return;
  }
  std::string message = fmt::format(
      "`{}` is not a kind to list: expected units, positions, duties, sops, employees or roles",
      util::escape_control(kind));
  message += util::did_you_mean(util::suggest(kind, kKinds));
  throw util::Failure(message);
}

Listing list_of(std::string_view kind, const Repository& repo) {
  check_kind(kind);
  if (kind == "units") return units(repo);
  if (kind == "positions") return positions(repo);
  if (kind == "duties") return duties(repo);
  if (kind == "sops") return sops(repo);
  if (kind == "roles") return roles(repo);
  return employees(repo);
}

}  // namespace tatakerja::app::list
