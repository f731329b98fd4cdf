// The index of the book's SOPs, by number and by title, each entry a link.
#include <fmt/format.h>

#include <algorithm>

#include "html.hpp"

namespace tatakerja::render::html {

namespace {

std::string_view number_of(const model::Sop& sop) {
  return sop.number ? std::string_view(sop.number->value) : std::string_view();
}

void entry(std::string& out, const Context& c, int s, bool number_first) {
  const auto& sop = c.repo.sops[s];
  const auto number = number_of(sop);
  out += "<tr><td>";
  if (number_first) {
    esc_number(out, number.empty() ? std::string_view(c.l.none) : number);
    out += "</td><td>";
    sop_link(out, c, s, sop.title.value);
  } else {
    sop_link(out, c, s, sop.title.value);
    out += "</td><td>";
    esc_number(out, number.empty() ? std::string_view(c.l.none) : number);
  }
  out += "</td><td>";
  esc(out, sop.unit_ref >= 0 ? std::string_view(c.repo.units[sop.unit_ref].name.value)
                             : std::string_view(c.l.none));
  out += "</td></tr>\n";
}

void table(std::string& out, const Context& c, const char* heading, const std::vector<int>& sops,
           bool number_first) {
  const auto& l = c.l;
  out += fmt::format(
      "<h3>{}</h3>\n<div class=\"scroll\"><table class=\"index\"><thead><tr><th>{}</th>"
      "<th>{}</th><th>{}</th></tr></thead><tbody>\n",
      heading, number_first ? l.sop_number : l.sop_title, number_first ? l.sop_title : l.sop_number,
      l.unit);
  for (int s : sops) entry(out, c, s, number_first);
  out += "</tbody></table></div>\n";
}

}  // namespace

void write_index(std::string& out, const Context& c) {
  const auto by_number = index_order(c.book, true);
  const auto by_title = index_order(c.book, false);
  out += fmt::format("<section class=\"chapter index\" id=\"index\">\n<h2>{}</h2>\n", c.l.index);
  table(out, c, c.l.by_number, by_number, true);
  table(out, c, c.l.by_title, by_title, false);
  out += "</section>\n";
}

}  // namespace tatakerja::render::html
