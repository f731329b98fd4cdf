// The HTML --split pages (one a SOP, one a position, the index) and the
// logo inlined as a data: URI.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

#include "render/html/html.hpp"
#include "test_render_html_fixture.hpp"

namespace {

struct Split {
  test::TextRepo read = test::read_repo(test::html_files());
  tatakerja::workload::Analysis analysis = tatakerja::workload::analyse(read.repo, {});
  tatakerja::render::Book book = tatakerja::render::plan(read.repo, analysis, {});

  std::string sop(const std::string& id) {
    std::ostringstream out;
    tatakerja::render::write_sop_page(book, tatakerja::render::Format::Html,
                                      read.repo.sop_index.at(id), out);
    return out.str();
  }
  std::string position(const std::string& id) {
    std::ostringstream out;
    tatakerja::render::write_position_page(book, tatakerja::render::Format::Html,
                                           read.repo.position_index.at(id), out);
    return out.str();
  }
  std::string index() {
    std::ostringstream out;
    tatakerja::render::write_index_page(book, tatakerja::render::Format::Html, out);
    return out.str();
  }
};

}  // namespace

TEST_CASE("html pages: an SOP page links relative to its folder") {
  Split split;
  const auto page = split.sop("cuti");
  CHECK(page.starts_with("<!doctype html>\n<html lang=\"id\">"));
  CHECK(page.find("<title>B-1/KP/2024 Pemberian Izin Cuti</title>") != std::string::npos);
  CHECK(page.find("<a href=\"../index.html\">") != std::string::npos);
  CHECK(page.find("<a href=\"../sop/naskah.html\">B-<wbr>2/<wbr>OT/<wbr>2024 Pengesahan Naskah "
                  "Dinas</a>") != std::string::npos);
  CHECK(page.find("id=\"sop-cuti\"") != std::string::npos);
  CHECK(page.find("<table class=\"proc\"") != std::string::npos);
  CHECK(page.ends_with("</html>\n"));
}

TEST_CASE("html pages: a position page links its SOPs and superior") {
  Split split;
  const auto page = split.position("analis");
  CHECK(page.find(
            "<a href=\"../sop/cuti.html\">B-<wbr>1/<wbr>KP/<wbr>2024 Pemberian Izin Cuti</a>") !=
        std::string::npos);
  CHECK(page.find("<a href=\"../position/kepala.html\">Kepala Kantor</a>") != std::string::npos);
}

TEST_CASE("html pages: the index links every page and the whole book") {
  Split split;
  const auto page = split.index();
  for (const char* href :
       {"sop/cuti.html", "sop/naskah.html", "position/analis.html", "position/kepala.html",
        "handbook.html", "handbook.html#recap", "handbook.html#unit-kantor"}) {
    INFO(std::string(href));
    CHECK(page.find(std::string("href=\"") + href + "\"") != std::string::npos);
  }
  CHECK(page.find("href=\"#") == std::string::npos);  // no anchor of the book's own
}

TEST_CASE("html pages: the logo is a data: URI of the bytes the loader read") {
  tatakerja::model::Repository repo;
  CHECK(tatakerja::render::html::logo_uri(repo).empty());
  repo.logo = {"image/png", std::string("\x89PNG\r\n\x1a\n", 8) + "rest"};
  CHECK(tatakerja::render::html::logo_uri(repo) == "data:image/png;base64,iVBORw0KGgpyZXN0");
}
