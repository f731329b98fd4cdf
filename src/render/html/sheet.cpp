// The Lembar Uraian Tugas in HTML: one portrait page an employee (class
// "lembar"), the chapter's heading inside the first so it never stands
// alone; streamed a sheet at a time, the sheets made on several threads.
#include <fmt/format.h>

#include "../sheet_text.hpp"
#include "html.hpp"
#include "tatakerja/util/parallel.hpp"

namespace tatakerja::render::html {

namespace {

struct Sheet {
  const Context& c;
  const SheetLabels& s;
  const EmployeeSheet& data;
  const model::Repository& r() const { return c.repo; }
};

void field_start(std::string& out, const char* label) {
  out += "<tr><th>";
  out += label;
  out += "</th><td>";
}

void position_with_holder(std::string& out, const Sheet& sh, const SheetPerson& p) {
  if (p.position < 0) {
    out += sh.c.l.none;
    return;
  }
  out += acting_prefix(p);
  position_link(out, sh.c, p.position, sh.r().positions[p.position].name.value);
  if (p.employee >= 0) {
    out += " (";
    esc(out, sh.r().employees[p.employee].name.value);
    out += ")";
  }
}

void identity(std::string& out, const Sheet& sh) {
  const auto& e = sh.r().employees[sh.data.employee];
  out += "<table class=\"ident anjab\">\n";
  field_start(out, sh.s.name);
  esc(out, e.name.value);
  out += "</td></tr>\n";
  field_start(out, sh.c.l.nip);
  esc(out, e.printed_id());
  out += "</td></tr>\n";
  field_start(out, sh.s.position);
  position_with_holder(out, sh, {sh.data.position, -1});
  out += "</td></tr>\n";
  field_start(out, sh.c.l.unit);
  for (std::size_t i = 0; i < sh.data.unit_chain.size(); ++i) {
    if (i > 0) out += "<br>";
    esc(out, sh.r().units[sh.data.unit_chain[i]].name.value);
  }
  if (sh.data.unit_chain.empty()) out += sh.c.l.none;
  out += "</td></tr>\n";
  field_start(out, sh.c.l.reports_to);
  position_with_holder(out, sh, sh.data.superior);
  out += "</td></tr>\n</table>\n";
}

void text_cell(std::string& out, const Context& c, const std::optional<std::string>& text,
               const char* cls = nullptr) {
  out += cls ? fmt::format("<td class=\"{}\">", cls) : std::string("<td>");
  esc(out, text ? std::string_view(*text) : std::string_view(c.l.none));
  out += "</td>";
}

void duties(std::string& out, const Sheet& sh) {
  const auto& l = sh.c.l;
  out += fmt::format("<h4>{}</h4>\n", l.duties);
  if (sh.data.duties.empty()) {
    out += fmt::format("<p>{}</p>\n", sh.s.no_duties);
    return;
  }
  const auto& position = sh.r().positions[sh.data.position];
  out += "<table class=\"duties\">\n<thead><tr>";
  for (const char* h : {l.number, l.duties, l.output, l.unit_of_output, l.volume, l.standard_time,
                        sh.s.share, l.duty_hours, l.duty_required}) {
    out += "<th>" + header_label(h) + "</th>";
  }
  out += "</tr></thead>\n<tbody>\n";
  for (const auto& d : sh.data.duties) {
    const auto& duty = position.duties[d.duty];
    const auto opt = [](const std::optional<model::Text>& t) {
      return t ? std::optional<std::string>(t->value) : std::nullopt;
    };
    out += "<tr>";
    text_cell(out, sh.c, d.number, "num");
    out += d.subtask ? "<td class=\"sub\">" : "<td>";
    esc(out, duty.text.value);
    out += "</td>";
    text_cell(out, sh.c, opt(duty.output));
    text_cell(out, sh.c, opt(duty.unit_of_output));
    text_cell(out, sh.c, d.heading ? std::nullopt : volume_text(duty.volume, l), "num");
    text_cell(out, sh.c,
              d.heading ? std::nullopt : time_text(duty.standard_time, sh.c.book.options.language),
              "num");
    text_cell(out, sh.c, share_text(d), "num");
    text_cell(out, sh.c, hours_text(d.load, l), "num");
    text_cell(out, sh.c, three(d.required, l), "num");
    out += "</tr>\n";
  }
  out += fmt::format(
      "<tr><td></td><th colspan=\"6\">{}</th><th class=\"num\">{}</th><th class=\"num\">{}</th>"
      "</tr>\n</tbody>\n</table>\n",
      l.total, hours_text(sh.data.load, l), three(sh.data.required, l));
}

void sops(std::string& out, const Sheet& sh) {
  out += fmt::format("<h4>{}</h4>\n", sh.s.acts_in);
  if (sh.data.sops.empty()) {
    out += fmt::format("<p>{}</p>\n", sh.c.l.none);
    return;
  }
  out += "<ul>\n";
  for (const auto& sop : sh.data.sops) {
    out += "<li>";
    sop_ref(out, sh.c, sop.sop);
    if (sh.c.book.is_draft(sop.sop)) out += fmt::format(" ({})", sh.c.l.draft);
    out += ": ";
    esc(out, steps_text(sop, sh.s));
    out += "</li>\n";
  }
  out += "</ul>\n";
}

void figures(std::string& out, const Sheet& sh) {
  const auto& l = sh.c.l;
  const auto& d = sh.data;
  out += fmt::format(
      "<h4>{}</h4>\n<table class=\"figures\"><tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr>"
      "<tr><td class=\"num\">{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td>"
      "<td class=\"num\">{}</td></tr></table>\n",
      sh.s.figures, header_label(l.workload_hours), header_label(l.required), l.ej, l.pj,
      hours_text(d.load, l), three(d.required, l), d.ej ? three(*d.ej, l) : std::string(l.none),
      d.grade ? std::string(1, workload::grade_letter(*d.grade)) : std::string(l.none));
}

void signer(std::string& out, const Sheet& sh, std::string_view title, int employee) {
  out += "<td><div class=\"role\">";
  esc(out, title);
  out += "</div><div class=\"sign\"></div><div class=\"name\">";
  if (employee >= 0) {
    const auto& e = sh.r().employees[employee];
    esc(out, e.name.value);
    out += "</div><div>";
    esc(out, nip_line(e));
  } else {
    out += "&nbsp;</div><div>NIP";
  }
  out += "</div></td>";
}

void signatures(std::string& out, const Sheet& sh) {
  out += "<table class=\"ttd\"><tr>";
  signer(out, sh, sh.s.employee_signs, sh.data.employee);
  signer(out, sh, head_title(sh.r(), sh.data, sh.s), sh.data.head.employee);
  out += "</tr></table>\n";
}

void write_sheet(std::string& out, const Context& c, const SheetIndex& index, int employee,
                 std::string_view lead) {
  const auto data = employee_sheet(index, employee, c.book.options.include_drafts);
  const Sheet sh{c, sheet_labels(c.book.options.language), data};
  out += "<section class=\"lembar\" id=\"employee-";
  esc(out, c.repo.employees[employee].doc.id.value);
  out += "\">\n";
  out += lead;
  kop(out, data.kop);
  out += fmt::format("<h3 class=\"title\">{}</h3>\n", sh.s.chapter);
  identity(out, sh);
  duties(out, sh);
  sops(out, sh);
  figures(out, sh);
  signatures(out, sh);
  out += "</section>\n";
}

}  // namespace

void write_sheets(std::string& out, const Context& c, std::ostream& os) {
  if (c.book.employees.empty()) return;
  flush(out, os);
  const std::string heading =
      fmt::format("<h2 id=\"employees\">{}</h2>\n", sheet_labels(c.book.options.language).chapter);
  const auto& employees = c.book.employees;
  const SheetIndex index(c.repo, *c.book.analysis);
  util::in_order(
      employees.size(), c.book.options.jobs,
      [&](std::size_t i, std::string& text) {
        write_sheet(text, c, index, employees[i],
                    i == 0 ? std::string_view(heading) : std::string_view());
      },
      [&](std::size_t, std::string& text) { flush(text, os); });
}

}  // namespace tatakerja::render::html
