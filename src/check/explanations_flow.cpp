// Explanations: the flow of an SOP's steps, and their time.
#include "explanations.hpp"

namespace tatakerja::check::explain {

const Explanation kFlowUnreachable{
    .summary = "a step cannot be reached from the start",
    .what =
        "A step cannot be reached from the start (the first step) by going on to the next "
        "step, following `next:`, or either way of a decision. One report for each "
        "unreachable step that no earlier-reported step leads to, counting the unreachable "
        "steps it leads to.",
    .why =
        "The plenary review checks that the SOP follows the work flow; the SOP AP flowchart "
        "(Permenpan-RB 35/2012) runs from one start to the end, and a step that nothing "
        "leads to is never done.",
    .wrong = R"yaml(kind: SOP
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
    next: end
  - activity: Menandatangani surat izin cuti
    actor: kepala-kantor
    time: 10m
    output: Surat izin cuti
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
  - activity: Menandatangani surat izin cuti
    actor: kepala-kantor
    time: 10m
    output: Surat izin cuti
)yaml",
};

const Explanation kFlowNoEnd{
    .summary = "from some step the procedure can never end",
    .what =
        "From some step that the start reaches, no way leads to `end`: a loop with no way "
        "out. One report an SOP, at the first such step in the list, counting the others.",
    .why =
        "An SOP AP flowchart (Permenpan-RB 35/2012) ends in its terminator, with the SOP's "
        "output delivered; a loop with no way out means the procedure can never finish.",
    .wrong = R"yaml(kind: SOP
id: usul-cuti
title: Pelayanan Usul Cuti Pegawai
owner: analis-sdm
duties: [usul-cuti]
output: Surat izin cuti
steps:
  - activity: Menerima permohonan cuti dari pegawai
    actor: analis-sdm
    time: 5m
    output: Permohonan cuti
  - activity: Memeriksa kelengkapan permohonan cuti
    actor: analis-sdm
    time: 10m
    output: Permohonan cuti terverifikasi
    next: 1
)yaml",
    .fixed = R"yaml(kind: SOP
id: usul-cuti
title: Pelayanan Usul Cuti Pegawai
owner: analis-sdm
duties: [usul-cuti]
output: Surat izin cuti
steps:
  - activity: Menerima permohonan cuti dari pegawai
    actor: analis-sdm
    time: 5m
    output: Permohonan cuti
  - activity: Memeriksa kelengkapan permohonan cuti
    actor: analis-sdm
    decision: Permohonan lengkap?
    no: 1
    time: 10m
    output: Permohonan cuti terverifikasi
)yaml",
};

const Explanation kFlowDecision{
    .summary = "a decision without a `no` way, with both ways to one place, or with no question",
    .what =
        "A decision step (one with `decision:`) has no `no:`, or its two ways go to the "
        "same place, or its `decision` is empty text (`decision: \"\"`, or `decision:` "
        "with nothing after it). \"Ya\" goes to `yes:`, else `next:`, else the following "
        "step (or `end` after the last); \"Tidak\" goes to `no:`. Write the question, or "
        "`decision: true` when the activity itself is the check (as most printed SOPs "
        "draw it: a diamond holding the activity, Ya and Tidak on its ways); `decision: "
        "false` is a process step.",
    .why =
        "In the SOP AP flowchart (Permenpan-RB 35/2012) a decision is a diamond with two "
        "ways out, Ya and Tidak. With one way, the reader cannot tell what happens when "
        "the answer is no; with both ways to one place, nothing was decided.",
    .wrong = R"yaml(kind: SOP
id: usul-cuti
title: Pelayanan Usul Cuti Pegawai
owner: analis-sdm
duties: [usul-cuti]
output: Surat izin cuti
steps:
  - activity: Menerima permohonan cuti dari pegawai
    actor: analis-sdm
    time: 5m
    output: Permohonan cuti
  - activity: Memeriksa kelengkapan permohonan cuti
    actor: analis-sdm
    decision: Permohonan lengkap?
    time: 10m
    output: Permohonan cuti terverifikasi
)yaml",
    .fixed = R"yaml(kind: SOP
id: usul-cuti
title: Pelayanan Usul Cuti Pegawai
owner: analis-sdm
duties: [usul-cuti]
output: Surat izin cuti
steps:
  - activity: Menerima permohonan cuti dari pegawai
    actor: analis-sdm
    time: 5m
    output: Permohonan cuti
  - activity: Memeriksa kelengkapan permohonan cuti
    actor: analis-sdm
    decision: Permohonan lengkap?
    no: 1
    time: 10m
    output: Permohonan cuti terverifikasi
)yaml",
};

const Explanation kSopTimeExceedsStandard{
    .summary = "the owner's steps take longer than the duties' standard time",
    .what =
        "The time that the owner's own steps take along the main path (from the start, "
        "the `yes` way through every decision, until `end` or a step seen before) is "
        "longer than the `standard_time` of the duties the SOP carries out, summed. "
        "Not judged when a duty has no `standard_time` or the owner is unknown.",
    .why =
        "The duty's standard time (norma waktu, Permenpan-RB 1/2020) is what the workload "
        "analysis counts; the step times (mutu baku waktu, Permenpan-RB 35/2012) describe "
        "the same work. When the owner's steps take longer, one of the two is wrong, and "
        "the workload of the position is undercounted.",
    .wrong = R"yaml(kind: Position
id: analis-sdm
name: Analis SDM Aparatur
duties: [{id: usul-cuti, text: Memproses usul cuti pegawai, volume: 120, standard_time: 30m}]
---
kind: SOP
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
  - activity: Menyiapkan konsep surat izin cuti
    actor: analis-sdm
    time: 30m
    output: Konsep surat izin cuti
)yaml",
    .fixed = R"yaml(kind: Position
id: analis-sdm
name: Analis SDM Aparatur
duties: [{id: usul-cuti, text: Memproses usul cuti pegawai, volume: 120, standard_time: 45m}]
---
kind: SOP
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
  - activity: Menyiapkan konsep surat izin cuti
    actor: analis-sdm
    time: 30m
    output: Konsep surat izin cuti
)yaml",
};

const Explanation kSopTotalTime{
    .summary = "total_time differs from the step times along the main path",
    .what =
        "The `total_time` an SOP states differs from the sum of the times of the steps along "
        "its main path: from the first step, following `next` (the `yes` way through every "
        "decision), until `end`, each step once. A range (`5-10 menit`) counts with its "
        "upper end, on both sides. Not judged when the main path does not reach `end` or a "
        "step on it has no readable `time` (other rules report those).",
    .why =
        "Printed SOPs end the procedure table with a Jumlah row: the total of the Waktu "
        "column (mutu baku waktu, Permenpan-RB 35/2012), which is what the public is told "
        "a service takes. Typed in by hand, it drifts from the steps when one is changed, "
        "and the document then promises a time its own steps contradict.",
    .wrong = R"yaml(kind: SOP
id: legalisir-buku-nikah
title: Pelayanan Legalisir Buku Nikah
external_actors: [Pemohon, Petugas KUA]
total_time: 20 menit
steps:
  - activity: Pemohon menyerahkan fotokopi buku nikah
    actor: Pemohon
    time: 5 Menit
    output: Fotokopi buku nikah
  - activity: Memeriksa kesesuaian fotokopi dengan aslinya
    actor: Petugas KUA
    decision: Fotokopi sesuai?
    no: end
    time: 5-10 menit
    output: Fotokopi terverifikasi
  - activity: Membubuhkan cap dan tanda tangan legalisir
    actor: Petugas KUA
    time: 15 menit
    output: Fotokopi buku nikah terlegalisir
)yaml",
    .fixed = R"yaml(kind: SOP
id: legalisir-buku-nikah
title: Pelayanan Legalisir Buku Nikah
external_actors: [Pemohon, Petugas KUA]
total_time: 30 menit
steps:
  - activity: Pemohon menyerahkan fotokopi buku nikah
    actor: Pemohon
    time: 5 Menit
    output: Fotokopi buku nikah
  - activity: Memeriksa kesesuaian fotokopi dengan aslinya
    actor: Petugas KUA
    decision: Fotokopi sesuai?
    no: end
    time: 5-10 menit
    output: Fotokopi terverifikasi
  - activity: Membubuhkan cap dan tanda tangan legalisir
    actor: Petugas KUA
    time: 15 menit
    output: Fotokopi buku nikah terlegalisir
)yaml",
};

}  // namespace tatakerja::check::explain
