// What goes into the book, in which order (handbook.md, "Contents, in
// order"): one chapter a unit in the order of the unit tree, then a chapter
// for what has no unit; in a chapter, the unit's head first and the other
// positions by name, then the SOPs by title.
#include <fmt/format.h>

#include <algorithm>
#include <string_view>

#include "tatakerja/render/book.hpp"
#include "tatakerja/render/employee_sheet.hpp"
#include "tatakerja/util/error.hpp"
#include "tatakerja/util/text.hpp"

namespace tatakerja::render {

namespace {

bool goes_in(const model::Sop& sop, bool include_drafts) {
  switch (sop.effective_status()) {
    case model::SopStatus::Approved:
    case model::SopStatus::Active:
      return true;
    case model::SopStatus::Draft:
    case model::SopStatus::Review:
      return include_drafts;
    case model::SopStatus::Archived:
      return false;
  }
  return false;
}

// The index of `id` in `index`, or a Failure naming the option, with a
// suggestion.
int find_or_fail(const std::unordered_map<std::string, int>& index, const std::string& id,
                 std::string_view option, std::string_view kind) {
  if (auto it = index.find(id); it != index.end()) return it->second;
  std::vector<std::string_view> names;
  names.reserve(index.size());
  for (const auto& [name, i] : index) names.push_back(name);
  std::sort(names.begin(), names.end());  // suggestions must not depend on hashing
  std::string message =
      fmt::format("{} {}: no {} has this id", option, util::escape_control(id), kind);
  message += util::did_you_mean(util::suggest(id, names));
  throw util::Failure(message);
}

// --sop names an SOP that the book leaves out: say why rather than write
// an empty book.
void refuse_left_out(const model::Sop& sop, const std::string& id, bool include_drafts) {
  if (goes_in(sop, include_drafts)) return;
  const auto status = sop.effective_status();
  throw util::Failure(
      status == model::SopStatus::Archived
          ? fmt::format("--sop {}: the SOP is archived, and archived SOPs never go into the book",
                        util::escape_control(id))
          : fmt::format("--sop {}: the SOP is a {}; add --include-drafts to render it",
                        util::escape_control(id), model::status_name(status)));
}

// The units `unit` and every unit under it (false for the rest).
std::vector<char> sub_tree(const std::vector<std::pair<int, int>>& tree, int unit,
                           std::size_t units) {
  std::vector<char> in(units, 0);
  for (std::size_t i = 0; i < tree.size(); ++i) {
    if (tree[i].first != unit) continue;
    in[unit] = 1;
    for (std::size_t j = i + 1; j < tree.size() && tree[j].second > tree[i].second; ++j) {
      in[tree[j].first] = 1;
    }
    break;
  }
  return in;
}

}  // namespace

bool Book::is_draft(int sop) const {
  const auto status = repo->sops[sop].effective_status();
  return status == model::SopStatus::Draft || status == model::SopStatus::Review;
}

Book plan(const model::Repository& repo, const workload::Analysis& analysis, BookOptions options) {
  Book book;
  book.repo = &repo;
  book.analysis = &analysis;
  book.options = std::move(options);
  const auto& o = book.options;

  const auto tree = workload::unit_tree_order(repo);
  std::vector<int> chapter_of(repo.units.size(), -1);
  std::vector<Chapter> chapters;
  for (const auto& [u, depth] : tree) {
    chapter_of[u] = static_cast<int>(chapters.size());
    chapters.push_back(Chapter{u, depth, {}, {}, -1});
  }
  chapters.push_back(Chapter{-1, 0, {}, {}, -1});  // no unit
  const auto chapter_for = [&](int unit) -> Chapter& {
    return unit >= 0 && unit < static_cast<int>(chapter_of.size()) && chapter_of[unit] >= 0
               ? chapters[chapter_of[unit]]
               : chapters.back();
  };

  int only_sop = -1;
  std::vector<char> in_unit;
  if (o.sop) {
    only_sop = find_or_fail(repo.sop_index, *o.sop, "--sop", "SOP");
    refuse_left_out(repo.sops[only_sop], *o.sop, o.include_drafts);
  }
  if (o.unit) {
    in_unit =
        sub_tree(tree, find_or_fail(repo.unit_index, *o.unit, "--unit", "unit"), repo.units.size());
  }
  const auto unit_selected = [&](int unit) {
    return in_unit.empty() ||
           (unit >= 0 && unit < static_cast<int>(in_unit.size()) && in_unit[unit]);
  };

  if (!o.employees.empty()) {
    for (const auto& id : o.employees) {
      const int e = find_or_fail(repo.employee_index, id, "--employee", "employee");
      if (std::find(book.employees.begin(), book.employees.end(), e) == book.employees.end()) {
        book.employees.push_back(e);
      }
    }
    return book;  // the sheets alone
  }

  if (only_sop < 0) {
    for (int p = 0; p < static_cast<int>(repo.positions.size()); ++p) {
      const int unit = repo.positions[p].unit_ref;
      if (unit_selected(unit)) chapter_for(unit).positions.push_back(p);
    }
  }
  for (int s = 0; s < static_cast<int>(repo.sops.size()); ++s) {
    const auto& sop = repo.sops[s];
    if (only_sop >= 0 && s != only_sop) continue;
    if (!goes_in(sop, o.include_drafts)) continue;
    const int unit = sop_unit(repo, sop);
    if (unit_selected(unit)) chapter_for(unit).sops.push_back(s);
  }

  for (auto& chapter : chapters) {
    const int head = chapter.unit >= 0 ? repo.units[chapter.unit].head_ref : -1;
    std::stable_sort(chapter.positions.begin(), chapter.positions.end(), [&](int a, int b) {
      if ((a == head) != (b == head)) return a == head;
      const auto& pa = repo.positions[a];
      const auto& pb = repo.positions[b];
      if (pa.name.value != pb.name.value) return pa.name.value < pb.name.value;
      return pa.doc.id.value < pb.doc.id.value;
    });
    std::stable_sort(chapter.sops.begin(), chapter.sops.end(), [&](int a, int b) {
      const auto& sa = repo.sops[a];
      const auto& sb = repo.sops[b];
      if (sa.title.value != sb.title.value) return sa.title.value < sb.title.value;
      return sa.doc.id.value < sb.doc.id.value;
    });
  }
  // A unit is a chapter when it or a unit below it holds anything: a parent
  // without positions of its own still heads its sub-units (handbook.md), so
  // they are neither lost nor numbered under the unit before it. Walking the
  // tree backwards, a chapter's children come before it. (Chapter c < tree
  // size is row c of the tree; the last chapter, no unit, has no parent.)
  auto parents = workload::tree_parents(tree);
  parents.push_back(-1);
  std::vector<char> keep(chapters.size(), 0);
  for (std::size_t c = chapters.size(); c-- > 0;) {
    if (!chapters[c].positions.empty() || !chapters[c].sops.empty()) keep[c] = 1;
    const int up = parents[c];
    // --sop is that SOP alone; --unit starts at the unit it names
    if (keep[c] && up >= 0 && only_sop < 0 && unit_selected(chapters[up].unit)) keep[up] = 1;
  }
  std::vector<int> book_index(chapters.size(), -1);
  for (std::size_t c = 0; c < chapters.size(); ++c) {
    if (!keep[c]) continue;
    book_index[c] = static_cast<int>(book.chapters.size());
    auto& chapter = chapters[c];
    chapter.parent = parents[c] >= 0 ? book_index[parents[c]] : -1;
    book.positions.insert(book.positions.end(), chapter.positions.begin(), chapter.positions.end());
    book.sops.insert(book.sops.end(), chapter.sops.begin(), chapter.sops.end());
    book.chapters.push_back(std::move(chapter));
  }
  std::vector<std::vector<int>> holders(repo.positions.size());
  for (int e = 0; e < static_cast<int>(repo.employees.size()); ++e) {
    const int p = repo.employees[e].position_ref;
    if (p >= 0 && p < static_cast<int>(holders.size())) holders[p].push_back(e);
  }
  for (int p : book.positions) {
    book.employees.insert(book.employees.end(), holders[p].begin(), holders[p].end());
  }
  return book;
}

int sop_unit(const model::Repository& repo, const model::Sop& sop) {
  if (sop.unit_ref >= 0) return sop.unit_ref;
  if (sop.owner_ref >= 0) return repo.positions[sop.owner_ref].unit_ref;
  return -1;
}

std::vector<std::string> kop_lines(const model::Repository& repo, int unit) {
  const auto chain = unit_chain(repo, unit);
  for (auto it = chain.rbegin(); it != chain.rend(); ++it) {
    const auto& lines = repo.units[*it].letterhead.items;
    if (lines.empty()) continue;
    std::vector<std::string> out;
    for (const auto& line : lines) out.push_back(line.value);
    return out;
  }
  return repo.config.handbook.letterhead;
}

std::vector<std::string> letterhead(const model::Repository& repo, int unit) {
  auto lines = kop_lines(repo, unit);
  std::vector<std::string> kop_lower;
  for (const auto& line : lines) kop_lower.push_back(util::to_lower_ascii(line));
  for (int u : unit_chain(repo, unit)) {
    const auto& name = repo.units[u].name.value;
    if (std::find(kop_lower.begin(), kop_lower.end(), util::to_lower_ascii(name)) ==
        kop_lower.end()) {
      lines.push_back(name);
    }
  }
  return lines;
}

std::vector<int> index_order(const Book& book, bool by_number) {
  const auto& repo = book.r();
  auto sops = book.sops;
  const auto number = [&](int s) -> std::string_view {
    const auto& n = repo.sops[s].number;
    return n ? std::string_view(n->value) : std::string_view();
  };
  std::stable_sort(sops.begin(), sops.end(), [&](int a, int b) {
    const auto& sa = repo.sops[a];
    const auto& sb = repo.sops[b];
    if (by_number) {
      const auto na = number(a), nb = number(b);
      if (na.empty() != nb.empty()) return nb.empty();
      if (na != nb) return util::natural_less(na, nb);
    }
    if (sa.title.value != sb.title.value) return sa.title.value < sb.title.value;
    return sa.doc.id.value < sb.doc.id.value;
  });
  return sops;
}

std::string file_component(std::string_view id) {
  std::string out;
  for (unsigned char c : id) {
    const bool keep = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                      c == '-' || c == '_' || c == '.';
    if (keep) {
      out += static_cast<char>(c);
    } else {
      out += fmt::format("_{:02X}", c);
    }
  }
  if (out.empty() || out == "." || out == "..") out = "_" + out;
  return out;
}

}  // namespace tatakerja::render
