// An SOP in the SOP AP layout (Permenpan-RB 35/2012), as Markdown: the
// identity table, the flowchart as a Mermaid block, the procedure table.
#include <fmt/format.h>

#include <sstream>

#include "markdown.hpp"
#include "tatakerja/flow/output.hpp"
#include "tatakerja/util/text.hpp"

namespace tatakerja::render::md {

namespace {

// Items of a list as one cell: "1. a<br>2. b"; one item alone; "-" none.
std::string list_cell(const Context& c, const model::TextList& list) {
  if (list.items.empty()) return c.l.none;
  if (list.items.size() == 1) return cell(list.items[0].value);
  std::string out;
  for (std::size_t i = 0; i < list.items.size(); ++i) {
    if (i > 0) out += "<br>";
    out += fmt::format("{}. {}", i + 1, cell(list.items[i].value));
  }
  return out;
}

std::string date_cell(const Context& c, const std::optional<model::Located<model::Date>>& date) {
  return model::readable(date) ? format_date(date->value, c.language()) : std::string(c.l.none);
}

// Who approved or prepared the SOP: the position (after "Plt."/"Plh." when
// acting), the name, the NIP, one a line.
std::string signer_cell(const Context& c, const std::optional<model::Approver>& signer) {
  if (!signer) return c.l.none;
  const auto& a = *signer;
  if (a.text) return cell(a.text->value);
  std::vector<std::string> lines;
  const std::string acting = a.acting ? cell(a.acting->value) + ". " : std::string();
  if (a.position_ref >= 0) {
    lines.push_back(acting +
                    position_link(c, a.position_ref, c.repo.positions[a.position_ref].name.value));
  } else if (a.position) {
    lines.push_back(acting + cell(a.position->value));
  }
  if (a.name) lines.push_back(cell(a.name->value));
  if (a.nip) lines.push_back(std::string(c.l.nip) + " " + cell(a.nip->value));
  if (lines.empty()) return c.l.none;
  std::string out;
  for (std::size_t i = 0; i < lines.size(); ++i) out += (i > 0 ? "<br>" : "") + lines[i];
  return out;
}

std::string related_cell(const Context& c, const model::Sop& sop) {
  const auto& items = sop.related.items;
  if (items.empty()) return c.l.none;
  std::string out;
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i > 0) out += "<br>";
    const int ref = i < sop.related_refs.size() ? sop.related_refs[i] : -1;
    out += ref >= 0 ? sop_ref(c, ref) : cell(items[i].value);
  }
  return out;
}

void identity(std::ostream& out, const Context& c, const model::Sop& sop) {
  const auto& l = c.l;
  const int unit = sop_unit(c.repo, sop);
  header(out, {l.unit, unit >= 0 || !sop.unit ? unit_name(c, unit) : cell(sop.unit->value)}, "ll");
  row(out, {l.sop_number, sop.number ? cell(sop.number->value) : std::string(l.none)});
  row(out, {l.created, date_cell(c, sop.created)});
  row(out, {l.revised, date_cell(c, sop.revised)});
  row(out, {l.effective, date_cell(c, sop.effective)});
  if (sop.approved_on) row(out, {l.approved_on, date_cell(c, sop.approved_on)});
  if (sop.prepared_by) row(out, {l.prepared_by, signer_cell(c, sop.prepared_by)});
  row(out, {l.approved_by, signer_cell(c, sop.approved_by)});
  row(out, {l.sop_title, cell(sop.title.value)});
  row(out, {l.legal_basis, list_cell(c, sop.legal_basis)});
  row(out, {l.executor_qualifications, list_cell(c, sop.qualifications)});
  row(out, {l.related, related_cell(c, sop)});
  row(out, {l.equipment, list_cell(c, sop.equipment)});
  row(out, {l.warnings, list_cell(c, sop.warnings)});
  row(out, {l.records, list_cell(c, sop.records)});
}

// The duties the SOP carries out, under the identity table. (No SOP-level
// output line: the SOP AP page has none; each step's output is in its row.)
void duties_carried(std::ostream& out, const Context& c, const model::Sop& sop) {
  if (!sop.duties.items.empty()) {
    out << "\n**" << c.l.carries_duties << ":**\n\n";
    for (std::size_t i = 0; i < sop.duties.items.size(); ++i) {
      const auto ref = i < sop.duty_refs.size() ? sop.duty_refs[i] : model::DutyRef{};
      if (ref.position < 0 || ref.duty < 0) {
        out << "- " << inline_text(sop.duties.items[i].value) << '\n';
        continue;
      }
      const auto& position = c.repo.positions[ref.position];
      out << "- " << position_link(c, ref.position, position.name.value) << ": "
          << inline_text(position.duties[ref.duty].text.value) << '\n';
    }
  }
}

// The Mermaid source, with a fence longer than any run of backticks in it
// (there are none: labels carry them as entity codes) and no control byte.
void flowchart(std::ostream& out, const Context& c, const model::Sop& sop) {
  std::ostringstream source;
  const flow::FlowLabels labels{c.l.yes,
                                c.l.no,
                                {},
                                util::upper_first_ascii(c.l.flow_end),
                                c.repo.config.handbook.shape_text};
  flow::write_mermaid(c.repo, sop, labels, source);
  std::string text;
  std::istringstream lines(source.str());
  std::size_t run = 0, longest = 0;
  for (std::string line; std::getline(lines, line);) {
    text += util::escape_control(line) + '\n';
  }
  for (char ch : text) {
    run = ch == '`' ? run + 1 : 0;
    longest = std::max(longest, run);
  }
  const std::string fence(std::max<std::size_t>(3, longest + 1), '`');
  out << "\n**" << c.l.flowchart << "**\n\n" << fence << "mermaid\n" << text << fence << '\n';
}

}  // namespace

void write_sop(std::ostream& out, const Context& c, int s, int level) {
  const auto& sop = c.repo.sops[s];
  const bool draft = c.book.is_draft(s);
  out << "<a id=\"" << sop_anchor(c.repo, s) << "\"></a>\n\n"
      << std::string(static_cast<std::size_t>(level), '#')
      << " SOP: " << inline_text(sop.title.value);
  if (draft) out << " (" << c.l.draft << ')';
  out << "\n\n";
  if (draft) out << "> **" << c.l.draft << "** — " << c.l.draft_note << "\n\n";
  kop(out, letterhead(c.repo, sop_unit(c.repo, sop)));
  identity(out, c, sop);
  duties_carried(out, c, sop);
  if (!sop.steps.empty()) flowchart(out, c, sop);
  write_procedure(out, c, s);
}

}  // namespace tatakerja::render::md
