// The Lembar Uraian Tugas in Markdown: a chapter after the coverage, one
// section an employee, with the signature blocks as a two-column table; the
// sheets are made on several threads and written in order.
#include <fmt/format.h>

#include <sstream>

#include "../sheet_text.hpp"
#include "markdown.hpp"
#include "tatakerja/util/parallel.hpp"

namespace tatakerja::render::md {

namespace {

struct Sheet {
  const Context& c;
  const SheetLabels& s;
  const EmployeeSheet& data;
  const model::Repository& r() const { return c.repo; }
};

std::string person_cell(const Sheet& sh, const SheetPerson& p) {
  if (p.position < 0) return sh.c.l.none;
  std::string out =
      acting_prefix(p) + position_link(sh.c, p.position, sh.r().positions[p.position].name.value);
  if (p.employee >= 0) out += " (" + cell(sh.r().employees[p.employee].name.value) + ")";
  return out;
}

std::string chain_cell(const Sheet& sh) {
  std::string out;
  for (int u : sh.data.unit_chain) {
    out += (out.empty() ? "" : "<br>") + cell(sh.r().units[u].name.value);
  }
  return out.empty() ? std::string(sh.c.l.none) : out;
}

void identity(std::ostream& out, const Sheet& sh) {
  const auto& e = sh.r().employees[sh.data.employee];
  header(out, {sh.s.name, cell(e.name.value)}, "ll");
  row(out, {sh.c.l.nip, cell(e.printed_id())});
  row(out, {sh.s.position, person_cell(sh, {sh.data.position, -1})});
  row(out, {sh.c.l.unit, chain_cell(sh)});
  row(out, {sh.c.l.reports_to, person_cell(sh, sh.data.superior)});
}

std::string or_none(const Context& c, const std::optional<std::string>& text) {
  return text ? cell(*text) : std::string(c.l.none);
}

void duties(std::ostream& out, const Sheet& sh) {
  const auto& l = sh.c.l;
  out << "\n**" << l.duties << "**\n\n";
  if (sh.data.duties.empty()) {
    out << sh.s.no_duties << '\n';
    return;
  }
  const auto& position = sh.r().positions[sh.data.position];
  header(out,
         {l.number, l.duties, l.output, l.unit_of_output, l.volume, l.standard_time, sh.s.share,
          l.duty_hours, l.duty_required},
         "rllllrrrr");
  for (const auto& d : sh.data.duties) {
    const auto& duty = position.duties[d.duty];
    const auto text = [](const std::optional<model::Text>& t) {
      return t ? std::optional<std::string>(t->value) : std::nullopt;
    };
    row(out, {d.number, cell(duty.text.value), or_none(sh.c, text(duty.output)),
              or_none(sh.c, text(duty.unit_of_output)),
              d.heading ? std::string(l.none) : or_none(sh.c, volume_text(duty.volume, l)),
              d.heading ? std::string(l.none) : time_cell(sh.c, duty.standard_time), share_text(d),
              hours_text(d.load, l), three(d.required, l)});
  }
  row(out, {"", std::string("**") + l.total + "**", "", "", "", "", "",
            "**" + hours_text(sh.data.load, l) + "**", "**" + three(sh.data.required, l) + "**"});
}

void sops(std::ostream& out, const Sheet& sh) {
  out << "\n**" << sh.s.acts_in << "**\n\n";
  if (sh.data.sops.empty()) out << sh.c.l.none << '\n';
  for (const auto& sop : sh.data.sops) {
    out << "- " << sop_mention(sh.c, sop.sop) << ": " << inline_text(steps_text(sop, sh.s)) << '\n';
  }
}

void figures(std::ostream& out, const Sheet& sh) {
  const auto& l = sh.c.l;
  const auto& d = sh.data;
  out << "\n**" << sh.s.figures << "**\n\n";
  header(out, {l.workload_hours, l.required, l.ej, l.pj}, "rrrl");
  row(out, {hours_text(d.load, l), three(d.required, l), d.ej ? three(*d.ej, l) : l.none,
            d.grade ? std::string(1, workload::grade_letter(*d.grade)) : l.none});
}

std::pair<std::string, std::string> signer(const Sheet& sh, int employee) {
  if (employee < 0) return {"&nbsp;", "NIP"};
  const auto& e = sh.r().employees[employee];
  return {"**" + cell(e.name.value) + "**", cell(nip_line(e))};
}

void signatures(std::ostream& out, const Sheet& sh) {
  const auto [name, nip] = signer(sh, sh.data.employee);
  const auto [head_name, head_nip] = signer(sh, sh.data.head.employee);
  out << '\n';
  header(out, {sh.s.employee_signs, cell(head_title(sh.r(), sh.data, sh.s))}, "ll");
  row(out, {"<br><br><br>", "<br><br><br>"});
  row(out, {name, head_name});
  row(out, {nip, head_nip});
}

void write_sheet(std::ostream& out, const Context& c, const SheetIndex& index, int employee) {
  const auto data = employee_sheet(index, employee, c.book.options.include_drafts);
  const Sheet sh{c, sheet_labels(c.language()), data};
  const auto& e = c.repo.employees[employee];
  out << "<a id=\"" << anchor("employee-", e.doc.id.value) << "\"></a>\n\n### " << sh.s.chapter
      << ": " << inline_text(e.name.value) << "\n\n";
  kop(out, data.kop);
  identity(out, sh);
  duties(out, sh);
  sops(out, sh);
  figures(out, sh);
  signatures(out, sh);
  out << '\n';
}

}  // namespace

void write_sheets(std::ostream& out, const Context& c) {
  if (c.book.employees.empty()) return;
  out << "<a id=\"" << kSheetsAnchor << "\"></a>\n\n## " << sheet_labels(c.language()).chapter
      << "\n\n";
  const auto& employees = c.book.employees;
  const SheetIndex index(c.repo, *c.book.analysis);
  util::in_order(
      employees.size(), c.book.options.jobs,
      [&](std::size_t i, std::string& text) {
        std::ostringstream sheet;
        write_sheet(sheet, c, index, employees[i]);
        text = std::move(sheet).str();
      },
      [&](std::size_t, std::string& text) {
        out.write(text.data(), static_cast<std::streamsize>(text.size()));
      });
}

}  // namespace tatakerja::render::md
