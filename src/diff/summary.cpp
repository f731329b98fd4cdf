#include "tatakerja/diff/output.hpp"
#include "writers.hpp"

namespace tatakerja::diff {

namespace {

void add(Count& count, Kind kind) {
  switch (kind) {
    case Kind::Added:
      ++count.added;
      return;
    case Kind::Removed:
      ++count.removed;
      return;
    case Kind::Changed:
      ++count.changed;
      return;
  }
}

}  // namespace

Summary summarise(const Changes& changes) {
  Summary s;
  for (const auto& c : changes.sops) add(s.sops, c.kind);
  for (const auto& c : changes.units) add(s.units, c.kind);
  for (const auto& p : changes.positions) {
    add(s.positions, p.kind);
    for (const auto& d : p.duties) {
      if (d.kind != Kind::Removed || d.position_before == p.id) add(s.duties, d.kind);
    }
  }
  for (const auto& c : changes.employees) add(s.employees, c.kind);
  s.workload_rows = changes.workload.size();
  s.new_findings = changes.new_findings.size();
  s.gone_findings = changes.gone_findings.size();
  s.new_errors = changes.new_errors();
  return s;
}

void write_changes(Format format, const Changes& changes, const OutputOptions& options,
                   std::ostream& out) {
  switch (format) {
    case Format::Text:
      return write_text(changes, options, out);
    case Format::Markdown:
      return write_markdown(changes, options, out);
    case Format::Json:
      return write_json(changes, options, out);
  }
}

}  // namespace tatakerja::diff
