// An SOP in the SOP AP layout (Permenpan-RB 35/2012): the identity table —
// logo, organisation and unit on the left; number, dates, approval and
// title on the right; then the six lists — and the procedure table
// (html/procedure.cpp). A draft carries its DRAFT mark in its heading, in
// the repeated header of each of its tables and as a watermark.
#include <fmt/format.h>

#include "html.hpp"

namespace tatakerja::render::html {

namespace {

void list(std::string& out, const Context& c, const model::TextList& items) {
  if (items.items.empty()) {
    out += c.l.none;
    return;
  }
  out += "<ol>";  // printed SOPs number these lists 1., 2.
  for (const auto& item : items.items) {
    out += "<li>";
    esc(out, item.value);
    out += "</li>";
  }
  out += "</ol>";
}

void related(std::string& out, const Context& c, const model::Sop& sop) {
  if (sop.related.items.empty()) {
    out += c.l.none;
    return;
  }
  out += "<ol>";
  for (std::size_t i = 0; i < sop.related.items.size(); ++i) {
    out += "<li>";
    const int target = i < sop.related_refs.size() ? sop.related_refs[i] : -1;
    if (target >= 0) {
      sop_ref(out, c, target);
    } else {
      esc(out, sop.related.items[i].value);
    }
    out += "</li>";
  }
  out += "</ol>";
}

// Who approved (with the signature block) or prepared the SOP: the
// position (after "Plt."/"Plh." when acting), the name, the NIP.
void signer(std::string& out, const Context& c, const std::optional<model::Approver>& signer,
            bool signature) {
  if (!signer) {
    out += c.l.none;
    return;
  }
  const auto& a = *signer;
  out += "<div>";
  const bool position = a.position_ref >= 0 || a.position;
  if (a.acting && position) {
    esc(out, a.acting->value);
    out += ". ";
  }
  if (a.position_ref >= 0) {
    esc(out, c.repo.positions[a.position_ref].name.value);
  } else if (a.position) {
    esc(out, a.position->value);
  } else if (a.text) {
    esc(out, a.text->value);
  }
  out += "</div>";
  if (signature) {
    out += "<div class=\"sign\">(";
    out += c.l.signature;
    out += ")</div>";
  }
  if (a.name) {
    out += "<div><b><u>";
    esc(out, a.name->value);
    out += "</u></b></div>";
  }
  if (a.nip) {
    out += "<div>";
    out += c.l.nip;
    out += " ";
    esc(out, a.nip->value);
    out += "</div>";
  }
}

void signer_row(std::string& out, const Context& c, const char* label,
                const std::optional<model::Approver>& a, bool signature) {
  out += "<tr><th>";
  out += label;
  out += "</th><td>";
  signer(out, c, a, signature);
  out += "</td></tr>\n";
}

void date_row(std::string& out, const Context& c, const char* label,
              const std::optional<model::Located<model::Date>>& date) {
  out += "<tr><th>";
  out += label;
  out += "</th><td>";
  esc(out, model::readable(date) ? format_date(date->value, c.book.options.language)
                                 : std::string(c.l.none));
  out += "</td></tr>\n";
}

// The left cell spans the rows on the right: number, three dates, the
// approval, the title, and `approved_on` and `prepared_by` when given.
void identity_left(std::string& out, const Context& c, const model::Sop& sop) {
  const int rows = 6 + (sop.approved_on ? 1 : 0) + (sop.prepared_by ? 1 : 0);
  out += fmt::format("<tr><td class=\"logo\" rowspan=\"{}\">", rows);
  if (!c.logo.empty()) {
    logo_use(out, c);
  } else {
    out += "<span class=\"logobox\">";
    out += c.l.logo;
    out += "</span>";
  }
  out += "<div><b>";
  esc(out, c.repo.config.organization);
  out += "</b></div>";
  if (sop.unit_ref >= 0) {
    out += "<div>";
    esc(out, c.repo.units[sop.unit_ref].name.value);
    out += "</div>";
  }
  out += "</td>";
}

// A heading row over a row of lists: class "head" keeps it on the page of
// the row it heads (the stylesheet: break-after avoid).
void pair_row(std::string& out, const char* left, const char* right) {
  out += "<tr class=\"head\"><th>";
  out += left;
  out += "</th><th colspan=\"2\">";
  out += right;
  out += "</th></tr>\n";
}

void identity(std::string& out, const Context& c, int s) {
  const auto& sop = c.repo.sops[s];
  const auto& l = c.l;
  out += "<div class=\"scroll\"><table class=\"ident\">";
  if (c.book.is_draft(s)) {
    out += fmt::format("<thead><tr class=\"draftrow\"><th colspan=\"3\">{}</th></tr></thead>",
                       l.draft);
  }
  out += "<colgroup><col style=\"width:40%\"><col style=\"width:22%\"><col></colgroup>\n";
  identity_left(out, c, sop);
  out += "<th>";
  out += l.sop_number;
  out += "</th><td>";
  if (sop.number) {
    esc_number(out, sop.number->value);
  } else {
    out += c.l.none;
  }
  out += "</td></tr>\n";
  date_row(out, c, l.created, sop.created);
  date_row(out, c, l.revised, sop.revised);
  date_row(out, c, l.effective, sop.effective);
  if (sop.approved_on) date_row(out, c, l.approved_on, sop.approved_on);
  if (sop.prepared_by) signer_row(out, c, l.prepared_by, sop.prepared_by, false);
  signer_row(out, c, l.approved_by, sop.approved_by, true);
  out += "<tr><th>";
  out += l.sop_title;
  out += "</th><td><b>";
  esc(out, sop.title.value);
  out += "</b></td></tr>\n";
  pair_row(out, l.legal_basis, l.executor_qualifications);
  out += "<tr><td>";
  list(out, c, sop.legal_basis);
  out += "</td><td colspan=\"2\">";
  list(out, c, sop.qualifications);
  out += "</td></tr>\n";
  pair_row(out, l.related, l.equipment);
  out += "<tr><td>";
  related(out, c, sop);
  out += "</td><td colspan=\"2\">";
  list(out, c, sop.equipment);
  out += "</td></tr>\n";
  pair_row(out, l.warnings, l.records);
  out += "<tr><td>";
  list(out, c, sop.warnings);
  out += "</td><td colspan=\"2\">";
  list(out, c, sop.records);
  out += "</td></tr>\n</table></div>\n";
}

}  // namespace

void write_sop(std::string& out, const Context& c, int s, std::string_view lead) {
  const auto& sop = c.repo.sops[s];
  const bool draft = c.book.is_draft(s);
  std::string body;
  kop(body, letterhead(c.repo, sop_unit(c.repo, sop)));
  identity(body, c, s);
  const bool landscape = write_procedure(body, c, s);
  out += "<section class=\"sop";
  if (draft) out += " draft";
  if (landscape) out += " landscape";
  out += "\" id=\"";
  out += sop_anchor(c, s);
  out += "\">\n";
  out += lead;
  out += "<h3>";
  if (sop.number) {
    esc_number(out, sop.number->value);
    out += " — ";
  }
  esc(out, sop.title.value);
  if (draft) {
    out += "<span class=\"badge\">";
    out += c.l.draft;
    out += "</span>";
  }
  out += "</h3>\n";
  out += body;
  out += "</section>\n";
}

}  // namespace tatakerja::render::html
