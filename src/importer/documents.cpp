#include "tatakerja/importer/documents.hpp"

#include <fmt/format.h>

#include <map>
#include <set>

#include "sop_document.hpp"
#include "tatakerja/util/text.hpp"
#include "tatakerja/yaml/emit.hpp"

namespace tatakerja::importer {

using yaml::Out;

std::string make_id(std::string_view name, std::size_t words) {
  std::string out;
  std::size_t count = 0;
  bool gap = false;
  for (const char ch : name) {
    const bool alnum =
        (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9');
    if (!alnum) {
      gap = !out.empty();
      continue;
    }
    if (gap) {
      if (++count >= words) break;
      out += '-';
      gap = false;
    }
    out += static_cast<char>(ch >= 'A' && ch <= 'Z' ? ch - 'A' + 'a' : ch);
  }
  return out.empty() ? "item" : out;
}

std::string position_id(std::string_view name) {
  return make_id(name);
}

namespace {

// An id the file gives (a workbook tatakerja wrote), when it is one the
// format takes; else the one made of the name.
std::string id_or(const std::string& given, const std::string& made) {
  const bool valid = !given.empty() && given.size() <= 100 &&
                     given.find_first_not_of(
                         "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
                         "0123456789-_.") == std::string::npos;
  return valid ? given : made;
}

}  // namespace

std::string position_id(const ImportedPosition& p) {
  return id_or(p.id, make_id(p.name));
}

namespace {

Out text(const std::string& value) {
  return text_out(value);
}

// Ids made unique by a number: each base id remembers the next number to
// try, so a thousand duties of one text cost a thousand steps, not a
// million.
class Ids {
 public:
  std::string unique(const std::string& id) {
    if (taken_.insert(id).second) return id;
    int& n = next_.try_emplace(id, 2).first->second;
    std::string candidate;
    do {
      candidate = fmt::format("{}-{}", id, n++);
    } while (!taken_.insert(candidate).second);
    return candidate;
  }

 private:
  std::set<std::string> taken_;
  std::map<std::string, int> next_;
};

Out duty_out(const ImportedDuty& d, Ids& ids) {
  Out m = Out::map();
  m.add("id", Out::text(ids.unique(id_or(d.id, make_id(d.text, 4)))));
  m.add("text", text(d.text));
  if (!d.output.empty()) m.add("output", text(d.output));
  if (!d.unit_of_output.empty()) m.add("unit_of_output", text(d.unit_of_output));
  if (d.subtasks.empty()) {
    if (!d.volume.empty()) m.add("volume", Out::text(d.volume));
    if (!d.standard_time.empty()) m.add("standard_time", Out::text(d.standard_time));
    return m;
  }
  Out& subtasks = m.add("subtasks", Out::list());
  for (const auto& s : d.subtasks) subtasks.items.push_back(duty_out(s, ids));
  return m;
}

std::string origin(const std::string& source, const Place& place) {
  return place.sheet.empty()
             ? fmt::format("Imported by `tatakerja import` from {}", source)
             : fmt::format("Imported by `tatakerja import` from {}, {}", source, place.sheet);
}

}  // namespace

std::vector<NewFile> documents(const Imported& imported, const std::string& source,
                               const Known& known, std::vector<Finding>& findings) {
  std::vector<NewFile> files;
  std::map<std::string, std::string> unit_ids;  // name -> id
  Ids unit_taken, position_taken;
  std::set<std::string> existing_units;  // names whose Unit the repository has
  const auto add_unit = [&](const std::string& name) {
    if (name.empty() || unit_ids.count(name)) return;
    if (const auto k = known.units.find(util::fold_text(name)); k != known.units.end()) {
      unit_ids[name] = k->second;
      existing_units.insert(name);
    } else {
      unit_ids[name] = unit_taken.unique(make_id(name));
    }
  };
  for (const auto& p : imported.positions) {
    if (!p.unit.empty() && !p.unit_id.empty() && !unit_ids.count(p.unit)) {
      unit_ids[p.unit] = unit_taken.unique(id_or(p.unit_id, make_id(p.unit)));
    }
    add_unit(p.unit);
  }
  for (const auto& s : imported.sops) add_unit(s.unit);
  Out config = Out::map();
  std::string organization = imported.organization.value_or("");
  if (organization.empty() && !unit_ids.empty()) organization = unit_ids.begin()->first;
  if (organization.empty()) organization = "Organisasi";
  config.add("organization", text(organization));
  if (imported.effective_hours) {
    config.add("workload", Out::map()).add("effective_hours", Out::text(*imported.effective_hours));
  }
  files.push_back({"tatakerja.yaml", yaml::emit(config, origin(source, {})), "tatakerja.yaml"});
  for (const auto& [name, id] : unit_ids) {
    if (existing_units.count(name)) continue;
    Out u = Out::map();
    u.add("kind", Out::text("Unit"));
    u.add("id", Out::text(id));
    u.add("name", text(name));
    files.push_back(
        {"units/" + id + ".yaml", yaml::emit(u, origin(source, {})), "unit `" + id + "`"});
  }
  for (const auto& p : imported.positions) {
    const std::string id = position_taken.unique(position_id(p));
    Out m = Out::map();
    m.add("kind", Out::text("Position"));
    m.add("id", Out::text(id));
    m.add("name", text(p.name));
    if (!p.unit.empty()) m.add("unit", Out::text(unit_ids.at(p.unit)));
    if (!p.type.empty()) m.add("type", text(p.type));
    if (!p.grade.empty()) m.add("grade", Out::text(p.grade));
    if (!p.summary.empty()) m.add("summary", text(p.summary));
    if (p.staff) m.add("staff", Out::text(*p.staff));
    Ids duty_ids;
    Out& duties = m.add("duties", Out::list());
    for (const auto& d : p.duties) duties.items.push_back(duty_out(d, duty_ids));
    files.push_back({"positions/" + id + ".yaml", yaml::emit(m, origin(source, p.place)),
                     fmt::format("position `{}` ({} duties)", id, p.duties.size())});
  }
  Ids sop_taken;
  for (const auto& s : imported.sops) {
    const std::string id = sop_taken.unique(make_id(s.title.empty() ? s.number : s.title));
    files.push_back({"sops/" + id + ".yaml",
                     yaml::emit(sop_document(s, id, unit_ids, known.positions, findings),
                                origin(source, s.place)),
                     fmt::format("SOP `{}` ({} steps)", id, s.steps.size())});
  }
  return files;
}

}  // namespace tatakerja::importer
