#include <fmt/format.h>

#include "context.hpp"
#include "tatakerja/diag/rules.hpp"

namespace tatakerja::resolve {

namespace {

int find_optional(Context& ctx, const std::unordered_map<std::string, int>& index,
                  const std::optional<model::Text>& id, std::string_view what) {
  return id ? ctx.find(index, *id, what) : -1;
}

// The index of duty `id` in `position`, or -1.
int duty_index(const model::Position& position, std::string_view id) {
  for (std::size_t i = 0; i < position.duties.size(); ++i) {
    if (position.duties[i].id.value == id) return static_cast<int>(i);
  }
  return -1;
}

std::vector<std::string_view> duty_ids(const model::Position& position) {
  std::vector<std::string_view> ids;
  for (const auto& duty : position.duties) ids.push_back(duty.id.value);
  return ids;
}

}  // namespace

void resolve_units_and_positions(Context& ctx) {
  auto& repo = ctx.repo;
  for (auto& unit : repo.units) {
    unit.parent_ref = find_optional(ctx, repo.unit_index, unit.parent, "unit");
    unit.head_ref = find_optional(ctx, repo.position_index, unit.head, "position");
  }
  for (auto& position : repo.positions) {
    position.unit_ref = find_optional(ctx, repo.unit_index, position.unit, "unit");
    position.reports_to_ref =
        find_optional(ctx, repo.position_index, position.reports_to, "position");
    if (!position.unit && !repo.units.empty()) {
      ctx.out.push_back(diag::make(diag::rules::kSchema, position.doc.start,
                                   "Position has no `unit`: it is required when the repository "
                                   "has Units"));
    }
  }
}

void resolve_employees(Context& ctx) {
  auto& repo = ctx.repo;
  for (auto& employee : repo.employees) {
    employee.position_ref = find_optional(ctx, repo.position_index, employee.position, "position");
    for (const auto& acting : employee.acting.items) {
      employee.acting_refs.push_back(ctx.find(repo.position_index, acting, "position"));
    }
    if (employee.position_ref < 0) continue;
    const auto& position = repo.positions[employee.position_ref];
    for (const auto& duty : employee.duties.items) {
      const int index = duty_index(position, duty.value);
      if (index < 0) {
        ctx.unknown(duty, "duty", duty_ids(position),
                    fmt::format("not a duty of `{}`", position.doc.id.value));
      } else {
        employee.duty_refs.push_back(index);
      }
    }
  }
}

void resolve_roles(Context& ctx) {
  auto& repo = ctx.repo;
  for (auto& role : repo.roles) {
    role.unit_ref = find_optional(ctx, repo.unit_index, role.unit, "unit");
    for (const auto& member : role.members.items) {
      const int position = ctx.find(repo.position_index, member, "position");
      if (position >= 0) role.member_refs.push_back(position);
    }
  }
}

// `POSITION/DUTY`, or a bare `DUTY` of the owner.
model::DutyRef resolve_duty(Context& ctx, const model::Sop& sop, const model::Text& ref) {
  const auto& repo = ctx.repo;
  const auto slash = ref.value.find('/');
  int position = sop.owner_ref;
  std::string_view duty = ref.value;
  if (slash != std::string::npos) {
    const model::Text position_id{ref.value.substr(0, slash), ref.loc};
    position = ctx.find(repo.position_index, position_id, "position");
    duty = std::string_view(ref.value).substr(slash + 1);
    if (position < 0) return {};
  } else if (position < 0) {
    if (!sop.owner) {
      ctx.unknown(ref, "duty", {},
                  "a bare duty id needs the SOP's `owner`; else write POSITION/DUTY");
    }
    return {};
  }
  const auto& holder = repo.positions[position];
  const int index = duty_index(holder, duty);
  if (index < 0) {
    ctx.unknown(ref, "duty", duty_ids(holder),
                fmt::format("not a duty of `{}`", holder.doc.id.value), duty);
    return {};
  }
  return {position, index};
}

}  // namespace tatakerja::resolve
