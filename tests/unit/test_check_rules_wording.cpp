#include <doctest/doctest.h>

#include "repo_builder.hpp"
#include "text_repo.hpp"

using namespace tatakerja;
using tatakerja::test::clean_repository;
using tatakerja::test::expect_diag;
using tatakerja::test::RepoBuilder;
using tatakerja::test::run_rule;

namespace {

// One SOP whose steps have these activities, in this language.
RepoBuilder with_activities(const std::vector<std::string>& activities,
                            model::Language language = model::Language::Id) {
  RepoBuilder b;
  b.repo.config.language = language;
  b.position("analis", {"a"});
  auto& sop = b.sop("cuti", "analis", {"a"}, 0);
  for (const auto& activity : activities) b.step(sop, "analis", activity);
  b.resolve();
  return b;
}

}  // namespace

TEST_CASE("wording rules: silent on a correct repository") {
  const auto b = clean_repository();
  CHECK(run_rule(b.repo, "step-vague-wording").empty());
  CHECK(run_rule(b.repo, "step-activity-unclear").empty());
}

TEST_CASE("step-vague-wording: built-in Indonesian phrases, whole words, ignoring case") {
  const auto b = with_activities({
      "Memeriksa SK, DP3, DLL.",                     // 1: dll
      "Memeriksa berkas dan lain-lain jika  perlu",  // 2: two phrases, spacing folded
      "Memeriksa dokumen ...",                       // 3: literal
      "Memeriksa dokumen\u2026",                     // 4: literal
      "Mengisi formulir TBD",                        // 5
      "Menyiapkan dllx dan tbdr sesuai",             // 6: not whole words
      "Memeriksa berkas sesuai ketentuan",           // 7: clean
  });
  const auto& steps = b.repo.sops[0].steps;
  const auto out = run_rule(b.repo, "step-vague-wording");
  REQUIRE(out.size() == 5);
  expect_diag(out[0], "step-vague-wording", steps[0].activity->loc,
              "step 1's activity uses vague wording (`dll`): say exactly what is done");
  expect_diag(out[1], "step-vague-wording", steps[1].activity->loc,
              "step 2's activity uses vague wording (`dan lain-lain`, `jika perlu`): say exactly "
              "what is done");
  CHECK(out[2].message == "step 3's activity uses vague wording (`...`): say exactly what is done");
  CHECK(out[3].message ==
        "step 4's activity uses vague wording (`\u2026`): say exactly what is done");
  CHECK(out[4].message == "step 5's activity uses vague wording (`tbd`): say exactly what is done");
}

TEST_CASE("step-vague-wording: English list, and `vague_words` from the configuration") {
  auto b = with_activities(
      {"Check the forms etc.", "Sign as needed by the head", "Menerima berkas segera"},
      model::Language::En);
  b.repo.config.vague_words.push_back(model::Text{"Segera", {0, 9, 3}});
  const auto out = run_rule(b.repo, "step-vague-wording");
  REQUIRE(out.size() == 3);
  CHECK(out[0].message == "step 1's activity uses vague wording (`etc`): say exactly what is done");
  CHECK(out[1].message ==
        "step 2's activity uses vague wording (`as needed`): say exactly what is done");
  CHECK(out[2].message ==
        "step 3's activity uses vague wording (`segera`): say exactly what is done");
}

TEST_CASE("step-activity-unclear: a single word") {
  const auto b = with_activities({"Memeriksa berkas", "Periksa", "Memeriksa berkas usulan"});
  const auto out = run_rule(b.repo, "step-activity-unclear");
  REQUIRE(out.size() == 1);
  expect_diag(out[0], "step-activity-unclear", b.repo.sops[0].steps[1].activity->loc,
              "step 2's activity is a single word: say what is done, to what");
}

TEST_CASE("step-activity-unclear: in Indonesian, the first word is a verb") {
  const auto b = with_activities({
      "Pemeriksaan berkas usulan pegawai",  // 1: a noun: step-activity-nominal's
      "Berkas diperiksa oleh analis",       // 2: ber- prefix (accepted: the heuristic)
      "Diteruskan kepada kepala kantor",    // 3: di-
      "Tercatat dalam buku agenda",         // 4: ter-
      "Periksa kelengkapan berkas usulan",  // 5: a common verb
      "VERIFIKASI data pada aplikasi",      // 6: ignoring case
      "Surat usulan kepala madrasah",       // 7: a noun, and no verb after it
      "Di meja kepala kantor",              // 8: `di` alone is no prefix
      "Jika terdapat halangan, menunda",    // 9: step-hidden-decision's
  });
  const auto out = run_rule(b.repo, "step-activity-unclear");
  REQUIRE(out.size() == 2);
  expect_diag(out[0], "step-activity-unclear", b.repo.sops[0].steps[6].activity->loc,
              "step 7's activity begins with `Surat`, not a verb: begin with what is done "
              "(me-, ber-, di-, ter-, or a verb such as `periksa`), or with who does it and then "
              "the verb (`Pemohon mengisi …`)");
  CHECK(out[1].message.starts_with("step 8's activity begins with `Di`"));
}

TEST_CASE("step-activity-unclear: what is worked on, then a passive verb, is clear") {
  // the object-first form printed SOPs use (a false alarm before)
  const auto b = with_activities({
      "Surat usulan ditandatangani kepala",                      // passive at word 3
      "Jadwal kegiatan Walikota diterima dan dipelajari",        // at word 4
      "Walikota didampingi selama kegiatan",                     // at word 2
      "Surat lamaran pada loket itu tercatat di buku agenda",    // ter- at word 6: too far
      "Surat usulan dari seksi untuk kepala kantor diteruskan",  // di- too far
      "Konsep naskah dinas untuk kepala kantor",                 // `dinas` is no passive verb
  });
  const auto out = run_rule(b.repo, "step-activity-unclear");
  REQUIRE(out.size() == 3);
  CHECK(out[0].message.starts_with("step 4's activity begins with `Surat`"));
  CHECK(out[1].message.starts_with("step 5's activity begins with `Surat`"));
  CHECK(out[2].message.starts_with("step 6's activity begins with `Konsep`"));
}

TEST_CASE("step-activity-unclear: an activity that begins with its own actor, then a verb") {
  const auto r = ::test::read_repo({{"a.yaml", R"(kind: Position
id: kasubbag-tu
name: Kepala Subbagian Tata Usaha
duties: [{id: surat, text: Mengelola surat}]
---
kind: Position
id: pengadministrasi
name: Pengadministrasi Subbagian Umum
duties: [{id: agenda, text: Mencatat surat}]
---
kind: SOP
id: surat-masuk
title: Pelayanan Surat Masuk
owner: kasubbag-tu
duties: [surat]
external_actors: [Pemohon]
steps:
  - {activity: Pemohon mengisi formulir permohonan, actor: Pemohon}
  - {activity: Umum mencatat surat masuk, actor: pengadministrasi}
  - {activity: Kasubbag TU memeriksa berkas, actor: kasubbag-tu}
  - {activity: "Kasubag TU, menandatangani", actor: kasubbag-tu}
  - {activity: Petugas menyerahkan surat, actor: pengadministrasi}
  - {activity: Kasubbag TU memeriksa berkas, actor: pengadministrasi}
  - {activity: Pemohon formulir, actor: Pemohon}
)"}});
  const auto out = run_rule(r.repo, "step-activity-unclear");
  REQUIRE(out.size() == 2);
  CHECK(out[0].message.starts_with("step 6's activity begins with `Kasubbag`, not a verb"));
  CHECK(out[1].message.starts_with("step 7's activity begins with `Pemohon`, not a verb"));
}

TEST_CASE("step-activity-nominal: pe-…-an, per-…-an, ke-…-an, at info") {
  const auto b = with_activities({"Pengajuan surat", "Penomoran surat", "Perbaikan konsep SK",
                                  "Kelengkapan berkas diperiksa", "Mengajukan surat",
                                  "Pesan dikirim", "Persiapkan ruang rapat"});
  const auto out = run_rule(b.repo, "step-activity-nominal");
  REQUIRE(out.size() == 4);
  expect_diag(out[0], "step-activity-nominal", b.repo.sops[0].steps[0].activity->loc,
              "step 1's activity begins with the noun `Pengajuan`: the active form (me-…, e.g. "
              "`Mengajukan` for `Pengajuan`) says what is done");
  CHECK(out[3].message.starts_with("step 4's activity begins with the noun `Kelengkapan`"));
  CHECK(check::find_rule("step-activity-nominal")->default_severity == diag::Severity::Info);
  CHECK(run_rule(with_activities({"Pengajuan surat"}, model::Language::En).repo,
                 "step-activity-nominal")
            .empty());
}

TEST_CASE("step-hidden-decision: a process step that holds a condition") {
  const auto b = with_activities({
      "Jika terdapat halangan, menunjuk pejabat pengganti",  // 1
      "Mengembalikan berkas (jika tidak lengkap)",           // 2
      "Menghitung bilangan pokok dan kalaupun ada selisih",  // 3: not whole words
      "Mencetak surat jika perlu",                           // 4: step-vague-wording's
      "Menunda proses apabila pejabat berhalangan",          // 5
      "Memeriksa berkas",                                    // 6
  });
  const auto out = run_rule(b.repo, "step-hidden-decision");
  REQUIRE(out.size() == 3);
  expect_diag(out[0], "step-hidden-decision", b.repo.sops[0].steps[0].activity->loc,
              "step 1 is a process step, yet its activity holds a condition (`jika`): make the "
              "check a decision step (`decision:`, `no:`) so that both ways are drawn");
  CHECK(out[1].message.starts_with(
      "step 2 is a process step, yet its activity holds a condition (`jika`)"));
  CHECK(out[2].message.starts_with(
      "step 5 is a process step, yet its activity holds a condition (`apabila`)"));
}

TEST_CASE("step-hidden-decision: not on a decision, nor on a way out of one; English") {
  const auto r = ::test::read_repo({{"a.yaml", R"(kind: Position
id: analis
name: Analis
duties: [{id: a, text: A}]
---
kind: SOP
id: cuti
title: Cuti
owner: analis
duties: [a]
steps:
  - {id: periksa, activity: Memeriksa berkas jika lengkap, actor: analis, decision: true, no: balik}
  - {activity: Meneruskan berkas jika lengkap, actor: analis, next: end}
  - {id: balik, activity: Mengembalikan berkas jika tidak lengkap, actor: analis}
)"}});
  CHECK(run_rule(r.repo, "step-hidden-decision").empty());
  const auto en = with_activities({"Return the file if incomplete", "Stop when it is not signed",
                                   "Sign unless absent", "Check when ready", "Notify the sender"},
                                  model::Language::En);
  const auto out = run_rule(en.repo, "step-hidden-decision");
  REQUIRE(out.size() == 3);
  CHECK(out[0].message.find("(`if`)") != std::string::npos);
  CHECK(out[1].message.find("(`when … not`)") != std::string::npos);
  CHECK(out[2].message.find("(`unless`)") != std::string::npos);
}

TEST_CASE("step-activity-unclear: in English only the length counts") {
  const auto b = with_activities({"Paperwork to be checked", "Check"}, model::Language::En);
  const auto out = run_rule(b.repo, "step-activity-unclear");
  REQUIRE(out.size() == 1);
  CHECK(out[0].loc == b.repo.sops[0].steps[1].activity->loc);
}
