// What the HTML and Markdown writers share (common.hpp).
#include "common.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "tatakerja/model/actor.hpp"
#include "tatakerja/model/main_path.hpp"

namespace tatakerja::render {

BookLookups::BookLookups(const Book& b) : book(b) {
  const auto& repo = b.r();
  sop_in.assign(repo.sops.size(), 0);
  position_in.assign(repo.positions.size(), 0);
  for (int s : book.sops) sop_in[s] = 1;
  for (int p : book.positions) position_in[p] = 1;
  figures_of = figures_index(b);
}

std::vector<int> figures_index(const Book& book) {
  std::vector<int> out(book.r().positions.size(), -1);
  const auto& positions = book.analysis->positions;
  for (std::size_t i = 0; i < positions.size(); ++i) {
    const int p = positions[i].position;
    if (p >= 0 && p < static_cast<int>(out.size())) out[p] = static_cast<int>(i);
  }
  return out;
}

const workload::PositionFigures* BookLookups::figures(int position) const {
  const int i = figures_of[position];
  return i < 0 ? nullptr : &book.analysis->positions[i];
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

std::string minutes_text(const workload::Ratio& seconds, const BookLabels& l) {
  return localised(workload::decimal(seconds / workload::Ratio(60), 2, true), l);
}

std::string signed_whole(workload::Wide value) {
  const auto text = workload::to_string(value);
  return value > 0 ? "+" + text : text;
}

std::optional<std::string> time_text(const std::optional<model::Located<model::Duration>>& time,
                                     model::Language language) {
  const auto* value = model::readable(time);
  if (!value) return std::nullopt;
  return value->written.empty() ? duration_text(*value, language) : value->written;
}

std::optional<std::string> volume_text(const std::optional<model::Located<model::Volume>>& volume,
                                       const BookLabels& l) {
  const auto* value = model::readable(volume);
  if (!value) return std::nullopt;
  if (!value->written.empty()) return value->written;
  return localised(
      workload::decimal(workload::Ratio(value->amount_micro, model::Volume::kScale), 6, true), l);
}

namespace {

// "1 hari 2 jam": the parts of a duration with their unit words.
std::string parts_text(const std::vector<model::DurationPart>& parts, model::Language language) {
  static constexpr const char* kId[] = {"detik", "menit", "jam", "hari", "minggu", "bulan"};
  static constexpr const char* kEn[] = {"s", "min", "h", "d", "wk", "mo"};
  const auto& words = language == model::Language::En ? kEn : kId;
  std::string out;
  for (const auto& part : parts) {
    out += fmt::format("{}{} {}", out.empty() ? "" : " ", part.count,
                       words[static_cast<int>(part.unit)]);
  }
  return out;
}

}  // namespace

std::string duration_text(model::Duration d, model::Language language) {
  d.units = 0;  // hours, minutes and seconds
  return parts_text(model::duration_parts(d, model::Duration{}), language);
}

TotalTime total_time(const model::Repository& repo, const model::Sop& sop,
                     model::Language language) {
  TotalTime out;
  out.stated = sop.total_time.has_value();
  if (out.stated) {
    const auto* stated = model::readable(sop.total_time);
    if (stated) out.seconds = stated->seconds;
    out.text = time_text(sop.total_time, language);
    return out;
  }
  const auto summed = model::time_on_main_path(sop);
  if (!summed) return out;
  out.seconds = summed->seconds;
  out.text =
      parts_text(model::duration_parts(*summed, repo.config.workload.hours_per_day), language);
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

std::vector<ChapterPiece> chapter_pieces(const Book& book) {
  std::vector<ChapterPiece> pieces;
  pieces.reserve(book.items() + book.chapters.size());
  for (std::size_t i = 0; i < book.chapters.size(); ++i) {
    const auto& chapter = book.chapters[i];
    const std::size_t start = pieces.size();
    for (int p : chapter.positions) pieces.push_back({i, p, -1});
    for (int s : chapter.sops) pieces.push_back({i, -1, s});
    if (pieces.size() == start) pieces.push_back({i, -1, -1});
    pieces[start].first = true;
    pieces.back().last = true;
  }
  return pieces;
}

std::vector<int> roles_with_members(const model::Repository& repo, const model::Sop& sop) {
  std::vector<int> roles = model::role_lanes(sop);
  std::erase_if(roles, [&](int r) { return repo.roles[r].member_refs.empty(); });
  return roles;
}

}  // namespace tatakerja::render
