#include <fmt/format.h>

#include <string_view>
#include <unordered_set>

#include "checks.hpp"
#include "tatakerja/util/text.hpp"

namespace tatakerja::check {

bool is_blank(const std::optional<model::Text>& text) {
  if (!text) return true;
  return text->value.find_first_not_of(" \t\r\n") == std::string::npos;
}

std::string step_name(const model::Step& step) {
  if (step.explicit_id) return fmt::format("step `{}`", util::escape_control(step.id));
  return fmt::format("step {}", step.id);
}

std::string duty_name(const model::Repository& repo, model::DutyRef ref) {
  const auto& position = repo.positions[static_cast<std::size_t>(ref.position)];
  const auto& duty = position.duties[static_cast<std::size_t>(ref.duty)];
  return util::escape_control(position.doc.id.value + "/" + duty.id.value);
}

bool is_first_of_id(const std::unordered_map<std::string, int>& index,
                    const model::DocumentInfo& doc, int position_in_kind) {
  auto it = index.find(doc.id.value);
  return it == index.end() || it->second == position_in_kind;
}

std::vector<bool> repeated_duties(const model::Position& position) {
  std::vector<bool> repeated(position.duties.size(), false);
  std::unordered_set<std::string_view> seen;
  for (std::size_t i = 0; i < position.duties.size(); ++i) {
    repeated[i] = !seen.insert(position.duties[i].id.value).second;
  }
  return repeated;
}

std::string format_duration(model::Duration duration) {
  const std::int64_t hours = duration.seconds / 3600;
  const std::int64_t minutes = duration.seconds % 3600 / 60;
  const std::int64_t seconds = duration.seconds % 60;
  std::string out;
  if (hours != 0) out += fmt::format("{}h", hours);
  if (minutes != 0 || (hours == 0 && seconds == 0)) {
    out += fmt::format("{}{}m", out.empty() ? "" : " ", minutes);
  }
  if (seconds != 0) out += fmt::format("{}{}s", out.empty() ? "" : " ", seconds);
  return out;
}

std::string fold_title(std::string_view title) {
  std::string folded;
  bool gap = false;
  for (unsigned char c : title) {
    if (c >= 'A' && c <= 'Z') c = static_cast<unsigned char>(c - 'A' + 'a');
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c >= 0x80) {
      if (gap && !folded.empty()) folded += ' ';
      folded += static_cast<char>(c);
      gap = false;
    } else {
      gap = true;
    }
  }
  return folded;
}

std::string shown(const std::string& id) {
  return util::escape_control(id);
}

}  // namespace tatakerja::check
