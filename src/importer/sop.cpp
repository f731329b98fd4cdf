// SOP AP (Permenpan-RB 35/2012) out of a Word document or a workbook: the
// identity table (label beside its value, or above it in the two-column
// lower half: Dasar Hukum | Kualifikasi Pelaksana, ...) into the SOP's
// keys, and the procedure table into steps. Its header is "No | Kegiatan |
// Pelaksana (merged over one column a lane) | Mutu Baku (Kelengkapan,
// Waktu, Output) | Keterangan"; a step's lane is the column whose cell holds
// the row's symbol (a shape anchored in it, a symbol character, or any
// text), and a diamond makes it a decision.
#include <fmt/format.h>

#include <map>
#include <tuple>

#include "columns.hpp"
#include "sop_identity.hpp"
#include "tatakerja/importer/error.hpp"
#include "tatakerja/importer/forms.hpp"
#include "tatakerja/load/values.hpp"
#include "tatakerja/util/text.hpp"

namespace tatakerja::importer {

namespace {

enum class Col { None, Number, Activity, Actor, Requirements, Time, Output, Notes };

Col col_of(std::string_view l) {
  if (l == "no" || l == "nomor") return Col::Number;
  if (l.find("kegiatan") != std::string_view::npos || l == "uraian prosedur" || l == "activity") {
    return Col::Activity;
  }
  if (l.find("pelaksana") != std::string_view::npos || l == "actor") return Col::Actor;
  if (l.find("kelengkapan") != std::string_view::npos ||
      l.find("persyaratan") != std::string_view::npos) {
    return Col::Requirements;
  }
  if (l.find("waktu") != std::string_view::npos || l == "time") return Col::Time;
  if (l.find("output") != std::string_view::npos || l.find("hasil") != std::string_view::npos) {
    return Col::Output;
  }
  if (l.find("keterangan") != std::string_view::npos || l == "notes") return Col::Notes;
  return Col::None;
}

struct Procedure {
  std::uint32_t header_row = 0, first_row = 0;  // first_row: the first step's
  std::map<Col, std::uint32_t> columns;
  std::vector<std::pair<std::uint32_t, std::string>> lanes;  // column, lane name
};

std::string folded_at(const Sheet& s, std::uint32_t row, std::uint32_t col) {
  return util::fold_text(trimmed(s.at(row, col)));
}

const Merge* merge_at(const Sheet& s, std::uint32_t row, std::uint32_t col) {
  for (const auto& m : s.merges) {
    if (m.first_row == row && m.first_column == col) return &m;
  }
  return nullptr;
}

std::optional<Procedure> find_procedure(const Sheet& s) {
  const std::uint32_t last_col = std::min(s.last_column(), Limits::kScanColumns);
  for (std::uint32_t row = 1; row <= std::min<std::uint32_t>(s.last_row(), 200); ++row) {
    Procedure p;
    p.header_row = row;
    for (std::uint32_t c = 1; c <= last_col; ++c) {
      const Col role = col_of(folded_at(s, row, c));
      if (role != Col::None && !p.columns.count(role)) p.columns[role] = c;
    }
    if (!p.columns.count(Col::Activity) || !p.columns.count(Col::Actor)) continue;
    std::uint32_t below = row + 1;
    const std::uint32_t actor = p.columns[Col::Actor];
    const Merge* m = merge_at(s, row, actor);
    if (m && m->last_column > m->first_column) {  // one column a lane, named in the row below
      for (std::uint32_t c = m->first_column; c <= m->last_column; ++c) {
        p.lanes.emplace_back(c, trimmed(s.at(row + 1, c)));
      }
      for (std::uint32_t c = 1; c <= last_col; ++c) {  // Mutu Baku's sub-columns
        if (c >= m->first_column && c <= m->last_column) continue;
        const Col role = col_of(folded_at(s, row + 1, c));
        if (role != Col::None && role != Col::Number && !p.columns.count(role)) p.columns[role] = c;
      }
      below = row + 2;
    } else if (folded_at(s, row + 1, p.columns[Col::Activity]).empty() ||
               col_of(folded_at(s, row + 1, p.columns.begin()->second)) != Col::None) {
      below = row + 2;  // a second header row (Mutu Baku's labels)
      for (std::uint32_t c = 1; c <= last_col; ++c) {
        const Col role = col_of(folded_at(s, row + 1, c));
        if (role != Col::None && role != Col::Number && !p.columns.count(role)) p.columns[role] = c;
      }
    }
    p.first_row = below;
    return p;
  }
  return std::nullopt;
}

Symbol symbol_of_text(const std::string& t) {
  for (std::string_view d : {"\u25C7", "\u25C6", "\u2B26", "\u2B25", "\u2666", "\u22C4"}) {
    if (t.find(d) != std::string::npos) return Symbol::Decision;
  }
  for (std::string_view d : {"\u25CB", "\u25CF", "\u2B2D", "\u2B2F", "\u25EF", "\u2B2C"}) {
    if (t.find(d) != std::string::npos) return Symbol::Terminator;
  }
  return t.empty() ? Symbol::None : Symbol::Process;
}

class ProcedureReader {
 public:
  ProcedureReader(const Sheet& s, const Procedure& p, Imported& out) : s_(s), p_(p), out_(out) {}

  void read(ImportedSop& sop) {
    for (std::uint32_t row = p_.first_row; row <= s_.last_row(); ++row) {
      const std::string activity = text(row, Col::Activity);
      if (activity.empty()) continue;
      const std::string number = util::fold_text(text(row, Col::Number));
      if (!number.empty() && number.find_first_not_of("0123456789") != std::string::npos) continue;
      if (util::fold_text(activity).find_first_not_of("0123456789 ") == std::string::npos) continue;
      sop.steps.push_back(step(row, activity));
    }
  }

 private:
  std::string text(std::uint32_t row, Col col) const {
    const auto it = p_.columns.find(col);
    if (it == p_.columns.end()) return "";
    const Cell* c = s_.at(row, it->second);
    return c && c->row == row ? trimmed(c) : "";
  }

  ImportedStep step(std::uint32_t row, const std::string& activity) {
    ImportedStep st;
    st.place = {s_.name, row, p_.columns.at(Col::Activity)};
    st.activity = activity;
    lane(row, st);
    st.requirements = text(row, Col::Requirements);
    st.output = text(row, Col::Output);
    st.notes = text(row, Col::Notes);
    const std::string time = text(row, Col::Time);
    if (!time.empty()) {
      if (load::parse_duration(time, model::Duration{5 * 3600}).ok()) {
        st.time = time;
      } else {
        out_.findings.push_back({findings::kUnplaced,
                                 false,
                                 {s_.name, row, p_.columns.at(Col::Time)},
                                 fmt::format("`{}` is not a time", util::escape_control(time))});
      }
    }
    return st;
  }

  void lane(std::uint32_t row, ImportedStep& st) {
    if (p_.lanes.empty()) {  // one Pelaksana column: the actor typed in it
      st.actor = text(row, Col::Actor);
      st.lane = {s_.name, row, p_.columns.at(Col::Actor)};
      return;
    }
    std::vector<std::tuple<std::uint32_t, std::string, Symbol>> marked;
    for (const auto& [col, name] : p_.lanes) {
      const Cell* c = s_.at(row, col);
      if (!c || c->row != row) continue;
      const Symbol sym = c->symbol != Symbol::None ? c->symbol : symbol_of_text(trimmed(c));
      if (sym != Symbol::None) marked.emplace_back(col, name, sym);
    }
    if (marked.empty()) {
      out_.findings.push_back({findings::kUnplaced,
                               false,
                               {s_.name, row, p_.columns.at(Col::Activity)},
                               "no lane of this step holds a symbol: its actor is left out"});
      return;
    }
    st.actor = std::get<1>(marked.front());
    st.lane = {s_.name, p_.header_row + 1, std::get<0>(marked.front())};
    st.decision = std::get<2>(marked.front()) == Symbol::Decision;
    if (marked.size() > 1) {
      out_.findings.push_back(
          {findings::kUnplaced,
           false,
           {s_.name, row, p_.columns.at(Col::Activity)},
           fmt::format("symbols in {} lanes: the step is given to the first, `{}`", marked.size(),
                       util::escape_control(st.actor))});
    }
  }

  const Sheet& s_;
  const Procedure& p_;
  Imported& out_;
};

}  // namespace

bool read_sop(const Book& book, Imported& out) {
  bool found = false;
  for (const auto& sheet : book.sheets) {
    const auto procedure = find_procedure(sheet);
    if (!procedure) continue;
    found = true;
    ImportedSop sop;
    sop.place = {sheet.name, procedure->header_row, 0};
    read_identity(sheet, 1, procedure->header_row - 1, sop, out);
    if (sop.title.empty()) {  // a Word document: the identity is a table of its own
      for (const auto& other : book.sheets) {
        if (&other != &sheet && !find_procedure(other))
          read_identity(other, 1, other.last_row(), sop, out);
      }
    }
    ProcedureReader(sheet, *procedure, out).read(sop);
    if (sop.title.empty()) {
      sop.title = sheet.name;
      out.findings.push_back({findings::kUnplaced,
                              false,
                              {sheet.name, 0, 0},
                              fmt::format("no \"Nama SOP\" found: the SOP is named after `{}`",
                                          util::escape_control(sheet.name))});
    }
    out.sops.push_back(std::move(sop));
  }
  return found;
}

}  // namespace tatakerja::importer
