// Explanations: files, schema, configuration and suppressions.
#include "explanations.hpp"

namespace tatakerja::check::explain {

const Explanation kYamlSyntax{
    .summary = "a file is not valid YAML",
    .what =
        "The file cannot be read as YAML: an unclosed bracket or quote, a tab in the "
        "indentation, a list item and a key at one level. The report gives the parser's "
        "line and column; nothing else in the file is checked until it parses.",
    .why =
        "Every other rule works on the parsed documents: a file that does not parse would "
        "silently take its units, positions or SOPs out of the repository.",
    .wrong = R"yaml(kind: Position
id: analis-sdm
name: Analis SDM Aparatur
qualifications:
  training: [Diklat Fungsional Analis SDM, Diklat Teknis Kepegawaian
duties:
  - id: rencana-formasi
    text: Menyusun rencana kebutuhan formasi pegawai
)yaml",
    .fixed = R"yaml(kind: Position
id: analis-sdm
name: Analis SDM Aparatur
qualifications:
  training: [Diklat Fungsional Analis SDM, Diklat Teknis Kepegawaian]
duties:
  - id: rencana-formasi
    text: Menyusun rencana kebutuhan formasi pegawai
)yaml",
};

const Explanation kEncoding{
    .summary = "a file is not UTF-8, or not a regular readable file",
    .what =
        "The file is not UTF-8 text (an old editor saved it as Windows-1252, say), or it "
        "is not a regular file that can be read (a broken link, no permission). A UTF-8 "
        "byte-order mark and CRLF line ends are accepted.",
    .why =
        "Names and texts are reported, printed and rendered as written (format.md, "
        "\"Values\"); guessing at another encoding would turn them into garbage in the "
        "handbook, so the file is reported instead.",
    .wrong = R"yaml(# units/kantin.yaml, saved as Windows-1252: the "é" is the single byte
# 0xE9, which is not UTF-8
kind: Unit
id: kantin
name: Café Pegawai
)yaml",
    .fixed = R"yaml(# units/kantin.yaml, saved again as UTF-8
kind: Unit
id: kantin
name: Café Pegawai
)yaml",
};

const Explanation kSchema{
    .summary = "a document breaks the format: kind, keys, types, ids, durations, dates",
    .what =
        "A document breaks the format: an unknown `kind`, a missing required key, a value "
        "of the wrong type, an unknown key (with the nearest known key as a suggestion), "
        "an id with characters other than letters, digits, `-`, `_` and `.`, a duration "
        "or a date that cannot be read. Keys that start with `x-` are the user's own. "
        "Where a rule of its own covers a missing key (`duties`, `steps`, `output`, "
        "`actor` ...), that rule reports it instead.",
    .why =
        "The format (format.md) is the contract between the files and every command: a "
        "misspelt key would otherwise be ignored, and a duty would lose its standard time "
        "without anyone noticing.",
    .wrong = R"yaml(kind: Position
id: analis-sdm
name: Analis SDM Aparatur
duties:
  - id: rencana-formasi
    text: Menyusun rencana kebutuhan formasi pegawai
    volume: 12
    standrad_time: 6 jam kerja
)yaml",
    .fixed = R"yaml(kind: Position
id: analis-sdm
name: Analis SDM Aparatur
duties:
  - id: rencana-formasi
    text: Menyusun rencana kebutuhan formasi pegawai
    volume: 12
    standard_time: 6 jam
)yaml",
};

const Explanation kDuplicateKey{
    .summary = "a mapping repeats a key",
    .what =
        "A mapping writes the same key twice. Only one of the two values could be kept, "
        "and which one would be an accident of the parser.",
    .why =
        "YAML forbids repeated keys, but common parsers accept them silently and keep one "
        "of the values; what the author meant is lost either way.",
    .wrong = R"yaml(kind: Position
id: analis-sdm
name: Analis SDM Aparatur
name: Analis Sumber Daya Manusia Aparatur
duties:
  - id: rencana-formasi
    text: Menyusun rencana kebutuhan formasi pegawai
)yaml",
    .fixed = R"yaml(kind: Position
id: analis-sdm
name: Analis Sumber Daya Manusia Aparatur
duties:
  - id: rencana-formasi
    text: Menyusun rencana kebutuhan formasi pegawai
)yaml",
};

const Explanation kEmptyFile{
    .summary = "a file holds no document",
    .what =
        "A `.yaml` or `.yml` file under the root holds no document: it is empty, or has "
        "only comments or `---`.",
    .why =
        "An empty file is usually a document that was never written, or was lost in a "
        "merge. If a folder holds other YAML on purpose, leave it out with `exclude:` in "
        "tatakerja.yaml.",
    .wrong = R"yaml(# positions/analis-keuangan.yaml
# TODO: isi uraian tugas
)yaml",
    .fixed = R"yaml(# positions/analis-keuangan.yaml
kind: Position
id: analis-keuangan
name: Analis Keuangan
duties:
  - id: laporan-keuangan
    text: Menyusun laporan keuangan satuan kerja
)yaml",
};

const Explanation kConfig{
    .summary = "tatakerja.yaml is invalid",
    .what =
        "`tatakerja.yaml` is invalid: no `organization`, an unknown key, a wrong value "
        "(`language: jv`, `rounding: half`), or an unknown rule id or severity under "
        "`rules:`. Nothing else is checked until it is fixed.",
    .why =
        "The configuration decides which rules run and how the workload is counted: a "
        "setting misread would make every result misleading, so the tool stops instead.",
    .wrong = R"yaml(# tatakerja.yaml
organization: Kantor Kementerian Agama Kabupaten Grobogan
language: id
rules:
  sop-legal-basis: eror
  step-vague-wordng: off
)yaml",
    .fixed = R"yaml(# tatakerja.yaml
organization: Kantor Kementerian Agama Kabupaten Grobogan
language: id
rules:
  sop-legal-basis: error
  step-vague-wording: off
)yaml",
};

const Explanation kUnusedSuppression{
    .summary = "a suppression silences nothing",
    .what =
        "A document's `suppress:` names a rule that reports nothing in that document, or "
        "names no rule at all (the nearest rule id is suggested). A suppression of a rule "
        "that is turned off is not reported. This rule cannot itself be suppressed.",
    .why =
        "A suppression is an exception granted for a reason. Once the problem is fixed, a "
        "stale suppression would silently hide the next one; reporting it keeps the "
        "exceptions no more than the problems, as a baseline shrinks and never rots.",
    .wrong = R"yaml(kind: SOP
id: usul-cuti
title: Pelayanan Usul Cuti Pegawai
suppress:
  - rule: step-time-missing
    reason: waktu bergantung pada jadwal pimpinan
owner: analis-sdm
duties: [usul-cuti]
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

}  // namespace tatakerja::check::explain
