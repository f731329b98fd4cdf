// Explanations: positions, employees and workload.
#include "explanations.hpp"

namespace tatakerja::check::explain {

const Explanation kPositionWithoutDuties{
    .summary = "a position has no duties",
    .what = "A position has no `duties` (uraian tugas), or an empty list.",
    .why =
        "Every employee is given a duty description: the Anjab of a position "
        "(Permenpan-RB 1/2020) lists its duties, and without them the position can have no "
        "SOP and no workload.",
    .wrong = R"yaml(kind: Position
id: analis-sdm
name: Analis SDM Aparatur
)yaml",
    .fixed = R"yaml(kind: Position
id: analis-sdm
name: Analis SDM Aparatur
duties:
  - id: rencana-formasi
    text: Menyusun rencana kebutuhan formasi pegawai
)yaml",
};

const Explanation kDutyWorkloadMissing{
    .summary = "a duty lacks volume or standard_time",
    .what =
        "A duty lacks `volume` (beban kerja, a year) or `standard_time` (norma waktu), so "
        "the workload analysis counts it as zero hours, and lists it.",
    .why =
        "The workload analysis (ABK, Permenpan-RB 1/2020) counts each duty as volume × "
        "standard time; a duty without either silently lowers the position's workload and "
        "the staff it needs.",
    .wrong = R"yaml(kind: Position
id: analis-sdm
name: Analis SDM Aparatur
duties:
  - id: rencana-formasi
    text: Menyusun rencana kebutuhan formasi pegawai
    volume: 12
)yaml",
    .fixed = R"yaml(kind: Position
id: analis-sdm
name: Analis SDM Aparatur
duties:
  - id: rencana-formasi
    text: Menyusun rencana kebutuhan formasi pegawai
    volume: 12
    standard_time: 6h
)yaml",
};

const Explanation kDutyUnassigned{
    .summary = "a duty of a position is carried by none of its employees",
    .what =
        "Employees of a position are listed with explicit `duties`, and some duty of the "
        "position is carried by none of them. An employee without `duties` carries all the "
        "duties of the position.",
    .why =
        "\"Tugas dibagi habis\": all the duties of a position are shared out to the "
        "employees who hold it, none left over; a duty that nobody carries is not done.",
    .wrong = R"yaml(kind: Position
id: analis-sdm
name: Analis SDM Aparatur
duties:
  - {id: rencana-formasi, text: Menyusun rencana kebutuhan formasi pegawai}
  - {id: usul-cuti, text: Memproses usul cuti pegawai}
---
kind: Employee
id: "198001012005011001"
name: Ahmad Fauzi, S.Psi.
position: analis-sdm
duties: [rencana-formasi]
)yaml",
    .fixed = R"yaml(kind: Position
id: analis-sdm
name: Analis SDM Aparatur
duties:
  - {id: rencana-formasi, text: Menyusun rencana kebutuhan formasi pegawai}
  - {id: usul-cuti, text: Memproses usul cuti pegawai}
---
kind: Employee
id: "198001012005011001"
name: Ahmad Fauzi, S.Psi.
position: analis-sdm
duties: [rencana-formasi, usul-cuti]
)yaml",
};

const Explanation kEmployeeWithoutDuty{
    .summary = "an employee carries no duty",
    .what = "An employee whose `duties` list is empty, or whose position has no duties.",
    .why =
        "Every employee is given a duty description, from the duties of their position "
        "(Anjab, Permenpan-RB 1/2020); an employee without one has no workload to count "
        "and no SOP to follow.",
    .wrong = R"yaml(kind: Employee
id: "198001012005011001"
name: Ahmad Fauzi, S.Psi.
position: analis-sdm
duties: []
)yaml",
    .fixed = R"yaml(kind: Employee
id: "198001012005011001"
name: Ahmad Fauzi, S.Psi.
position: analis-sdm
duties: [rencana-formasi]
)yaml",
};

const Explanation kStaffMismatch{
    .summary = "a position's staff and its Employee documents disagree",
    .what =
        "A position gives `staff`, Employee documents name the position, and the two "
        "numbers differ. The Employee documents are what the workload counts.",
    .why =
        "The workload analysis (ABK, Permenpan-RB 1/2020) weighs the staff needed against "
        "the existing staff (bezetting); two counts that disagree make the balance depend "
        "on which one is read.",
    .wrong = R"yaml(kind: Position
id: analis-sdm
name: Analis SDM Aparatur
staff: 2
duties: [{id: rencana-formasi, text: Menyusun rencana kebutuhan formasi pegawai}]
---
kind: Employee
id: "198001012005011001"
name: Ahmad Fauzi, S.Psi.
position: analis-sdm
)yaml",
    .fixed = R"yaml(kind: Position
id: analis-sdm
name: Analis SDM Aparatur
staff: 1
duties: [{id: rencana-formasi, text: Menyusun rencana kebutuhan formasi pegawai}]
---
kind: Employee
id: "198001012005011001"
name: Ahmad Fauzi, S.Psi.
position: analis-sdm
)yaml",
};

}  // namespace tatakerja::check::explain
