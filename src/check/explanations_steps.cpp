// Explanations: clear steps and outputs.
#include "explanations.hpp"

namespace tatakerja::check::explain {

const Explanation kSopNoSteps{
    .summary = "an SOP has no steps",
    .what = "An SOP has no `steps`, or an empty list.",
    .why =
        "The SOP AP format (Permenpan-RB 35/2012) sets out the procedure (uraian prosedur) "
        "step by step, each with its actor and quality standard; an SOP without steps is "
        "only a title.",
    .wrong = R"yaml(kind: SOP
id: usul-cuti
title: Pelayanan Usul Cuti Pegawai
owner: analis-sdm
duties: [usul-cuti]
output: Surat izin cuti
steps: []
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

const Explanation kSopOutputMissing{
    .summary = "an SOP has no final output",
    .what =
        "The SOP's final output cannot be found: it has no `output`, and the step that "
        "ends the procedure has no `output` either (reported at that step, and then not "
        "again by step-output-missing). That step is where the main path ends: from the "
        "first step, following each step's next step and each decision's \"Ya\" way, the "
        "first step that leads to `end` — for most SOPs the last step. SOP AP has no "
        "final-output field: that step's output is the SOP's final output, unless the SOP "
        "gives its own `output`.",
    .why =
        "The plenary review checks that an SOP has a clear output, and SOP AP (Permenpan-RB "
        "35/2012) measures a procedure by what it delivers: the output of its last step.",
    .wrong = R"yaml(kind: SOP
id: usul-cuti
title: Pelayanan Usul Cuti Pegawai
owner: analis-sdm
duties: [usul-cuti]
steps:
  - activity: Menerima dan memeriksa permohonan cuti
    actor: analis-sdm
    time: 15m
    output: Permohonan cuti terverifikasi
  - activity: Menerbitkan surat izin cuti
    actor: analis-sdm
    time: 30m
)yaml",
    .fixed = R"yaml(kind: SOP
id: usul-cuti
title: Pelayanan Usul Cuti Pegawai
owner: analis-sdm
duties: [usul-cuti]
steps:
  - activity: Menerima dan memeriksa permohonan cuti
    actor: analis-sdm
    time: 15m
    output: Permohonan cuti terverifikasi
  - activity: Menerbitkan surat izin cuti
    actor: analis-sdm
    time: 30m
    output: Surat izin cuti
)yaml",
};

const Explanation kStepActorMissing{
    .summary = "a step has no actor",
    .what =
        "A step has no `actor` (pelaksana): a Position id, or one of the SOP's "
        "`external_actors`.",
    .why =
        "Every step must have someone who answers for it: the SOP AP flowchart "
        "(Permenpan-RB 35/2012) draws each step in its actor's lane, and the plenary review "
        "checks that the SOP follows the work flow and responsibilities.",
    .wrong = R"yaml(kind: SOP
id: usul-cuti
title: Pelayanan Usul Cuti Pegawai
owner: analis-sdm
duties: [usul-cuti]
output: Surat izin cuti
steps:
  - activity: Menerima dan memeriksa permohonan cuti
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

const Explanation kStepOutputMissing{
    .summary = "a step has no output",
    .what = "A step has no `output` (mutu baku: output).",
    .why =
        "SOP AP (Permenpan-RB 35/2012) gives every step a quality standard (mutu baku) of "
        "requirements, time and output: every step must produce something, which is what "
        "the next step works on.",
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

const Explanation kStepTimeMissing{
    .summary = "a step has no time",
    .what = "A step has no `time` (mutu baku: waktu).",
    .why =
        "SOP AP (Permenpan-RB 35/2012) gives every step the time it takes; without it the "
        "procedure cannot be monitored, nor compared with the duties' standard time "
        "(sop-time-exceeds-standard).",
    .wrong = R"yaml(kind: SOP
id: usul-cuti
title: Pelayanan Usul Cuti Pegawai
owner: analis-sdm
duties: [usul-cuti]
output: Surat izin cuti
steps:
  - activity: Menerima dan memeriksa permohonan cuti
    actor: analis-sdm
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

const Explanation kStepVagueWording{
    .summary = "a step's activity uses a vague phrase",
    .what =
        "A step's activity uses a vague phrase. With `language: id`: \"dll\", \"dsb\", "
        "\"dan lain-lain\", \"dan sebagainya\", \"sesuai kebutuhan\", \"jika perlu\", "
        "\"seperlunya\", \"secukupnya\", \"...\", \"TBD\"; with `en`: \"etc\", \"as "
        "needed\", \"if necessary\", \"and so on\", \"TBD\", \"...\"; plus the `vague_words` "
        "of tatakerja.yaml. Phrases match whole words, ignoring case; \"...\" (and \"…\") "
        "match anywhere.",
    .why =
        "The plenary review checks that the steps are clear: an activity that ends in "
        "\"dll\" leaves the reader to guess what else is done, and two people will do it "
        "two ways.",
    .wrong = R"yaml(kind: SOP
id: usul-cuti
title: Pelayanan Usul Cuti Pegawai
owner: analis-sdm
duties: [usul-cuti]
output: Surat izin cuti
steps:
  - activity: Memeriksa surat permohonan, formulir cuti, dll
    actor: analis-sdm
    time: 15m
    output: Berkas terverifikasi
)yaml",
    .fixed = R"yaml(kind: SOP
id: usul-cuti
title: Pelayanan Usul Cuti Pegawai
owner: analis-sdm
duties: [usul-cuti]
output: Surat izin cuti
steps:
  - activity: Memeriksa surat permohonan, formulir cuti dan sisa cuti tahunan
    actor: analis-sdm
    time: 15m
    output: Berkas terverifikasi
)yaml",
};

const Explanation kStepActivityUnclear{
    .summary = "a step's activity is a single word or does not begin with a verb",
    .what =
        "A step's activity is a single word or, with `language: id`, does not begin with a "
        "verb: a word with a me-, ber-, di- or ter- prefix (menerima, berkoordinasi, "
        "diteruskan, tercatat) or a common verb written without one (periksa, cetak, kirim, "
        "verifikasi, serahkan ...). An activity that begins with its own actor and then a "
        "verb passes (\"Pemohon mengisi formulir\", \"Kasubbag TU memeriksa berkas\", "
        "\"Umum mencatat surat\"): the actor's name as written, or its words abbreviated the "
        "way offices do (Kasubbag for Kepala Subbagian, TU for Tata Usaha), optionally after "
        "a word such as \"Petugas\". So does the object-first passive that printed SOPs "
        "use: up to four words of what is worked on, then a di- or ter- verb (\"Surat "
        "usulan ditandatangani kepala\", \"Jadwal kegiatan Walikota diterima\"). An "
        "activity that begins with a nominalisation "
        "(\"Pengajuan ...\") is step-activity-nominal's, and one that begins with \"Jika\" "
        "step-hidden-decision's.",
    .why =
        "The plenary review checks that the steps are clear; an activity (kegiatan) in SOP "
        "AP (Permenpan-RB 35/2012) says what the actor does. \"Surat masuk\" or \"Berkas "
        "pemohon\" names a thing, not what is done with it.",
    .wrong = R"yaml(kind: SOP
id: usul-cuti
title: Pelayanan Usul Cuti Pegawai
owner: analis-sdm
duties: [usul-cuti]
output: Surat izin cuti
steps:
  - activity: Surat permohonan cuti
    actor: analis-sdm
    time: 15m
    output: Berkas terverifikasi
)yaml",
    .fixed = R"yaml(kind: SOP
id: usul-cuti
title: Pelayanan Usul Cuti Pegawai
owner: analis-sdm
duties: [usul-cuti]
output: Surat izin cuti
steps:
  - activity: Memeriksa kelengkapan permohonan cuti
    actor: analis-sdm
    time: 15m
    output: Berkas terverifikasi
)yaml",
};

const Explanation kStepActivityNominal{
    .summary = "a step's activity begins with a nominalisation (Pengajuan ...)",
    .what =
        "With `language: id`, a step's activity begins with a nominalisation: a word of the "
        "form pe-...-an, per-...-an or ke-...-an (\"Pengajuan surat\", \"Penomoran surat\", "
        "\"Perbaikan konsep\"). Printed SOPs often write so; the active form says the same "
        "as an action. Information only.",
    .why =
        "The plenary review checks that the steps are clear; an activity (kegiatan) in SOP "
        "AP (Permenpan-RB 35/2012) says what the actor does, and a plenary may prefer "
        "\"Mengajukan surat\" to \"Pengajuan surat\". Both are understood, so this is no "
        "more than a note.",
    .wrong = R"yaml(kind: SOP
id: usul-cuti
title: Pelayanan Usul Cuti Pegawai
owner: analis-sdm
duties: [usul-cuti]
output: Surat izin cuti
steps:
  - activity: Pemeriksaan permohonan cuti
    actor: analis-sdm
    time: 15m
    output: Berkas terverifikasi
)yaml",
    .fixed = R"yaml(kind: SOP
id: usul-cuti
title: Pelayanan Usul Cuti Pegawai
owner: analis-sdm
duties: [usul-cuti]
output: Surat izin cuti
steps:
  - activity: Memeriksa permohonan cuti
    actor: analis-sdm
    time: 15m
    output: Berkas terverifikasi
)yaml",
};

const Explanation kStepHiddenDecision{
    .summary = "a process step hides a condition (jika, apabila ...)",
    .what =
        "A process step's activity holds a condition: the whole word \"jika\", \"apabila\", "
        "\"bila\", \"bilamana\", \"kalau\" or \"jikalau\" (`en`: \"if\", \"unless\", "
        "\"when ... not\"), as in \"Jika terdapat halangan, ...\" or \"Meneruskan berkas "
        "(jika tidak lengkap)\". A step that a decision leads to is not reported (its "
        "condition names the way taken), nor \"jika perlu\" (step-vague-wording's).",
    .why =
        "SOP AP (Permenpan-RB 35/2012) draws every check as a decision symbol with its two "
        "ways, so that the flowchart shows what happens either way; a condition inside a "
        "process step hides the other way.",
    .wrong = R"yaml(kind: SOP
id: usul-cuti
title: Pelayanan Usul Cuti Pegawai
owner: analis-sdm
duties: [usul-cuti]
output: Surat izin cuti
steps:
  - activity: Memeriksa permohonan dan mengembalikannya jika tidak lengkap
    actor: analis-sdm
    time: 15m
    output: Berkas terverifikasi
)yaml",
    .fixed = R"yaml(kind: SOP
id: usul-cuti
title: Pelayanan Usul Cuti Pegawai
owner: analis-sdm
duties: [usul-cuti]
output: Surat izin cuti
steps:
  - id: periksa
    activity: Memeriksa kelengkapan permohonan
    actor: analis-sdm
    decision: Permohonan lengkap?
    no: kembalikan
    time: 15m
    output: Berkas terverifikasi
  - activity: Menerbitkan surat izin cuti
    actor: analis-sdm
    time: 15m
    output: Surat izin cuti
    next: end
  - id: kembalikan
    activity: Mengembalikan permohonan kepada pegawai
    actor: analis-sdm
    time: 5m
    output: Permohonan dikembalikan
)yaml",
};

}  // namespace tatakerja::check::explain
