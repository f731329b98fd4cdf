#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "tatakerja/flow/text.hpp"

using tatakerja::flow::first_words;
using tatakerja::flow::text_width;
using tatakerja::flow::wrap;
using Lines = std::vector<std::string>;

TEST_CASE("flow text: widths are upper bounds of DejaVu Sans, Liberation Sans and Arial") {
  // Advances in em of DejaVu Sans (the wider font for these) and Arial.
  CHECK(text_width("i", 10) >= 2.78);
  CHECK(text_width("l", 10) >= 2.78);
  CHECK(text_width(" ", 10) >= 3.18);
  CHECK(text_width("n", 10) >= 6.34);
  CHECK(text_width("O", 10) >= 7.87);
  CHECK(text_width("M", 10) >= 8.63);
  CHECK(text_width("m", 10) >= 9.74);
  CHECK(text_width("W", 10) >= 9.89);
  CHECK(text_width("@", 10) >= 10.15);
  CHECK(text_width("w", 10) >= 8.18);
  CHECK(text_width("Menandatangani", 10) <= 92);  // not so wide that every word breaks
  CHECK(text_width("mmm", 20) == doctest::Approx(2 * text_width("mmm", 10)));
  CHECK(text_width("iii", 10) < text_width("WWW", 10));
}

TEST_CASE("flow text: code points, not bytes, count") {
  CHECK(text_width("é", 10) >= 10.7);             // one code point, wider than `e`
  CHECK(text_width("\xE2\x80\xB1", 10) >= 17.4);  // ‱, DejaVu's widest
  CHECK(text_width("\xE4\xB8\xAD", 10) >= 10);    // 中
  CHECK(text_width("\x1b", 10) >= 20);            // drawn as \x1b
  CHECK(text_width("\xff", 10) >= 10);            // a byte that is not UTF-8, drawn as U+FFFD
  CHECK(text_width("", 10) == 0);
}

TEST_CASE("flow text: wrap at spaces, after '-' and '/', inside a word only at a syllable") {
  CHECK(wrap("", 100, 10).empty());
  CHECK(wrap("   \n ", 100, 10).empty());
  CHECK(wrap("Surat  masuk\tdicatat", 1000, 10) == Lines{"Surat masuk dicatat"});
  CHECK(wrap("Surat masuk dicatat", 60, 10) == Lines{"Surat", "masuk", "dicatat"});
  CHECK(wrap("sub-bagian/seksi", 60, 10) == Lines{"sub-", "bagian/", "seksi"});
  // The longest syllables that fit, and a hyphen: never "Menyamp/aikan".
  CHECK(wrap("Menyampaikan", 50, 10) == Lines{"Menyam-", "paikan"});
  CHECK(wrap("Dilaksanakan", 45, 10) == Lines{"Dilaksa-", "nakan"});
  CHECK(wrap("Dilaksanakan", 40, 10) == Lines{"Dilak-", "sana-", "kan"});
  CHECK(wrap("Surat Menyampaikan", 70, 10) == Lines{"Surat Me-", "nyampaikan"});
  CHECK(wrap("Memberitahukan", 40, 10) == Lines{"Mem-", "berita-", "hukan"});
  // No syllable fits, or there is none: the part overflows, whole.
  CHECK(wrap("Menyampaikan", 20, 10) == Lines{"Me-", "nyam-", "pai-", "kan"});
  CHECK(wrap("x", 1, 10) == Lines{"x"});
  CHECK(wrap("ééé", 12, 10) == Lines{"ééé"});
  CHECK(wrap("Kk.11.15/1/OT.01.1", 40, 10) == Lines{"Kk.11.15/", "1/", "OT.01.1"});
}

TEST_CASE("flow text: wrapped lines fit and lose nothing but the spaces they break at") {
  const std::string text =
      "Memverifikasi kelengkapan dan keabsahan berkas usul kenaikan pangkat "
      "(SK-pangkat/SKP) sebelum ditandatangani Kepala Kantor Kementerian Agama";
  for (double width : {45.0, 60.0, 92.0, 140.0}) {
    CAPTURE(width);
    std::string joined;
    for (const auto& line : wrap(text, width, 10)) {
      CHECK(text_width(line, 10) <= width);
      joined += line;
    }
    // The hyphens a syllable break adds aside.
    std::string no_spaces;
    for (char c : text) {
      if (c != ' ' && c != '-') no_spaces += c;
    }
    std::string joined_no_spaces;
    for (char c : joined) {
      if (c != ' ' && c != '-') joined_no_spaces += c;
    }
    CHECK(joined_no_spaces == no_spaces);
  }
}

TEST_CASE("flow text: first words, ellipsised at a word boundary") {
  CHECK(first_words("Penyampaian surat edaran pagu dan jadwal", 24) ==
        "Penyampaian surat edaran\u2026");
  CHECK(first_words("Penyampaian surat edaran pagu dan jadwal", 23) == "Penyampaian surat\u2026");
  CHECK(first_words("Penyampaian surat edaran", 24) == "Penyampaian surat edaran");
  CHECK(first_words("  Surat \t masuk  ", 24) == "Surat masuk");
  CHECK(first_words("Mengoordinasikan penyusunan", 10) == "Mengoordinasikan\u2026");
  CHECK(first_words("Pemeriksaan", 5) == "Pemeriksaan");
  CHECK(first_words("", 24).empty());
  CHECK(first_words("\xC3\xA9\xC3\xA9 ab", 5) == "\xC3\xA9\xC3\xA9 ab");  // code points, not bytes
}
