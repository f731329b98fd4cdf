#include "tatakerja/diag/rules.hpp"

#include <fmt/format.h>

#include <vector>

#include "tatakerja/util/text.hpp"

namespace tatakerja::diag {

const RuleId* find_rule_id(std::string_view id) {
  for (const RuleId& rule : rules::kAll) {
    if (rule.id == id) return &rule;
  }
  return nullptr;
}

std::string rule_suggestion(std::string_view id) {
  std::vector<std::string_view> ids;
  for (const RuleId& rule : rules::kAll) ids.push_back(rule.id);
  return util::suggest(id, ids);
}

std::string not_a_rule(std::string_view id) {
  return fmt::format("`{}` is not a rule{} (`tatakerja explain` lists the rules)",
                     util::escape_control(id), util::did_you_mean(rule_suggestion(id)));
}

}  // namespace tatakerja::diag
