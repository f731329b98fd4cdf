#include "tatakerja/model/documents.hpp"

#include <string>
#include <vector>

#include "tatakerja/model/main_path.hpp"

namespace tatakerja::model {

namespace {

bool has_text(const std::optional<Text>& text) {
  return text && text->value.find_first_not_of(" \t\r\n") != std::string::npos;
}

}  // namespace

const char* kind_name(Kind kind) {
  switch (kind) {
    case Kind::Unit:
      return "Unit";
    case Kind::Position:
      return "Position";
    case Kind::Employee:
      return "Employee";
    case Kind::Sop:
      return "SOP";
    case Kind::Role:
      return "Role";
  }
  return "?";
}

const char* status_name(SopStatus status) {
  switch (status) {
    case SopStatus::Draft:
      return "draft";
    case SopStatus::Review:
      return "review";
    case SopStatus::Approved:
      return "approved";
    case SopStatus::Active:
      return "active";
    case SopStatus::Archived:
      return "archived";
  }
  return "?";
}

std::string_view Step::drawn_text() const {
  if (!decision_is_activity && has_text(decision)) return decision->value;
  return activity ? std::string_view(activity->value) : std::string_view();
}

const Text* final_output(const Sop& sop) {
  if (has_text(sop.output)) return &*sop.output;
  const int step = final_step(sop);
  if (step >= 0 && has_text(sop.steps[step].output)) return &*sop.steps[step].output;
  return nullptr;
}

std::vector<int> leaf_duties(const Position& position, int d) {
  const auto& duty = position.duties[static_cast<std::size_t>(d)];
  if (!duty.has_subtasks()) return {d};
  std::vector<int> out;
  for (int i = 1; i <= duty.subtasks; ++i) out.push_back(d + i);
  return out;
}

std::string duty_number(int top, int sub) {
  std::string out = std::to_string(top + 1);
  if (sub < 0) return out;
  std::string letters;
  for (int n = sub + 1; n > 0; n = (n - 1) / 26) {
    letters.insert(letters.begin(), static_cast<char>('a' + (n - 1) % 26));
  }
  return out + "." + letters;
}

}  // namespace tatakerja::model
