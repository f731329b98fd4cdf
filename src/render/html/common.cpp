// The context of one HTML document, escaping, links and figures as text.
#include <fmt/format.h>

#include <algorithm>

#include "html.hpp"
#include "tatakerja/util/xml.hpp"

namespace tatakerja::render::html {

Context::Context(const Book& b, Where w)
    : BookLookups(b), repo(b.r()), l(book_labels(b.options.language)), where(w) {
  logo = logo_uri(repo);
}

void esc(std::string& out, std::string_view text) {
  const bool plain = std::all_of(text.begin(), text.end(), [](char ch) {
    const auto u = static_cast<unsigned char>(ch);
    return u >= 0x20 && u < 0x7F && ch != '&' && ch != '<' && ch != '>' && ch != '"' && ch != '\'';
  });
  if (plain) {
    out += text;
  } else {
    out += util::xml_escape(text);
  }
}

void kop(std::string& out, const std::vector<std::string>& lines) {
  if (lines.empty()) return;
  out += "<div class=\"kop\">";
  for (const auto& line : lines) {
    out += "<div>";
    esc(out, line);
    out += "</div>";
  }
  out += "</div>\n";
}

void esc_lines(std::string& out, const std::vector<std::string>& lines) {
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (i > 0) out += "<br>";
    esc(out, lines[i]);
  }
}

void esc_number(std::string& out, std::string_view number) {
  std::size_t from = 0;
  for (std::size_t i = 0; i < number.size(); ++i) {
    if (number[i] != '/' && number[i] != '-') continue;
    esc(out, number.substr(from, i + 1 - from));
    if (i + 1 < number.size()) out += "<wbr>";
    from = i + 1;
  }
  esc(out, number.substr(from));
}

std::string header_label(std::string_view label) {
  std::string out;
  esc(out, label);
  for (std::size_t at = out.find('/'); at != std::string::npos; at = out.find('/', at + 6)) {
    out.insert(at + 1, "<wbr>");
  }
  return out;
}

void flush(std::string& buf, std::ostream& out) {
  out.write(buf.data(), static_cast<std::streamsize>(buf.size()));
  buf.clear();
}

std::string sop_anchor(const Context& c, int sop) {
  std::string out = "sop-";
  esc(out, c.repo.sops[sop].doc.id.value);
  return out;
}

std::string position_anchor(const Context& c, int position) {
  std::string out = "position-";
  esc(out, c.repo.positions[position].doc.id.value);
  return out;
}

std::string unit_anchor(const Context& c, int unit) {
  if (unit < 0) return "unit--";
  std::string out = "unit-";
  esc(out, c.repo.units[unit].doc.id.value);
  return out;
}

namespace {

// `markup`: the link's text, escaped already.
void link_markup(std::string& out, const Context& c, bool in, const std::string& anchor,
                 const std::string& path, std::string_view markup) {
  if (!in) {
    out += markup;
    return;
  }
  out += "<a href=\"";
  switch (c.where) {
    case Where::Book:
      out += "#" + anchor;
      break;
    case Where::SubPage:
      esc(out, "../" + path);
      break;
    case Where::Root:
      esc(out, path);
      break;
  }
  out += "\">";
  out += markup;
  out += "</a>";
}

void link(std::string& out, const Context& c, bool in, const std::string& anchor,
          const std::string& path, std::string_view text) {
  std::string markup;
  esc(markup, text);
  link_markup(out, c, in, anchor, path, markup);
}

}  // namespace

void sop_link(std::string& out, const Context& c, int sop, std::string_view text) {
  link(out, c, c.sop_in[sop] != 0, sop_anchor(c, sop), sop_path(c.book, Format::Html, sop), text);
}

void position_link(std::string& out, const Context& c, int position, std::string_view text) {
  link(out, c, c.position_in[position] != 0, position_anchor(c, position),
       position_path(c.book, Format::Html, position), text);
}

void sop_ref(std::string& out, const Context& c, int sop) {
  const auto& s = c.repo.sops[sop];
  std::string markup;
  if (s.number) {
    esc_number(markup, s.number->value);
    markup += ' ';
  }
  esc(markup, s.title.value);
  link_markup(out, c, c.sop_in[sop] != 0, sop_anchor(c, sop), sop_path(c.book, Format::Html, sop),
              markup);
}

std::string_view chapter_title(const Context& c, const Chapter& chapter) {
  return chapter.unit >= 0 ? std::string_view(c.repo.units[chapter.unit].name.value)
                           : std::string_view(c.l.no_unit);
}

}  // namespace tatakerja::render::html
