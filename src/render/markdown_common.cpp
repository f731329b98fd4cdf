// The context of one Markdown document, anchors, links, figures as text and
// table rows.
#include <fmt/format.h>

#include <algorithm>

#include "markdown.hpp"

namespace tatakerja::render::md {

namespace {

std::vector<std::string> numbers_of(const Book& book) {
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
  chapter_numbers = numbers_of(book);
}

const workload::PositionFigures* Context::figures(int position) const {
  const int i = figures_of[position];
  return i < 0 ? nullptr : &book.analysis->positions[i];
}

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

std::string unit_name(const Context& c, int unit) {
  return unit < 0 ? std::string(c.l.none) : inline_text(c.repo.units[unit].name.value);
}

std::string lane_name(const Context& c, const model::Sop& sop, const model::Step& step) {
  const auto& a = step.actor_ref;
  if (a.type == model::ActorRef::Type::Position && a.index >= 0) {
    return position_link(c, a.index, c.repo.positions[a.index].name.value);
  }
  if (a.type == model::ActorRef::Type::External && a.index >= 0 &&
      a.index < static_cast<int>(sop.external_actors.items.size())) {
    return cell(sop.external_actors.items[a.index].value);
  }
  return step.actor ? cell(step.actor->value) : std::string(c.l.none);
}

int sop_unit(const model::Repository& repo, const model::Sop& sop) {
  if (sop.unit_ref >= 0) return sop.unit_ref;
  if (sop.owner_ref >= 0) return repo.positions[sop.owner_ref].unit_ref;
  return -1;
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
