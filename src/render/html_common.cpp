// The context of one HTML document, escaping, links and figures as text.
#include <fmt/format.h>

#include <algorithm>

#include "html.hpp"
#include "tatakerja/util/xml.hpp"

namespace tatakerja::render::html {

Context::Context(const Book& b, Where w)
    : book(b), repo(b.r()), l(book_labels(b.options.language)), where(w) {
  sop_in.assign(repo.sops.size(), 0);
  position_in.assign(repo.positions.size(), 0);
  for (int s : book.sops) sop_in[s] = 1;
  for (int p : book.positions) position_in[p] = 1;
  figures_of.assign(repo.positions.size(), -1);
  const auto& positions = book.analysis->positions;
  for (std::size_t i = 0; i < positions.size(); ++i) {
    const int p = positions[i].position;
    if (p >= 0 && p < static_cast<int>(figures_of.size())) figures_of[p] = static_cast<int>(i);
  }
  logo = logo_uri(repo);
}

const workload::PositionFigures* Context::figures(int position) const {
  const int i = figures_of[position];
  return i < 0 ? nullptr : &book.analysis->positions[i];
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

void esc_lines(std::string& out, const std::vector<std::string>& lines) {
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (i > 0) out += "<br>";
    esc(out, lines[i]);
  }
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

void link(std::string& out, const Context& c, bool in, const std::string& anchor,
          const std::string& path, std::string_view text) {
  if (!in) {
    esc(out, text);
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
  esc(out, text);
  out += "</a>";
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
  std::string text = s.number ? s.number->value + " " : std::string();
  text += s.title.value;
  sop_link(out, c, sop, text);
}

std::string localised(std::string text, const BookLabels& l) {
  std::replace(text.begin(), text.end(), '.', l.decimal_mark);
  return text;
}

std::string hours_text(const workload::Ratio& load, const BookLabels& l) {
  return localised(workload::decimal(workload::hours(load), 2, true), l);
}

std::string three(const workload::Ratio& value, const BookLabels& l) {
  return localised(workload::decimal(value, 3), l);
}

std::string signed_whole(workload::Wide value) {
  const auto text = workload::to_string(value);
  return value > 0 ? "+" + text : text;
}

std::string duration_text(model::Duration d, model::Language language) {
  const bool en = language == model::Language::En;
  const std::int64_t hours = d.seconds / 3600, minutes = d.seconds % 3600 / 60,
                     seconds = d.seconds % 60;
  std::string out;
  const auto add = [&](std::int64_t n, const char* id, const char* en_unit) {
    out += fmt::format("{}{} {}", out.empty() ? "" : " ", n, en ? en_unit : id);
  };
  if (hours != 0) add(hours, "jam", "h");
  if (minutes != 0 || (hours == 0 && seconds == 0)) add(minutes, "menit", "min");
  if (seconds != 0) add(seconds, "detik", "s");
  return out;
}

std::vector<std::string> chapter_numbers(const Book& book) {
  std::vector<std::string> numbers;
  std::vector<int> counters;
  for (const auto& chapter : book.chapters) {
    const auto depth = std::min<std::size_t>(static_cast<std::size_t>(std::max(0, chapter.depth)),
                                             counters.size());
    counters.resize(depth + 1, 0);
    ++counters[depth];
    std::string number;
    for (std::size_t i = 0; i < counters.size(); ++i) {
      number += (i > 0 ? "." : "") + std::to_string(counters[i]);
    }
    numbers.push_back(std::move(number));
  }
  return numbers;
}

std::string_view chapter_title(const Context& c, const Chapter& chapter) {
  return chapter.unit >= 0 ? std::string_view(c.repo.units[chapter.unit].name.value)
                           : std::string_view(c.l.no_unit);
}

}  // namespace tatakerja::render::html
