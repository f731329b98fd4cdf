// Explanations: keterkaitan (related SOPs).
#include "explanations.hpp"

namespace tatakerja::check::explain {

const Explanation kSopRelatedSelf{
    .summary = "an SOP lists itself under `related`",
    .what =
        "A `related` entry (keterkaitan) names the SOP it is written in: its id, or its "
        "title once case, spacing and punctuation are folded (a leading \"SOP\" set aside).",
    .why =
        "Keterkaitan in the SOP AP identity block (Permenpan-RB 35/2012) lists the other "
        "procedures this one works with; the SOP itself is never one of them, so the entry "
        "is a slip — usually the title copied from the wrong place.",
    .wrong = R"yaml(kind: SOP
id: pengarsipan
title: Pengarsipan Surat
related: [SOP Pengarsipan Surat]
)yaml",
    .fixed = R"yaml(kind: SOP
id: pengarsipan
title: Pengarsipan Surat
related: [SOP Penomoran Surat Keluar]
)yaml",
};

const Explanation kSopRelatedUnresolved{
    .summary = "a `related` entry names no SOP of the repository",
    .what =
        "A `related` entry (keterkaitan) is text that names no SOP here: neither an SOP "
        "id nor, once case, spacing and punctuation are folded and a leading \"SOP\" is set "
        "aside, an SOP's title or id. It is printed as written. When it is within two "
        "edits of a local title or id, the finding says which (\"did you mean\").",
    .why =
        "Printed SOPs (Permenpan-RB 35/2012) name related procedures by title, often SOPs "
        "of another office or of a service, which is fine: the entry is printed as "
        "written. A typo of a local title is not — the book cannot link it — so this "
        "rule lists such entries, for the SOP team to look over with `--verbose`.",
    .wrong = R"yaml(kind: SOP
id: pengarsipan
title: Pengarsipan Surat
---
kind: SOP
id: surat-masuk
title: Penerimaan Surat Masuk
related: [SOP Pengarsipan Surta]
)yaml",
    .fixed = R"yaml(kind: SOP
id: pengarsipan
title: Pengarsipan Surat
---
kind: SOP
id: surat-masuk
title: Penerimaan Surat Masuk
related: [SOP Pengarsipan Surat]
)yaml",
};

}  // namespace tatakerja::check::explain
