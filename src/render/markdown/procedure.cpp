// The procedure table of an SOP: No | Kegiatan | Pelaksana | Mutu Baku
// (Kelengkapan, Waktu, Output) | Keterangan, one row a step. Where the flow
// does not simply go on to the next row, Keterangan says where it goes.
// After the last step, the Jumlah row of the Waktu column; under the
// table, the members of each Role lane.
#include <fmt/format.h>

#include "markdown.hpp"

namespace tatakerja::render::md {

namespace {

std::string target_text(const Context& c, const model::FlowTarget& target,
                        const std::optional<model::Text>& written) {
  if (target.step >= 0) return std::to_string(target.step + 1);
  if (target.step == model::FlowTarget::kEnd) return c.l.flow_end;
  return written ? cell(written->value) : std::string("?");
}

// "Ya → 3; Tidak → 7" for a decision, "→ 7" for a jump, else empty.
std::string flow_text(const Context& c, const model::Step& step, int index, int count) {
  if (step.is_decision()) {
    const bool own = step.labels.items.size() == 2;
    const std::string yes = own ? cell(step.labels.items[0].value) : std::string(c.l.yes);
    const std::string no = own ? cell(step.labels.items[1].value) : std::string(c.l.no);
    return fmt::format("{} → {}; {} → {}", yes,
                       target_text(c, step.next_ref, step.yes ? step.yes : step.next), no,
                       target_text(c, step.no_ref, step.no));
  }
  const int next = step.next_ref.step;
  const bool natural = next == index + 1 || (next == model::FlowTarget::kEnd && index + 1 == count);
  return natural ? std::string() : "→ " + target_text(c, step.next_ref, step.next);
}

std::string activity_cell(const Context& c, const model::Step& step) {
  std::string out = step.activity ? cell(step.activity->value) : std::string();
  // The question in bold; a decision whose activity is the check (`decision:
  // true`) or that has no question shows its activity alone: never `****`.
  const bool asks = step.decision && !step.decision_is_activity &&
                    step.decision->value.find_first_not_of(" \t\r\n") != std::string::npos;
  if (asks)
    out += (out.empty() ? "" : "<br>") + std::string("**") + cell(step.decision->value) + "**";
  return out.empty() ? std::string(c.l.none) : out;
}

std::string requirements_cell(const Context& c, const model::TextList& list) {
  if (list.items.empty()) return c.l.none;
  std::string out;
  for (std::size_t i = 0; i < list.items.size(); ++i) {
    out += (i > 0 ? "<br>" : "") + cell(list.items[i].value);
  }
  return out;
}

std::string notes_cell(const Context& c, const model::Step& step, int index, int count) {
  std::string out = step.notes ? cell(step.notes->value) : std::string();
  const std::string flow = flow_text(c, step, index, count);
  if (!flow.empty()) out += (out.empty() ? "" : "<br>") + flow;
  return out;
}

// Under the table, as printed SOPs footnote a team's lane: "Anggota TIM:
// Kepala Subbagian Tata Usaha, Perencana".
void role_members(std::ostream& out, const Context& c, const model::Sop& sop) {
  for (int r : roles_with_members(c.repo, sop)) {
    const auto& role = c.repo.roles[r];
    out << '\n' << c.l.members_of << ' ' << inline_text(role.name.value) << ':';
    for (std::size_t i = 0; i < role.member_refs.size(); ++i) {
      const int p = role.member_refs[i];
      out << (i > 0 ? ", " : " ") << position_link(c, p, c.repo.positions[p].name.value);
    }
    out << '\n';
  }
}

}  // namespace

void write_procedure(std::ostream& out, const Context& c, int s) {
  const auto& sop = c.repo.sops[s];
  const auto& l = c.l;
  out << "\n**" << l.procedure << "**\n\n";
  header(out, {l.number, l.activity, l.executor, l.requirements, l.time, l.step_output, l.notes},
         "rllllll");
  const int count = static_cast<int>(sop.steps.size());
  for (int i = 0; i < count; ++i) {
    const auto& step = sop.steps[i];
    row(out, {std::to_string(i + 1), activity_cell(c, step), lane_name(c, sop, step),
              requirements_cell(c, step.requirements), time_cell(c, step.time),
              step.output ? cell(step.output->value) : std::string(l.none),
              notes_cell(c, step, i, count)});
  }
  if (count > 0) {  // Jumlah: the total of the Waktu column (handbook.md)
    const auto total = total_time(c.repo, sop, c.language());
    const std::string text = total.text ? cell(*total.text) : std::string(l.none);
    row(out, {"", "**" + std::string(l.total) + "**", "", "", "**" + text + "**", "", ""});
  }
  role_members(out, c, sop);
  out << '\n';
}

}  // namespace tatakerja::render::md
