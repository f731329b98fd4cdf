#include <doctest/doctest.h>

#include "finding.hpp"
#include "test_render_fixture.hpp"
#include "test_render_hostile.hpp"

using namespace tatakerja;

namespace {

render::BookOptions golden_options() {
  render::BookOptions options;
  options.include_drafts = true;
  options.date = model::Date{2025, 1, 2};
  options.errors.push_back(finding("schema", {1, 81, 1}, "Position has no `unit`"));
  return options;
}

// The number of cells of a table row: '|' not escaped by a backslash,
// less one.
std::size_t columns(const std::string& line) {
  std::size_t bars = 0;
  for (std::size_t i = 0; i < line.size(); ++i) {
    if (line[i] == '\\') {
      ++i;
    } else if (line[i] == '|') {
      ++bars;
    }
  }
  return bars - 1;
}

// Checks every Markdown table of `text` keeps the header's column count,
// and returns the lines outside ``` fences.
std::string check_tables(const std::string& text) {
  std::istringstream in(text);
  std::string outside;
  std::size_t header = 0;
  bool fenced = false;
  for (std::string line; std::getline(in, line);) {
    if (line.rfind("```", 0) == 0) fenced = !fenced;
    if (fenced || line.rfind("```", 0) == 0) continue;
    outside += line + "\n";
    if (line.empty() || line[0] != '|') {
      header = 0;
      continue;
    }
    if (header == 0) {
      header = columns(line);
      continue;
    }
    CHECK_MESSAGE(columns(line) == header, line);
  }
  return outside;
}

}  // namespace

TEST_CASE("render markdown: the whole book of a small office") {
  const auto b = test::make_book(test::kSmallOffice, golden_options());
  test::check_golden("render_small.md", test::write(b->book, render::Format::Markdown));
}

TEST_CASE("render markdown: the book in English") {
  auto options = golden_options();
  options.language = model::Language::En;
  options.errors.clear();
  const auto b = test::make_book(test::kSmallOffice, options);
  test::check_golden("render_small_en.md", test::write(b->book, render::Format::Markdown));
}

TEST_CASE("render markdown: split pages link relative to where they are") {
  const auto b = test::make_book(test::kSmallOffice, golden_options());
  const auto& repo = b->book.r();
  std::ostringstream sop, position, index;
  render::write_sop_page(b->book, render::Format::Markdown, repo.sop_index.at("izin-cuti"), sop);
  render::write_position_page(b->book, render::Format::Markdown, repo.position_index.at("analis"),
                              position);
  render::write_index_page(b->book, render::Format::Markdown, index);
  test::check_golden("render_small_sop.md", sop.str());
  test::check_golden("render_small_position.md", position.str());
  test::check_golden("render_small_index.md", index.str());
}

TEST_CASE("render markdown: the same input gives the same bytes; on_item once an item") {
  int items = 0;
  auto options = golden_options();
  options.on_item = [&items] { ++items; };
  const auto a = test::make_book(test::kSmallOffice, options);
  const auto first = test::write(a->book, render::Format::Markdown);
  CHECK(items == static_cast<int>(a->book.items()));
  const auto b = test::make_book(test::kSmallOffice, golden_options());
  CHECK(test::write(b->book, render::Format::Markdown) == first);
}

TEST_CASE("render markdown: hostile text in every field stays text") {
  auto options = golden_options();
  options.errors.front().message = "<script> | \x1b[2J";
  const auto b = test::make_book(test::hostile_repo(), options);
  REQUIRE(b->book.sops.size() == 1);
  REQUIRE(b->book.positions.size() == 1);
  std::string text = test::write(b->book, render::Format::Markdown);
  std::ostringstream page;
  render::write_sop_page(b->book, render::Format::Markdown, b->book.sops[0], page);
  render::write_position_page(b->book, render::Format::Markdown, b->book.positions[0], page);
  render::write_index_page(b->book, render::Format::Markdown, page);
  text += page.str();
  CHECK(text.find('\x1b') == std::string::npos);
  for (char c : text) CHECK((static_cast<unsigned char>(c) >= 0x20 || c == '\n'));
  const auto outside = check_tables(text);
  CHECK(outside.find("<script") == std::string::npos);
  CHECK(outside.find("-->") == std::string::npos);
  CHECK(outside.find("\n- f") == std::string::npos);
  CHECK(outside.find("\n1. g") == std::string::npos);
  CHECK(outside.find("&amp;amp;") != std::string::npos);
  // The Role lane's members, under the procedure table, escaped too.
  CHECK(outside.find("\nAnggota &lt;script&gt;alert(1)") != std::string::npos);
  // Anchors of odd ids are escaped, and the links find them.
  CHECK(text.find("<a id=\"sop-s_5F1\"></a>") != std::string::npos);
  CHECK(text.find("](#sop-s_5F1)") != std::string::npos);
  CHECK(text.find("<a id=\"unit-u.1\"></a>") != std::string::npos);
}

TEST_CASE("render markdown: a sub-unit rendered alone starts the contents at the margin") {
  render::BookOptions options;
  options.unit = "tu";
  const auto b = test::make_book(test::kSmallOffice, options);
  const auto text = test::write(b->book, render::Format::Markdown);
  CHECK(text.find("\n- [1 Subbagian Tata Usaha](#unit-tu)\n"
                  "  - Informasi Jabatan: [Analis Kepegawaian](#position-analis)\n") !=
        std::string::npos);
  CHECK(text.find("## 1 Subbagian Tata Usaha\n") != std::string::npos);
}
