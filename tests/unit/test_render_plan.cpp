#include <doctest/doctest.h>

#include "tatakerja/util/error.hpp"
#include "test_render_fixture.hpp"

using namespace tatakerja;

namespace {

std::vector<std::string> position_ids(const render::Book& book, const std::vector<int>& list) {
  std::vector<std::string> out;
  for (int p : list) out.push_back(book.r().positions[p].doc.id.value);
  return out;
}

std::vector<std::string> sop_ids(const render::Book& book, const std::vector<int>& list) {
  std::vector<std::string> out;
  for (int s : list) out.push_back(book.r().sops[s].doc.id.value);
  return out;
}

std::string failure_of(const std::string& yaml, render::BookOptions options) {
  try {
    test::make_book(yaml, std::move(options));
  } catch (const util::Failure& e) {
    return e.what();
  }
  return "(no failure)";
}

using Ids = std::vector<std::string>;

}  // namespace

TEST_CASE("render plan: chapters in unit-tree order, no-unit chapter last") {
  const auto b = test::make_book(test::kSmallOffice);
  // The position without a unit is an error (rendered with --force only).
  REQUIRE(test::describe(b->read.repo, b->read.diagnostics) ==
          "repo.yaml:81:1 schema Position has no `unit`: it is required when the repository has "
          "Units\n");
  const auto& book = b->book;
  REQUIRE(book.chapters.size() == 3);
  CHECK(book.chapters[0].unit == book.r().unit_index.at("kantor"));
  CHECK(book.chapters[0].depth == 0);
  CHECK(book.chapters[1].unit == book.r().unit_index.at("tu"));
  CHECK(book.chapters[1].depth == 1);
  CHECK(book.chapters[2].unit == -1);
  CHECK(position_ids(book, book.chapters[2].positions) == Ids{"lepas"});
  CHECK(position_ids(book, book.positions) == Ids{"kepala", "analis", "lepas"});
  CHECK(sop_ids(book, book.sops) == Ids{"izin-cuti"});
  CHECK(book.items() == 4);
}

TEST_CASE("render plan: the head first, then positions by name; SOPs by title") {
  const std::string yaml = R"(kind: Unit
id: u
name: U
head: zeta
---
kind: Position
id: b
name: Bendahara
unit: u
---
kind: Position
id: a
name: Arsiparis
unit: u
---
kind: Position
id: zeta
name: Zeta Kepala
unit: u
---
kind: SOP
id: s1
title: Surat
unit: u
steps: [{activity: X, actor: a}]
---
kind: SOP
id: s2
title: Anggaran
unit: u
steps: [{activity: X, actor: a}]
)";
  const auto b = test::make_book(yaml);
  REQUIRE(b->book.chapters.size() == 1);
  CHECK(position_ids(b->book, b->book.chapters[0].positions) == Ids{"zeta", "a", "b"});
  CHECK(sop_ids(b->book, b->book.chapters[0].sops) == Ids{"s2", "s1"});
}

TEST_CASE("render plan: drafts only with include_drafts, archived never") {
  render::BookOptions options;
  options.include_drafts = true;
  const auto b = test::make_book(test::kSmallOffice, options);
  CHECK(sop_ids(b->book, b->book.sops) == Ids{"surat-draf", "izin-cuti"});
  CHECK(b->book.is_draft(b->book.r().sop_index.at("surat-draf")));
  CHECK_FALSE(b->book.is_draft(b->book.r().sop_index.at("izin-cuti")));
}

TEST_CASE("render plan: --sop gives that SOP alone") {
  render::BookOptions options;
  options.sop = "izin-cuti";
  const auto b = test::make_book(test::kSmallOffice, options);
  CHECK(b->book.positions.empty());
  CHECK(sop_ids(b->book, b->book.sops) == Ids{"izin-cuti"});
  REQUIRE(b->book.chapters.size() == 1);
  CHECK(b->book.chapters[0].unit == b->book.r().unit_index.at("tu"));
}

TEST_CASE("render plan: --sop of a draft or an archived SOP says why it is left out") {
  render::BookOptions options;
  options.sop = "surat-draf";
  CHECK(failure_of(test::kSmallOffice, options) ==
        "--sop surat-draf: the SOP is a draft; add --include-drafts to render it");
  options.include_drafts = true;
  const auto b = test::make_book(test::kSmallOffice, options);
  CHECK(sop_ids(b->book, b->book.sops) == Ids{"surat-draf"});
  options.sop = "lama";
  CHECK(failure_of(test::kSmallOffice, options) ==
        "--sop lama: the SOP is archived, and archived SOPs never go into the book");
}

TEST_CASE("render plan: --unit takes the unit and its sub-units") {
  render::BookOptions options;
  options.unit = "kantor";
  auto b = test::make_book(test::kSmallOffice, options);
  CHECK(position_ids(b->book, b->book.positions) == Ids{"kepala", "analis"});
  CHECK(sop_ids(b->book, b->book.sops) == Ids{"izin-cuti"});
  options.unit = "tu";
  b = test::make_book(test::kSmallOffice, options);
  CHECK(position_ids(b->book, b->book.positions) == Ids{"analis"});
  REQUIRE(b->book.chapters.size() == 1);
  CHECK(b->book.chapters[0].depth == 1);
}

TEST_CASE("render plan: unknown ids fail with a suggestion") {
  render::BookOptions options;
  options.sop = "izin-cut";
  CHECK(failure_of(test::kSmallOffice, options) ==
        "--sop izin-cut: no SOP has this id; did you mean `izin-cuti`?");
  options = {};
  options.unit = "TU";
  CHECK(failure_of(test::kSmallOffice, options) ==
        "--unit TU: no unit has this id; did you mean `tu`?");
  options.unit = "\x1b[2Jzzzzzz";
  CHECK(failure_of(test::kSmallOffice, options) == "--unit \\x1b[2Jzzzzzz: no unit has this id");
}

TEST_CASE("render plan: file_component keeps ids safe as file names") {
  CHECK(render::file_component("izin-cuti") == "izin-cuti");
  CHECK(render::file_component("v1.2_a") == "v1.2_a");
  CHECK(render::file_component("a/b") == "a_2Fb");
  CHECK(render::file_component("../x") == ".._2Fx");
  CHECK(render::file_component("a b") == "a_20b");
  CHECK(render::file_component("") == "_");
  CHECK(render::file_component(".") == "_.");
  CHECK(render::file_component("..") == "_..");
  CHECK(render::file_component("\x1b") == "_1B");
}

TEST_CASE("render plan: split paths") {
  const auto b = test::make_book(test::kSmallOffice);
  const int sop = b->book.r().sop_index.at("izin-cuti");
  const int position = b->book.r().position_index.at("analis");
  CHECK(render::sop_path(b->book, render::Format::Markdown, sop) == "sop/izin-cuti.md");
  CHECK(render::position_path(b->book, render::Format::Json, position) == "position/analis.json");
  CHECK(render::book_path(render::Format::Markdown) == "handbook.md");
  CHECK(render::index_path(render::Format::Json) == "index.json");
}

TEST_CASE("render plan: the index orders numbers naturally, SOPs without one last") {
  const std::string yaml = R"(kind: Unit
id: u
name: U
---
kind: Position
id: a
name: Arsiparis
unit: u
---
kind: SOP
id: s10
number: B-10/2024
title: Arsip
unit: u
steps: [{activity: X, actor: a}]
---
kind: SOP
id: s2
number: B-2/2024
title: Surat
unit: u
steps: [{activity: X, actor: a}]
---
kind: SOP
id: s0
title: Anggaran
unit: u
steps: [{activity: X, actor: a}]
)";
  const auto b = test::make_book(yaml);
  CHECK(sop_ids(b->book, render::index_order(b->book, true)) == Ids{"s2", "s10", "s0"});
  CHECK(sop_ids(b->book, render::index_order(b->book, false)) == Ids{"s0", "s10", "s2"});
}
