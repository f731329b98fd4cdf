// Explanations: SOPs stay within their duties.
#include "explanations.hpp"

namespace tatakerja::check::explain {

const Explanation kSopWithoutDuty{
    .summary = "an SOP lists no duty",
    .what =
        "An SOP lists no duty under `duties`, so nothing says which duty of which position "
        "it carries out. Write a duty of the `owner` by its bare id, or any duty as "
        "`POSITION/DUTY`.",
    .why =
        "\"SOP dibuat untuk setiap tugas jabatan\": an SOP is written for a duty that a "
        "position was given (its uraian tugas, Permenpan-RB 1/2020), never for work nobody "
        "was given. Without the link, duties cannot be checked for their SOPs.",
    .wrong = R"yaml(kind: SOP
id: usul-cuti
title: Pelayanan Usul Cuti Pegawai
owner: analis-sdm
output: Surat izin cuti
steps:
  - activity: Menerima dan memeriksa permohonan cuti
    actor: analis-sdm
    time: 15m
    output: Permohonan cuti terverifikasi
)yaml",
    .fixed = R"yaml(kind: SOP
id: usul-cuti
title: Pelayanan Usul Cuti Pegawai
owner: analis-sdm
duties: [usul-cuti]
output: Surat izin cuti
steps:
  - activity: Menerima dan memeriksa permohonan cuti
    actor: analis-sdm
    time: 15m
    output: Permohonan cuti terverifikasi
)yaml",
};

const Explanation kSopDutyNotOwned{
    .summary = "an SOP lists a duty its owner does not hold",
    .what =
        "An SOP lists a duty that its `owner` does not hold (a `POSITION/DUTY` of another "
        "position). For an SOP without an `owner`: a duty whose position acts in none of "
        "its steps, neither itself nor as a member of a Role that is a step's `actor` (a "
        "team's members act in the team's steps).",
    .why =
        "\"SOP dibuat untuk setiap tugas jabatan\": the position that answers for an SOP "
        "carries out its own duties. An SOP that claims another position's duty hides who "
        "does the work, and that position's duty is left without an SOP of its own.",
    .wrong = R"yaml(kind: Position
id: analis-sdm
name: Analis SDM Aparatur
duties: [{id: rencana-formasi, text: Menyusun rencana kebutuhan formasi pegawai}]
---
kind: Position
id: pengelola-kepegawaian
name: Pengelola Kepegawaian
duties: [{id: usul-cuti, text: Memproses usul cuti pegawai}]
---
kind: SOP
id: usul-cuti
title: Pelayanan Usul Cuti Pegawai
owner: analis-sdm
duties: [pengelola-kepegawaian/usul-cuti]
output: Surat izin cuti
steps:
  - activity: Menerima dan memeriksa permohonan cuti
    actor: analis-sdm
    time: 15m
    output: Permohonan cuti terverifikasi
)yaml",
    .fixed = R"yaml(kind: Position
id: analis-sdm
name: Analis SDM Aparatur
duties: [{id: rencana-formasi, text: Menyusun rencana kebutuhan formasi pegawai}]
---
kind: Position
id: pengelola-kepegawaian
name: Pengelola Kepegawaian
duties: [{id: usul-cuti, text: Memproses usul cuti pegawai}]
---
kind: SOP
id: usul-cuti
title: Pelayanan Usul Cuti Pegawai
owner: pengelola-kepegawaian
duties: [usul-cuti]
output: Surat izin cuti
steps:
  - activity: Menerima dan memeriksa permohonan cuti
    actor: pengelola-kepegawaian
    time: 15m
    output: Permohonan cuti terverifikasi
)yaml",
};

const Explanation kSopCountExceedsDuties{
    .summary = "a position answers for more SOPs than it has duties",
    .what =
        "A position is the `owner` of more SOPs than it has duties (archived SOPs do not "
        "count). Reported at the `owner` of each SOP beyond the count, in repository "
        "order.",
    .why =
        "An SOP is written for each duty that a position was given, never more SOPs than "
        "duties: more SOPs mean that a duty is missing from the position's Anjab "
        "(Permenpan-RB 1/2020), or that one duty was split into several SOPs.",
    .wrong = R"yaml(kind: Position
id: analis-sdm
name: Analis SDM Aparatur
duties: [{id: usul-cuti, text: Memproses usul cuti pegawai}]
---
kind: SOP
id: usul-cuti
title: Pelayanan Usul Cuti Pegawai
owner: analis-sdm
duties: [usul-cuti]
---
kind: SOP
id: usul-pensiun
title: Pelayanan Usul Pensiun Pegawai
owner: analis-sdm
duties: [usul-cuti]
)yaml",
    .fixed = R"yaml(kind: Position
id: analis-sdm
name: Analis SDM Aparatur
duties:
  - {id: usul-cuti, text: Memproses usul cuti pegawai}
  - {id: usul-pensiun, text: Memproses usul pensiun pegawai}
---
kind: SOP
id: usul-cuti
title: Pelayanan Usul Cuti Pegawai
owner: analis-sdm
duties: [usul-cuti]
---
kind: SOP
id: usul-pensiun
title: Pelayanan Usul Pensiun Pegawai
owner: analis-sdm
duties: [usul-pensiun]
)yaml",
};

const Explanation kSopDuplicate{
    .summary = "two SOPs carry out one duty, or share a title",
    .what =
        "Two SOPs carry out the same duty, or have the same title once case, spacing and "
        "punctuation are folded (\"Usul Cuti Pegawai\" and \"usul cuti  pegawai.\"). "
        "Reported at the later SOP's duty or title, naming the first; archived SOPs do not "
        "count.",
    .why =
        "\"SOP dibuat sekali\": an SOP is written once and used by everyone who does the "
        "work. Two SOPs for one piece of work drift apart, and nobody knows which holds.",
    .wrong = R"yaml(kind: SOP
id: usul-cuti
title: Pelayanan Usul Cuti Pegawai
owner: analis-sdm
duties: [usul-cuti]
---
kind: SOP
id: usul-cuti-tahunan
title: Pelayanan usul cuti pegawai.
owner: analis-sdm
duties: [usul-cuti]
)yaml",
    .fixed = R"yaml(kind: SOP
id: usul-cuti
title: Pelayanan Usul Cuti Pegawai
owner: analis-sdm
duties: [usul-cuti]
---
kind: SOP
id: usul-cuti-besar
title: Pelayanan Usul Cuti Besar
owner: analis-sdm
duties: [usul-cuti-besar]
)yaml",
};

const Explanation kDutyWithoutSop{
    .summary = "a position has duties that no SOP carries out",
    .what =
        "A position has duties that no SOP carries out (archived SOPs do not count): one "
        "finding a position, at its `duties` key, naming each such duty, so that an Anjab "
        "loaded before its SOPs gives a worklist of positions. A duty that needs no SOP of "
        "its own says so with `sop: none` and a `sop_reason` (e.g. the SOP that covers it), "
        "and then counts as covered.",
    .why =
        "\"SOP dibuat untuk setiap tugas jabatan\": every duty a position was given has its "
        "SOP; until then the SOPs are not finished (\"selesai dibuat\").",
    .wrong = R"yaml(kind: Position
id: analis-sdm
name: Analis SDM Aparatur
duties:
  - {id: usul-cuti, text: Memproses usul cuti pegawai}
  - {id: usul-pensiun, text: Memproses usul pensiun pegawai}
---
kind: SOP
id: usul-cuti
title: Pelayanan Usul Cuti Pegawai
owner: analis-sdm
duties: [usul-cuti]
)yaml",
    .fixed = R"yaml(kind: Position
id: analis-sdm
name: Analis SDM Aparatur
duties:
  - {id: usul-cuti, text: Memproses usul cuti pegawai}
  - {id: usul-pensiun, text: Memproses usul pensiun pegawai}
---
kind: SOP
id: usul-cuti
title: Pelayanan Usul Cuti Pegawai
owner: analis-sdm
duties: [usul-cuti]
---
kind: SOP
id: usul-pensiun
title: Pelayanan Usul Pensiun Pegawai
owner: analis-sdm
duties: [usul-pensiun]
)yaml",
};

}  // namespace tatakerja::check::explain
