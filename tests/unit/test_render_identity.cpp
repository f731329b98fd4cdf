// What printed SOPs carry and the book now shows (issue 12): approved_on,
// prepared_by, an acting approver, `decision: true`, related SOPs named by
// title or as written, and a final output taken from the ending step — the
// same in HTML, Markdown and JSON.
#include <doctest/doctest.h>

#include "test_render_fixture.hpp"
#include "test_render_html_fixture.hpp"

using namespace tatakerja;

namespace {

const char* const kPrinted = R"(kind: Unit
id: tu
name: Bagian Tata Usaha
---
kind: Position
id: analis
name: Analis SDM Aparatur
unit: tu
duties:
  - {id: cuti, text: Memproses izin cuti, volume: 120, standard_time: 2 jam}
---
kind: SOP
id: arsip
title: Pengarsipan
unit: tu
steps:
  - {activity: Menyimpan berkas, actor: analis, time: 5m, output: Arsip}
---
kind: SOP
id: cuti
number: B-1/Kw.11.1/2023
title: Pelayanan Cuti Pegawai
unit: tu
owner: analis
duties: [cuti]
created: 2023-01-02
effective: 2023-01-16
approved_on: 2023-01-10
approved_by: {acting: Plt, position: Kepala Kantor Wilayah, name: H. Mustain, nip: "19671231 199403 1 011"}
prepared_by: {acting: plh., position: analis, name: Siti}
related: [SOP Pengarsipan, SOP Layanan Kepegawaian Kanwil]
external_actors: [Pegawai]
steps:
  - {activity: Mengajukan permohonan cuti, actor: Pegawai, time: 10m, output: Permohonan}
  - {id: periksa, activity: Memeriksa kelengkapan berkas, actor: analis, decision: true, no: tolak, time: 10m, output: Berkas terverifikasi}
  - {activity: Menerbitkan surat izin cuti, actor: analis, time: 30m, output: Surat izin cuti, next: end}
  - {id: tolak, activity: Mengembalikan berkas, actor: analis, decision: "", no: end, time: 5m, output: Berkas dikembalikan}
)";

std::string section(const std::string& text, const std::string& from, const std::string& to) {
  const auto start = text.find(from);
  REQUIRE(start != std::string::npos);
  const auto end = text.find(to, start + from.size());
  return text.substr(start, end == std::string::npos ? std::string::npos : end - start);
}

}  // namespace

TEST_CASE("identity: HTML prints Tanggal Pengesahan, Disusun oleh and Plt. before the position") {
  const auto html = test::render_html({{"r.yaml", kPrinted}});
  const auto sop = section(html, "id=\"sop-cuti\"", "</table>");
  CHECK(sop.find("rowspan=\"8\"") != std::string::npos);
  CHECK(sop.find("<tr><th>Tanggal Pengesahan</th><td>10 Januari 2023</td></tr>") !=
        std::string::npos);
  CHECK(sop.find("<tr><th>Disusun oleh</th><td><div>Plh. Analis SDM Aparatur</div><div><b><u>"
                 "Siti</u></b></div></td></tr>") != std::string::npos);
  CHECK(sop.find("<tr><th>Disahkan oleh</th><td><div>Plt. Kepala Kantor Wilayah</div>"
                 "<div class=\"sign\">(tanda tangan dan cap)</div><div><b><u>H. Mustain</u></b>"
                 "</div><div>NIP 19671231 199403 1 011</div></td></tr>") != std::string::npos);
  CHECK(sop.find("Tanggal Efektif") < sop.find("Tanggal Pengesahan"));
  CHECK(sop.find("Disusun oleh") < sop.find("Disahkan oleh"));
  CHECK(sop.find("<li><a href=\"#sop-arsip\">") != std::string::npos);
  CHECK(sop.find("<li>SOP Layanan Kepegawaian Kanwil</li>") != std::string::npos);
  // Printed SOPs number their identity lists 1., 2.: no bullets.
  CHECK(sop.find("<ol><li><a href=\"#sop-arsip\">") != std::string::npos);
  CHECK(sop.find("<ul>") == std::string::npos);
  // Without them, the rows are not printed and the logo cell spans six.
  const auto plain = section(html, "id=\"sop-arsip\"", "</table>");
  CHECK(plain.find("rowspan=\"6\"") != std::string::npos);
  CHECK(plain.find("Tanggal Pengesahan") == std::string::npos);
  CHECK(plain.find("Disusun oleh") == std::string::npos);
}

TEST_CASE("identity: Markdown prints the same, no SOP-level output line, never `****`") {
  const auto b = test::make_book(kPrinted);
  const auto md = test::write(b->book, render::Format::Markdown);
  const auto sop = section(md, "SOP: Pelayanan Cuti Pegawai", "```mermaid");
  CHECK(sop.find("| Tanggal Pengesahan | 10 Januari 2023 |") != std::string::npos);
  CHECK(sop.find("| Disusun oleh | Plh. [Analis SDM Aparatur]") != std::string::npos);
  CHECK(sop.find("| Disahkan oleh | Plt. Kepala Kantor Wilayah<br>H. Mustain<br>NIP 19671231 "
                 "199403 1 011 |") != std::string::npos);
  CHECK(sop.find("SOP Layanan Kepegawaian Kanwil") != std::string::npos);
  // the SOP AP page has no SOP-level output: the last step's row holds it
  CHECK(sop.find("**Output:**") == std::string::npos);
  CHECK(md.find("| Surat izin cuti |") != std::string::npos);
  CHECK(md.find("****") == std::string::npos);
  CHECK(md.find("| Memeriksa kelengkapan berkas |") != std::string::npos);
  CHECK(md.find("| Mengembalikan berkas |") != std::string::npos);
}

TEST_CASE("identity: JSON carries the new fields, decision true and where the output came from") {
  const auto b = test::make_book(kPrinted);
  const auto json = test::write(b->book, render::Format::Json);
  const auto sop = section(json, "\"id\": \"cuti\"", "\"steps\"");
  CHECK(sop.find("\"approved_on\": \"2023-01-10\"") != std::string::npos);
  CHECK(sop.find("\"acting\": \"Plt\"") != std::string::npos);
  CHECK(sop.find("\"acting\": \"Plh\"") != std::string::npos);
  CHECK(sop.find("\"prepared_by\": {") != std::string::npos);
  CHECK(sop.find("\"related_sops\": [\n") != std::string::npos);
  CHECK(sop.find("\"output\": \"Surat izin cuti\"") != std::string::npos);
  CHECK(sop.find("\"output_step\": \"3\"") != std::string::npos);
  CHECK(json.find("\"decision\": true") != std::string::npos);
  CHECK(json.find("\"decision\": \"\"") != std::string::npos);
}
