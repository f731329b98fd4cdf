#include <doctest/doctest.h>

#include <string>

#include "tatakerja/util/syllables.hpp"

namespace {

// `word` with a '-' at each break.
std::string hyphenated(std::string_view word) {
  std::string out;
  std::size_t from = 0;
  for (const auto at : tatakerja::util::syllable_breaks(word)) {
    out.append(word.substr(from, at - from)).append("-");
    from = at;
  }
  return out.append(word.substr(from));
}

}  // namespace

TEST_CASE("syllables: V/CV/CVC, one consonant starts a syllable, two are split") {
  CHECK(hyphenated("baca") == "ba-ca");
  CHECK(hyphenated("Dilaksanakan") == "Di-lak-sa-na-kan");
  CHECK(hyphenated("rambut") == "ram-but");
  CHECK(hyphenated("Memberitahukan") == "Mem-be-ri-ta-hu-kan");
  CHECK(hyphenated("kelengkapan") == "ke-leng-ka-pan");
}

TEST_CASE("syllables: ng, ny, kh and sy are one consonant") {
  CHECK(hyphenated("Menyampaikan") == "Me-nyam-pai-kan");
  CHECK(hyphenated("mengganti") == "meng-gan-ti");
  CHECK(hyphenated("masyarakat") == "ma-sya-ra-kat");
  CHECK(hyphenated("pengkhianat") == "peng-khia-nat");
  CHECK(hyphenated("MENYAMPAIKAN") == "ME-NYAM-PAI-KAN");
}

TEST_CASE("syllables: of three consonants or more the first closes the syllable") {
  CHECK(hyphenated("instruksi") == "in-struk-si");
  CHECK(hyphenated("ekstra") == "ek-stra");
}

TEST_CASE("syllables: never between vowels, never a part of one letter") {
  CHECK(hyphenated("dia") == "dia");
  CHECK(hyphenated("sampai") == "sam-pai");
  CHECK(hyphenated("akan") == "akan");  // a-kan would leave one letter
  CHECK(hyphenated("ambil") == "am-bil");
  CHECK(hyphenated("baik") == "baik");
  CHECK(hyphenated("").empty());
  CHECK(hyphenated("a") == "a");
}

TEST_CASE("syllables: only runs of ASCII letters are split, each on its own") {
  CHECK(hyphenated("Kk.11.15") == "Kk.11.15");
  CHECK(hyphenated("SOP") == "SOP");
  CHECK(hyphenated("kerja2an") == "ker-ja2an");
  CHECK(hyphenated("pe\xC3\xA9kerjaan") == "pe\xC3\xA9ker-jaan");  // é ends a run
  CHECK(tatakerja::util::syllable_breaks("Dilaksanakan") == std::vector<std::size_t>{2, 5, 7, 9});
}
