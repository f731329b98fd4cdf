#include <doctest/doctest.h>

#include <string>

#include "tatakerja/util/markdown.hpp"

using tatakerja::util::markdown::anchor;
using tatakerja::util::markdown::cell;
using tatakerja::util::markdown::inline_text;

TEST_CASE("markdown escape: plain text stays as it is") {
  CHECK(inline_text("Pemberian Izin Cuti Tahunan Pegawai") ==
        "Pemberian Izin Cuti Tahunan Pegawai");
  CHECK(cell("B-2308/Kk.11.15/1/KP.07/12/2024") == "B-2308/Kk.11.15/1/KP.07/12/2024");
  CHECK(cell("Résumé, 3,5 jam; (a) \"b\" 'c' / ? ! @ % ^ = + {x}") ==
        "Résumé, 3,5 jam; (a) \"b\" 'c' / ? ! @ % ^ = + {x}");
  CHECK(cell("") == "");
}

TEST_CASE("markdown escape: markup characters are escaped") {
  CHECK(cell("a | b") == "a \\| b");
  CHECK(cell("`code` *em* _em_ ~del~") == "\\`code\\` \\*em\\* \\_em\\_ \\~del\\~");
  CHECK(cell("[link](http://x)") == "\\[link\\](http\\://x)");
  CHECK(cell("![img](x.png)") == "!\\[img\\](x.png)");
  CHECK(cell("a\\b") == "a\\\\b");
  CHECK(cell("Rp $5 $x$") == "Rp \\$5 \\$x\\$");
  CHECK(cell("Title #1 ##") == "Title \\#1 \\#\\#");
  CHECK(cell("\"]") == "\"\\]");
}

TEST_CASE("markdown escape: HTML never reaches the page") {
  CHECK(cell("<script>alert(1)</script>") == "&lt;script&gt;alert(1)&lt;/script&gt;");
  CHECK(cell("a --> b") == "a --&gt; b");
  CHECK(cell("<!-- x -->") == "&lt;!-- x --&gt;");
  CHECK(cell("&lt; & &amp;") == "&amp;lt; &amp; &amp;amp;");
  CHECK(cell("<a href=\"javascript:x\">") == "&lt;a href=\"javascript:x\"&gt;");
}

TEST_CASE("markdown escape: nothing at the start turns into a block") {
  CHECK(cell("# Judul") == "\\# Judul");
  CHECK(cell("- item") == "\\- item");
  CHECK(cell("+ item") == "\\+ item");
  CHECK(cell("> kutipan") == "&gt; kutipan");
  CHECK(cell("1. satu") == "1\\. satu");
  CHECK(cell("2024) tahun") == "2024\\) tahun");
  CHECK(cell("=== x") == "\\=== x");
  CHECK(cell("* x") == "\\* x");
  CHECK(cell("    kode") == "kode");
  CHECK(cell("\t- x") == "\\- x");
  // Only the start: inside the text these are plain.
  CHECK(cell("a - b + c 1. d") == "a - b + c 1. d");
  CHECK(cell("1.5 jam") == "1.5 jam");
  CHECK(cell("12.") == "12\\.");
}

TEST_CASE("markdown escape: line breaks") {
  CHECK(cell("baris\nbaru") == "baris<br>baru");
  CHECK(cell("a\r\nb\rc") == "a<br>b<br>c");
  CHECK(cell("a  \n  b") == "a<br>b");
  CHECK(cell("\n\nisi\n") == "isi");
  CHECK(cell("a\n- b") == "a<br>- b");  // <br> starts no block
  CHECK(inline_text("baris\nbaru") == "baris baru");
  CHECK(inline_text("a\r\n\r\nb") == "a  b");
  CHECK(cell("a\n|b").find('\n') == std::string::npos);
}

TEST_CASE("markdown escape: control characters and bad UTF-8 never reach the file") {
  const std::string ansi = "\x1b[31mmerah\x1b[0m";
  const auto out = cell(ansi);
  CHECK(out == "\\\\x1b\\[31mmerah\\\\x1b\\[0m");
  CHECK(out.find('\x1b') == std::string::npos);
  CHECK(cell(std::string("a\0b", 3)) == "a\\\\x00b");
  CHECK(cell("a\x7f"
             "b") == "a\\\\x7fb");
  CHECK(cell("a\xc2\x9b"
             "b") == "a\\\\xc2\\\\x9bb");  // C1 CSI
  CHECK(cell("a\xff"
             "b") == "a\\\\xffb");
  CHECK(cell("a\tb") == "a b");
  for (int c = 0; c < 0x20; ++c) {
    const std::string text = std::string("x") + static_cast<char>(c) + "y";
    const auto escaped = cell(text);
    for (char ch : escaped) CHECK(static_cast<unsigned char>(ch) >= 0x20);
  }
}

TEST_CASE("markdown escape: a table row keeps its columns whatever the text") {
  const std::string hostile = "a|b\\|c\n`|`\r\n<td>|</td> \\";
  const auto out = cell(hostile);
  // Every '|' is preceded by an odd number of backslashes: escaped.
  for (std::size_t i = 0; i < out.size(); ++i) {
    if (out[i] != '|') continue;
    std::size_t slashes = 0;
    while (slashes < i && out[i - 1 - slashes] == '\\') ++slashes;
    CHECK(slashes % 2 == 1);
  }
  CHECK(out.find('\n') == std::string::npos);
  CHECK(out.find('\r') == std::string::npos);
}

TEST_CASE("markdown escape: anchors are injective and need no escaping") {
  CHECK(anchor("sop-", "izin-cuti") == "sop-izin-cuti");
  CHECK(anchor("sop-", "v1.2") == "sop-v1.2");
  CHECK(anchor("sop-", "a_b") == "sop-a_5Fb");
  CHECK(anchor("sop-", "a/b") == "sop-a_2Fb");
  CHECK(anchor("sop-", "a_2Fb") == "sop-a_5F2Fb");
  CHECK(anchor("sop-", "\"><script>") == "sop-_22_3E_3Cscript_3E");
  CHECK(anchor("position-", "ü") == "position-_C3_BC");
  CHECK(anchor("unit-", "") == "unit-");
}
