// Explanations: plenary review, metadata and routine.
#include "explanations.hpp"

namespace tatakerja::check::explain {

const Explanation kSopLegalBasis{
    .summary = "an SOP has no legal basis",
    .what = "An SOP has no `legal_basis` (dasar hukum), or an empty one.",
    .why =
        "The plenary review checks that an SOP follows the regulations, and the SOP AP "
        "identity block (Permenpan-RB 35/2012) lists them, so that each step can be checked "
        "against the rule it comes from.",
    .wrong = R"yaml(kind: SOP
id: usul-kenaikan-pangkat
title: Pengusulan Kenaikan Pangkat Reguler
owner: analis-sdm
duties: [usul-kenaikan-pangkat]
)yaml",
    .fixed = R"yaml(kind: SOP
id: usul-kenaikan-pangkat
title: Pengusulan Kenaikan Pangkat Reguler
owner: analis-sdm
duties: [usul-kenaikan-pangkat]
legal_basis:
  - Peraturan Pemerintah Nomor 99 Tahun 2000 tentang Kenaikan Pangkat PNS
)yaml",
};

const Explanation kSopMetadata{
    .summary = "an SOP misses its number, approval or dates, or its dates disagree",
    .what =
        "An SOP misses `number`, `approved_by`, `created` or `effective` (one report a "
        "key, at the start of the document), or its `effective` or `revised` date is "
        "before `created` (at that date), or its `number` has an empty part between two `/` "
        "(`Kw.08.1/1.e/ /2016`, at the number). When `status` is written out as `approved` or "
        "`active`, a missing `approved_by` or `effective` is reported by sop-status "
        "instead.",
    .why =
        "The identity block of an SOP AP (Permenpan-RB 35/2012) carries its number, the "
        "dates it was made, revised and took effect, and who approved it: without them the "
        "SOP cannot be cited, dated, or traced to its approval.",
    .wrong = R"yaml(kind: SOP
id: usul-kenaikan-pangkat
title: Pengusulan Kenaikan Pangkat Reguler
created: 2018-01-15
effective: 2017-12-12
)yaml",
    .fixed = R"yaml(kind: SOP
id: usul-kenaikan-pangkat
number: B-123/Kk.11.15/1/KP.00/12/2017
title: Pengusulan Kenaikan Pangkat Reguler
created: 2017-12-12
effective: 2018-01-15
approved_by: Kepala Kantor Kementerian Agama Kabupaten Grobogan
)yaml",
};

const Explanation kSopNotRoutine{
    .summary = "every duty the SOP carries out is done less than twice a year",
    .what =
        "Every duty the SOP carries out has a yearly `volume` below 2. Duties without a "
        "`volume` are not counted as rare.",
    .why =
        "The plenary review checks that an SOP covers routine or repeated work; work done "
        "once a year or less is better served by a work plan or a decision letter.",
    .wrong = R"yaml(kind: Position
id: analis-sdm
name: Analis SDM Aparatur
duties: [{id: rencana-formasi, text: Menyusun rencana formasi pegawai, volume: 1}]
---
kind: SOP
id: rencana-formasi
title: Penyusunan Rencana Formasi Pegawai
owner: analis-sdm
duties: [rencana-formasi]
)yaml",
    .fixed = R"yaml(kind: Position
id: analis-sdm
name: Analis SDM Aparatur
duties: [{id: rencana-formasi, text: Menyusun rencana formasi pegawai, volume: 2/tahun}]
---
kind: SOP
id: rencana-formasi
title: Penyusunan Rencana Formasi Pegawai
owner: analis-sdm
duties: [rencana-formasi]
)yaml",
};

const Explanation kSopReviewDue{
    .summary = "the SOP was last revised more than six months ago",
    .what =
        "The SOP's last `revised` date (else its `effective` date, else its `created` date: "
        "an SOP of 2016 that was never revised is due) is more than six "
        "calendar months before the day of the check: `validate --date`, else today. Off "
        "by default, since it is the one rule that reads the clock: turn it on with "
        "`--rule sop-review-due=warning` or under `rules:` in tatakerja.yaml.",
    .why =
        "SOP AP are monitored and evaluated every six months (Permenpan-RB 35/2012); an SOP "
        "left longer may no longer describe how the work is done.",
    .wrong = R"yaml(# validate --rule sop-review-due=warning --date 2024-03-01
kind: SOP
id: usul-kenaikan-pangkat
title: Pengusulan Kenaikan Pangkat Reguler
effective: 2018-01-15
revised: 2023-08-31
)yaml",
    .fixed = R"yaml(# validate --rule sop-review-due=warning --date 2024-03-01
kind: SOP
id: usul-kenaikan-pangkat
title: Pengusulan Kenaikan Pangkat Reguler
effective: 2018-01-15
revised: 2024-02-20
)yaml",
};

const Explanation kSopStatus{
    .summary = "an approved or active SOP lacks approved_by or effective",
    .what =
        "An SOP whose `status` is written out as `approved` or `active` lacks "
        "`approved_by` or `effective`. Without a written `status`, sop-metadata (a "
        "warning) reports them.",
    .why =
        "An SOP AP is in force once the head of the office approves it (disahkan oleh) "
        "and from its effective date (Permenpan-RB 35/2012): a status that says so "
        "without either claims what the document cannot show.",
    .wrong = R"yaml(kind: SOP
id: usul-kenaikan-pangkat
title: Pengusulan Kenaikan Pangkat Reguler
status: active
created: 2017-12-12
)yaml",
    .fixed = R"yaml(kind: SOP
id: usul-kenaikan-pangkat
title: Pengusulan Kenaikan Pangkat Reguler
status: active
created: 2017-12-12
effective: 2018-01-15
approved_by:
  position: kepala-kantor
  name: H. Sutrisno, S.Ag., M.Si.
)yaml",
};

const Explanation kSopLegalBasisDuplicate{
    .summary = "the same legal basis is listed twice",
    .what =
        "An SOP lists the same `legal_basis` entry twice, once case, spacing and punctuation "
        "are folded (\"UU Nomor 5 Tahun 2014\" and \"UU nomor 5 tahun 2014.\").",
    .why =
        "The dasar hukum of SOP AP (Permenpan-RB 35/2012) lists the regulations the SOP "
        "follows; a repeated entry is a copying slip that the printed SOP would show.",
    .wrong = R"yaml(kind: SOP
id: usul-cuti
title: Pelayanan Usul Cuti Pegawai
legal_basis:
  - Undang-Undang Nomor 5 Tahun 2014 tentang Aparatur Sipil Negara
  - Peraturan Pemerintah Nomor 11 Tahun 2017 tentang Manajemen PNS
  - Undang-undang nomor 5 tahun 2014 tentang Aparatur Sipil Negara.
)yaml",
    .fixed = R"yaml(kind: SOP
id: usul-cuti
title: Pelayanan Usul Cuti Pegawai
legal_basis:
  - Undang-Undang Nomor 5 Tahun 2014 tentang Aparatur Sipil Negara
  - Peraturan Pemerintah Nomor 11 Tahun 2017 tentang Manajemen PNS
)yaml",
};

}  // namespace tatakerja::check::explain
