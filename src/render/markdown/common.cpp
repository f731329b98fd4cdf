// The context of one Markdown document, anchors, links, figures as text and
// table rows.
#include <fmt/format.h>

#include <algorithm>

#include "markdown.hpp"
#include "tatakerja/model/actor.hpp"

namespace tatakerja::render::md {

namespace {

std::string link(const Context& c, bool in, const std::string& anchor, const std::string& path,
                 std::string_view text) {
  std::string shown = inline_text(text);
  if (shown.empty()) shown = c.l.none;
  if (!in) return shown;
  switch (c.where) {
    case Where::Book:
      return "[" + shown + "](#" + anchor + ")";
    case Where::SubPage:
      return "[" + shown + "](../" + path + ")";
    case Where::Root:
      return "[" + shown + "](" + path + ")";
  }
  return shown;
}

}  // namespace

Context::Context(const Book& b, Where w)
    : BookLookups(b),
      repo(b.r()),
      l(book_labels(b.options.language)),
      where(w),
      chapter_numbers(render::chapter_numbers(b)) {}

std::string sop_anchor(const model::Repository& repo, int sop) {
  return anchor("sop-", repo.sops[sop].doc.id.value);
}

std::string position_anchor(const model::Repository& repo, int position) {
  return anchor("position-", repo.positions[position].doc.id.value);
}

std::string unit_anchor(const model::Repository& repo, int unit) {
  return unit < 0 ? std::string("unit--") : anchor("unit-", repo.units[unit].doc.id.value);
}

std::string sop_link(const Context& c, int sop, std::string_view text) {
  return link(c, c.sop_in[sop] != 0, sop_anchor(c.repo, sop),
              sop_path(c.book, Format::Markdown, sop), text);
}

std::string position_link(const Context& c, int position, std::string_view text) {
  return link(c, c.position_in[position] != 0, position_anchor(c.repo, position),
              position_path(c.book, Format::Markdown, position), text);
}

std::string sop_ref(const Context& c, int sop) {
  const auto& s = c.repo.sops[sop];
  std::string text = s.number ? s.number->value + " " : std::string();
  text += s.title.value;
  return sop_link(c, sop, text);
}

std::string book_link(const Context& c, std::string_view anchor, std::string_view label) {
  const std::string target = std::string(anchor);
  switch (c.where) {
    case Where::Book:
      return fmt::format("[{}](#{})", label, target);
    case Where::SubPage:
      return fmt::format("[{}](../{}#{})", label, book_path(Format::Markdown), target);
    case Where::Root:
      return fmt::format("[{}]({}#{})", label, book_path(Format::Markdown), target);
  }
  return std::string(label);
}

std::string unit_name(const Context& c, int unit) {
  return unit < 0 ? std::string(c.l.none) : inline_text(c.repo.units[unit].name.value);
}

std::string lane_name(const Context& c, const model::Sop& sop, const model::Step& step) {
  const auto& a = step.actor_ref;
  if (a.type == model::ActorRef::Type::Position && a.index >= 0) {
    return position_link(c, a.index, c.repo.positions[a.index].name.value);
  }
  const std::string_view name = model::step_actor_name(c.repo, sop, step);
  return name.empty() ? std::string(c.l.none) : cell(name);
}

void kop(std::ostream& out, const std::vector<std::string>& lines) {
  if (lines.empty()) return;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    out << (i > 0 ? "<br>\n" : "") << "**" << inline_text(lines[i]) << "**";
  }
  out << "\n\n";
}

std::vector<int> carrying_sops(const Context& c, const workload::DutyFigures& duty) {
  std::vector<int> out;
  for (int s : duty.sops) {
    if (c.repo.sops[s].effective_status() != model::SopStatus::Archived) out.push_back(s);
  }
  return out;
}

std::string sop_mention(const Context& c, int sop) {
  const auto status = c.repo.sops[sop].effective_status();
  const bool draft = status == model::SopStatus::Draft || status == model::SopStatus::Review;
  return sop_ref(c, sop) + (draft ? std::string(" (") + c.l.draft + ")" : std::string());
}

std::string time_cell(const Context& c,
                      const std::optional<model::Located<model::Duration>>& time) {
  const auto text = time_text(time, c.language());
  return text ? cell(*text) : std::string(c.l.none);
}

void row(std::ostream& out, const std::vector<std::string>& cells) {
  out << '|';
  for (const auto& cell : cells) out << ' ' << cell << " |";
  out << '\n';
}

void header(std::ostream& out, const std::vector<std::string>& labels, std::string_view align) {
  row(out, labels);
  out << '|';
  for (std::size_t i = 0; i < labels.size(); ++i) {
    out << (i < align.size() && align[i] == 'r' ? " ---: |" : " --- |");
  }
  out << '\n';
}

}  // namespace tatakerja::render::md
