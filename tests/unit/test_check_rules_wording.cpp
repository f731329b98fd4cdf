#include <doctest/doctest.h>

#include "repo_builder.hpp"

using namespace tatakerja;
using test::clean_repository;
using test::expect_diag;
using test::RepoBuilder;
using test::run_rule;

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

TEST_CASE("step-activity-unclear: fewer than three words") {
  const auto b = with_activities({"Memeriksa berkas", "Periksa", "Memeriksa berkas usulan"});
  const auto out = run_rule(b.repo, "step-activity-unclear");
  REQUIRE(out.size() == 2);
  expect_diag(out[0], "step-activity-unclear", b.repo.sops[0].steps[0].activity->loc,
              "step 1's activity has fewer than three words: say who does what, to what");
  CHECK(out[1].loc == b.repo.sops[0].steps[1].activity->loc);
}

TEST_CASE("step-activity-unclear: in Indonesian, the first word is a verb") {
  const auto b = with_activities({
      "Pemeriksaan berkas usulan pegawai",   // 1: a noun
      "Berkas diperiksa oleh analis",        // 2: ber- prefix (accepted: the heuristic)
      "Diteruskan kepada kepala kantor",     // 3: di-
      "Tercatat dalam buku agenda",          // 4: ter-
      "Periksa kelengkapan berkas usulan",   // 5: a common verb
      "VERIFIKASI data pada aplikasi",       // 6: ignoring case
      "Surat usulan ditandatangani kepala",  // 7: a noun
      "Di meja kepala kantor",               // 8: `di` alone is no prefix
  });
  const auto out = run_rule(b.repo, "step-activity-unclear");
  REQUIRE(out.size() == 3);
  expect_diag(out[0], "step-activity-unclear", b.repo.sops[0].steps[0].activity->loc,
              "step 1's activity begins with `Pemeriksaan`, not a verb: begin with what is done "
              "(me-, ber-, di-, ter-, or a verb such as `periksa`)");
  CHECK(out[1].message.starts_with("step 7's activity begins with `Surat`"));
  CHECK(out[2].message.starts_with("step 8's activity begins with `Di`"));
}

TEST_CASE("step-activity-unclear: in English only the length counts") {
  const auto b = with_activities({"Paperwork to be checked", "Check"}, model::Language::En);
  const auto out = run_rule(b.repo, "step-activity-unclear");
  REQUIRE(out.size() == 1);
  CHECK(out[0].loc == b.repo.sops[0].steps[1].activity->loc);
}
