// The Markdown format: a pull-request comment. Its first line is the marker
// (kMarker) a CI recipe looks for to update its own comment; then a title,
// the summary table, and one <details> section a document, each with a
// table of what changed before -> after. Every text from the YAML goes
// through util::markdown. Nothing in it depends on time or order of files,
// so a push that changes nothing leaves the comment as it was.
#include "tatakerja/util/markdown.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "tatakerja/util/text.hpp"
#include "tatakerja/util/xml.hpp"
#include "writers.hpp"

namespace tatakerja::diff {

namespace {

namespace md = util::markdown;

std::string cell(const std::optional<std::string>& value) {
  return value ? md::cell(*value) : "—";
}

// An id in a table cell (Markdown: the cell's escaping applies inside).
std::string code(std::string_view id) {
  return "<code>" + md::cell(id) + "</code>";
}

// Text in a <summary>: its line is an HTML block, where Markdown is not
// read (its backslash escapes would show): controls shown as \xNN, line
// breaks and tabs as spaces, then HTML escaping.
std::string html(std::string_view text) {
  std::string flat(text);
  for (char& ch : flat) {
    if (ch == '\n' || ch == '\r' || ch == '\t') ch = ' ';
  }
  return util::xml_escape(util::escape_control(flat));
}

std::string html_code(std::string_view id) {
  return "<code>" + html(id) + "</code>";
}

class MarkdownWriter {
 public:
  explicit MarkdownWriter(std::ostream& out) : out_(out) {}

  void summary(const Changes& changes, const OutputOptions& options) {
    out_ << kMarker << '\n';
    out_ << fmt::format("### tatakerja diff: {} → {}\n\n", md::inline_text(options.before),
                        md::inline_text(options.after));
    if (changes.empty()) {
      out_ << "No change in meaning.\n";
      return;
    }
    const auto s = summarise(changes);
    out_ << "| | changed | added | removed |\n|---|---:|---:|---:|\n";
    row("SOPs", s.sops);
    row("Units", s.units);
    row("Positions", s.positions);
    row("Duties", s.duties);
    row("Employees", s.employees);
    if (s.workload_rows) out_ << fmt::format("| ABK rows | {} | | |\n", s.workload_rows);
    if (s.new_findings || s.gone_findings) {
      out_ << fmt::format("\n**Findings:** {} new ({} error{}), {} gone.\n", s.new_findings,
                          s.new_errors, s.new_errors == 1 ? "" : "s", s.gone_findings);
    }
  }

  void sop(const SopChange& c) {
    std::string notes = kind_name(c.kind);
    if (c.renamed && c.kind == Kind::Changed) notes += ", renamed";
    if (c.adopted) notes += ", adopted";
    const auto& id = c.kind == Kind::Removed ? c.id_before : c.id_after;
    open(fmt::format("SOP {} {} ({})", html_code(id), html(c.title), notes));
    std::vector<Field> all = c.identity;
    all.insert(all.end(), c.fields.begin(), c.fields.end());
    if (c.time_before || c.time_after)
      all.push_back({"main path time", c.time_before, c.time_after});
    fields(all);
    if (!c.steps.empty()) {
      out_ << "| step | change | what |\n|---|---|---|\n";
      for (const auto& s : c.steps) step(s);
      out_ << '\n';
    }
    close();
  }

  void unit(const UnitChange& c) {
    open(fmt::format("Unit {} {} ({})", html_code(c.id), html(c.name), kind_name(c.kind)));
    fields(c.fields);
    close();
  }

  void position(const PositionChange& c) {
    open(fmt::format("Position {} {} ({})", html_code(c.id), html(c.name), kind_name(c.kind)));
    fields(c.fields);
    if (!c.duties.empty()) {
      out_ << "| duty | change | what |\n|---|---|---|\n";
      for (const auto& d : c.duties) duty(d, c.id);
      out_ << '\n';
    }
    close();
  }

  void workload(const std::vector<WorkloadChange>& rows) {
    if (rows.empty()) return;
    open("ABK (Analisis Beban Kerja)");
    out_ << "| | figure | before | after | change |\n|---|---|---:|---:|---:|\n";
    for (const auto& row : rows) {
      const std::string name = row.level == WorkloadChange::Level::Office
                                   ? "office"
                                   : fmt::format("{} {}", level_name(row.level), code(row.id));
      for (const auto& f : row.figures) {
        // Figures are the tool's own numbers, not text from the YAML: as they are.
        out_ << fmt::format("| {} | {} | {} | {} | {} |\n", name, f.name, f.before.value_or("—"),
                            f.after.value_or("—"), f.delta);
      }
    }
    out_ << '\n';
    close();
  }

  void employee(const EmployeeChange& c) {
    open(fmt::format("Employee {} {} ({})", html_code(c.id), html(c.name), kind_name(c.kind)));
    std::vector<Field> all;
    if (c.position) all.push_back(*c.position);
    if (c.unit) all.push_back(*c.unit);
    fields(all);
    if (!c.gained.empty() || !c.lost.empty()) {
      // The duty sheet after the change, with what it lost below.
      out_ << "Lembar Uraian Tugas:\n\n| | duty |\n|---|---|\n";
      for (const auto& d : c.duties_after) {
        const bool gained = std::find(c.gained.begin(), c.gained.end(), d) != c.gained.end();
        out_ << fmt::format("| {} | {} |\n", gained ? "added" : "", md::cell(d));
      }
      for (const auto& d : c.lost) out_ << fmt::format("| removed | {} |\n", md::cell(d));
      out_ << '\n';
    }
    close();
  }

  void findings(const Changes& changes) {
    if (changes.new_findings.empty() && changes.gone_findings.empty()) return;
    open(fmt::format("Findings ({} new, {} gone)", changes.new_findings.size(),
                     changes.gone_findings.size()));
    out_ << "| | where | severity | rule | message |\n|---|---|---|---|---|\n";
    for (const auto& f : changes.new_findings) finding("new", f);
    for (const auto& f : changes.gone_findings) finding("gone", f);
    out_ << '\n';
    close();
  }

 private:
  void row(const char* what, const Count& c) {
    if (!c.total()) return;
    out_ << fmt::format("| {} | {} | {} | {} |\n", what, c.changed, c.added, c.removed);
  }

  void open(const std::string& summary) {
    out_ << fmt::format("\n<details><summary>{}</summary>\n\n", summary);
  }

  void close() { out_ << "</details>\n"; }

  void fields(const std::vector<Field>& list) {
    if (list.empty()) return;
    out_ << "| | before | after |\n|---|---|---|\n";
    for (const auto& f : list) {
      out_ << fmt::format("| {} | {} | {} |\n", f.name, cell(f.before), cell(f.after));
    }
    out_ << '\n';
  }

  void step(const StepChange& s) {
    std::string what = md::cell(s.text);
    for (const auto& f : s.fields) {
      what += fmt::format("<br>{}: {} → {}", f.name, cell(f.before), cell(f.after));
    }
    std::string change = kind_name(s.kind);
    if (s.moved) change = "moved";
    out_ << fmt::format("| {} | {} | {} |\n", step_places(s), change, what);
  }

  void duty(const DutyChange& d, const std::string& position) {
    std::string what = md::cell(d.text);
    for (const auto& f : d.fields) {
      what += fmt::format("<br>{}: {} → {}", f.name, cell(f.before), cell(f.after));
    }
    std::string change = kind_name(d.kind);
    if (d.moved) {
      change = d.position_after == position ? "moved from " + code(d.position_before)
                                            : "moved to " + code(d.position_after);
    }
    out_ << fmt::format("| {} | {} | {} |\n",
                        code(d.kind == Kind::Removed ? d.id_before : d.id_after), change, what);
  }

  void finding(const char* what, const Finding& f) {
    out_ << fmt::format("| {} | {}:{} | {} | {} | {} |\n", what, md::cell(f.file), f.line,
                        diag::severity_name(f.severity), code(f.rule), md::cell(f.message));
  }

  std::ostream& out_;
};

}  // namespace

void write_markdown(const Changes& changes, const OutputOptions& options, std::ostream& out) {
  MarkdownWriter w(out);
  write_in_order(changes, options, w);
}

}  // namespace tatakerja::diff
