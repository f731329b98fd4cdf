// Test helper for the handbook writers: a repository whose every text
// field holds markup, quotes, a line break and ANSI escape bytes, to show
// that no writer lets user text break out of where it is put.
#pragma once

#include <string>

namespace test {

// YAML double-quoted: \e is ESC, \n a line break.
inline const char* const kHostileYaml =
    R"("<script>alert(1)</script> | `t` \"] --> ' \\ \e[31m *a* _b_ [c](d) # e &amp;\n- f\n1. g")";

inline std::string hostile_repo() {
  const std::string h = kHostileYaml;
  return "kind: Unit\nid: u.1\nname: " + h +
         "\nhead: p_1\n---\n"
         "kind: Position\nid: p_1\nname: " +
         h + "\nunit: u.1\ntype: " + h + "\nsummary: " + h +
         "\nqualifications:\n  education: " + h + "\n  training: [" + h + "]\n  experience: " + h +
         "\nresponsibilities: [" + h + "]\nhazards: [" + h +
         "]\nstaff: 1\nduties:\n  - {id: d1, text: " + h + ", output: " + h +
         ", unit_of_output: " + h +
         ", volume: 10, standard_time: 1h}\n---\n"
         "kind: Employee\nid: e1\nname: " +
         h +
         "\nposition: p_1\n---\n"
         "kind: SOP\nid: s_1\nnumber: " +
         h + "\ntitle: " + h +
         "\nunit: u.1\nowner: p_1\n"
         "duties: [d1]\ncreated: 2024-01-02\neffective: 2024-02-03\n"
         "approved_by: {position: " +
         h + ", name: " + h + ", nip: " + h +
         "}\n"
         "legal_basis: [" +
         h + "]\nqualifications: [" + h +
         "]\nrelated: [s_1]\n"
         "equipment: [" +
         h + "]\nwarnings: [" + h + "]\nrecords: [" + h +
         "]\n"
         "external_actors: [" +
         h + "]\noutput: " + h +
         "\nsteps:\n"
         "  - {activity: " +
         h + ", actor: " + h + ", requirements: [" + h +
         "], time: 5m, "
         "output: " +
         h + ", notes: " + h +
         "}\n"
         "  - {activity: " +
         h + ", actor: p_1, decision: " + h + ", labels: [" + h + ", " + h +
         "], no: 1, time: 5m, output: " + h + "}\n  - {activity: " + h +
         ", actor: r_1, time: 5m, output: " + h + "}\n---\nkind: Role\nid: r_1\nname: " + h +
         "\nmembers: [p_1]\n";
}

}  // namespace test
