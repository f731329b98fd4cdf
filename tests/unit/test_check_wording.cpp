// The words of an activity (src/check/wording.cpp, actor_prefix.cpp).
#include <doctest/doctest.h>

#include "check/wording.hpp"

using namespace tatakerja::check::wording;

namespace {

std::size_t prefix(const std::vector<std::string>& names, const std::string& activity) {
  const std::string folded = fold(activity);
  return actor_prefix(names, words_of(folded));
}

}  // namespace

TEST_CASE("actor_prefix: the actor's name as written, then a verb") {
  CHECK(prefix({"Pemohon"}, "Pemohon mengisi formulir permohonan") == 1);
  CHECK(prefix({"Kepala Subbagian Tata Usaha"},
               "Kepala Subbagian Tata Usaha menandatangani surat") == 4);
  CHECK(prefix({"Subbagian Umum"}, "Umum mencatat surat masuk") == 1);
  CHECK(prefix({"Pemohon"}, "PEMOHON, mengisi formulir") == 1);
  CHECK(prefix({"Pemohon"}, "Pemohon formulir") == 0);     // no verb after it
  CHECK(prefix({"Pemohon"}, "Umum mencatat surat") == 0);  // another's name
}

TEST_CASE("actor_prefix: abbreviated as offices abbreviate") {
  const std::vector<std::string> kasubbag{"Kepala Subbagian Tata Usaha", "kasubbag-tu"};
  CHECK(prefix(kasubbag, "Kasubbag TU memeriksa berkas") == 2);
  CHECK(prefix({"Kepala Subbagian Tata Usaha"}, "Kasubag TU memeriksa berkas") == 2);
  CHECK(prefix({"Kepala Seksi Pendidikan Madrasah"}, "Kasi Penmad menelaah usulan") == 2);
  CHECK(prefix({"Kepala Kantor Kementerian Agama"}, "Kakankemenag menandatangani SK") == 1);
  CHECK(prefix({"Kepala Subbagian Tata Usaha"}, "Surat diterima dari pemohon") == 0);
  CHECK(prefix({"Subbagian Umum"}, "Surat masuk dicatat") == 0);
}

TEST_CASE("actor_prefix: a generic word first") {
  CHECK(prefix({"Pengadministrasi Umum"}, "Petugas menerima berkas") == 1);
  CHECK(prefix({"Front Office"}, "Petugas Front Office menerima berkas") == 3);
  CHECK(prefix({"Front Office"}, "Petugas loket berkas") == 0);
}

TEST_CASE("is_nominal_id: pe-…-an, per-…-an, ke-…-an") {
  for (const char* word : {"pengajuan", "penomoran", "perbaikan", "kelengkapan", "penerimaan"}) {
    CAPTURE(word);
    CHECK(is_nominal_id(word));
  }
  for (const char* word : {"pesan", "pemohon", "persiapkan", "menerima", "kepala", "surat"}) {
    CAPTURE(word);
    CHECK_FALSE(is_nominal_id(word));
  }
}

TEST_CASE("is_condition_id: whole words only") {
  for (const char* word : {"jika", "apabila", "bila", "bilamana", "kalau", "jikalau"}) {
    CHECK(is_condition_id(word));
  }
  for (const char* word : {"bilangan", "kalaupun", "jikapun", "bilah"})
    CHECK_FALSE(is_condition_id(word));
  CHECK(bare("(jika") == "jika");
  CHECK(bare("formulir,") == "formulir");
  CHECK(bare("lain-lain.") == "lain-lain");
}
