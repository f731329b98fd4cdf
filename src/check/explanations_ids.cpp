// Explanations: ids, references and hierarchies.
#include "explanations.hpp"

namespace tatakerja::check::explain {

const Explanation kIdCaseCollision{
    .summary = "two ids of one kind differ only in letter case",
    .what =
        "Two documents of one kind have ids that differ only in letter case (`subbag-tu` "
        "and `Subbag-TU`). Ids are case-sensitive, so these are two documents, and a "
        "reference written in the other case names the other one. Reported at the later "
        "id, naming the first.",
    .why =
        "To people, and to file systems that ignore case, these are one name: references "
        "that look right would point elsewhere. Each id is unique per kind (format.md).",
    .wrong = R"yaml(kind: Unit
id: subbag-tu
name: Subbagian Tata Usaha
---
kind: Unit
id: Subbag-TU
name: Subbagian Tata Usaha (lama)
)yaml",
    .fixed = R"yaml(kind: Unit
id: subbag-tu
name: Subbagian Tata Usaha
---
kind: Unit
id: subbag-tu-lama
name: Subbagian Tata Usaha (lama)
)yaml",
};

const Explanation kHierarchyCycle{
    .summary = "units' parent or positions' reports_to form a loop",
    .what =
        "Units' `parent` or positions' `reports_to` form a loop: a unit lies, directly or "
        "through others, inside itself, or a position reports to itself through its "
        "superiors. Each loop is reported once, at the member that comes first in the "
        "repository, listing the loop (`a` → `b` → `a`).",
    .why =
        "An organisation is a tree: every unit and every position has one superior, up to "
        "the head of the office (Anjab names each position's direct superior, Permenpan-RB "
        "1/2020). A loop has no head, and unit totals of the workload would count a unit "
        "inside itself.",
    .wrong = R"yaml(kind: Unit
id: kankemenag
name: Kantor Kementerian Agama Kabupaten Grobogan
parent: subbag-tu
---
kind: Unit
id: subbag-tu
name: Subbagian Tata Usaha
parent: kankemenag
)yaml",
    .fixed = R"yaml(kind: Unit
id: kankemenag
name: Kantor Kementerian Agama Kabupaten Grobogan
---
kind: Unit
id: subbag-tu
name: Subbagian Tata Usaha
parent: kankemenag
)yaml",
};

const Explanation kDuplicateId{
    .summary = "two documents of one kind, two duties or two steps share an id",
    .what =
        "Two documents of one kind share an id, two duties of one position share an id, "
        "or two steps of one SOP share an id. Both places are reported, since either may "
        "be the one to rename.",
    .why =
        "Every reference names an id (format.md): a shared id makes references ambiguous, "
        "and the first one would silently win.",
    .wrong = R"yaml(kind: Position
id: analis-sdm
name: Analis SDM Aparatur
duties:
  - id: rencana-formasi
    text: Menyusun rencana kebutuhan formasi pegawai
  - id: rencana-formasi
    text: Menyusun rencana pengembangan kompetensi pegawai
)yaml",
    .fixed = R"yaml(kind: Position
id: analis-sdm
name: Analis SDM Aparatur
duties:
  - id: rencana-formasi
    text: Menyusun rencana kebutuhan formasi pegawai
  - id: rencana-kompetensi
    text: Menyusun rencana pengembangan kompetensi pegawai
)yaml",
};

const Explanation kUnknownReference{
    .summary = "a reference names nothing",
    .what =
        "A reference names nothing: a unit, position, duty, SOP, employee, step or actor "
        "that no document (or no step of the SOP) has. The nearest existing id is "
        "suggested.",
    .why =
        "References hold the work system together: an SOP's owner and duties, a step's "
        "actor, an employee's position. A typo would silently cut a document off from the "
        "rest, and its work would count nowhere.",
    .wrong = R"yaml(kind: Position
id: analis-sdm
name: Analis SDM Aparatur
duties: [{id: rencana-formasi, text: Menyusun rencana kebutuhan formasi pegawai}]
---
kind: Employee
id: "198001012005011001"
name: Ahmad Fauzi, S.Psi.
position: analis-sdm-aparatur
)yaml",
    .fixed = R"yaml(kind: Position
id: analis-sdm
name: Analis SDM Aparatur
duties: [{id: rencana-formasi, text: Menyusun rencana kebutuhan formasi pegawai}]
---
kind: Employee
id: "198001012005011001"
name: Ahmad Fauzi, S.Psi.
position: analis-sdm
)yaml",
};

}  // namespace tatakerja::check::explain
