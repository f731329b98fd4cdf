#include <doctest/doctest.h>

#include <string_view>

#include "finding.hpp"
#include "test_render_fixture.hpp"
#include "test_render_hostile.hpp"

using namespace tatakerja;

namespace {

// A strict RFC 8259 recogniser, enough to tell that a document parses.
class JsonCheck {
 public:
  explicit JsonCheck(std::string_view text) : s_(text) {}
  bool document() {
    space();
    if (!value()) return false;
    space();
    return i_ == s_.size();
  }

 private:
  bool value() {
    if (i_ >= s_.size()) return false;
    switch (s_[i_]) {
      case '{':
        return container('}', true);
      case '[':
        return container(']', false);
      case '"':
        return string();
      case 't':
        return word("true");
      case 'f':
        return word("false");
      case 'n':
        return word("null");
      default:
        return number();
    }
  }
  bool container(char close, bool object) {
    ++i_;
    space();
    if (i_ < s_.size() && s_[i_] == close) return ++i_, true;
    for (;;) {
      space();
      if (object && !(string() && (space(), eat(':')) && (space(), true))) return false;
      if (!value()) return false;
      space();
      if (eat(close)) return true;
      if (!eat(',')) return false;
    }
  }
  bool string() {
    if (!eat('"')) return false;
    while (i_ < s_.size()) {
      const auto c = static_cast<unsigned char>(s_[i_++]);
      if (c == '"') return true;
      if (c < 0x20) return false;
      if (c == '\\') {
        if (i_ >= s_.size()) return false;
        const char e = s_[i_++];
        if (e == 'u') {
          for (int k = 0; k < 4; ++k, ++i_) {
            if (i_ >= s_.size() || !std::isxdigit(static_cast<unsigned char>(s_[i_]))) return false;
          }
        } else if (std::string_view("\"\\/bfnrt").find(e) == std::string_view::npos) {
          return false;
        }
      }
    }
    return false;
  }
  bool number() {
    const auto start = i_;
    eat('-');
    if (!digits()) return false;
    if (eat('.') && !digits()) return false;
    return i_ > start;
  }
  bool digits() {
    const auto start = i_;
    while (i_ < s_.size() && s_[i_] >= '0' && s_[i_] <= '9') ++i_;
    return i_ > start;
  }
  bool word(std::string_view w) {
    if (s_.substr(i_, w.size()) != w) return false;
    i_ += w.size();
    return true;
  }
  bool eat(char c) {
    if (i_ < s_.size() && s_[i_] == c) return ++i_, true;
    return false;
  }
  void space() {
    while (i_ < s_.size() && std::string_view(" \n\r\t").find(s_[i_]) != std::string_view::npos)
      ++i_;
  }
  std::string_view s_;
  std::size_t i_ = 0;
};

bool parses(std::string_view text) {
  return JsonCheck(text).document();
}

render::BookOptions golden_options() {
  render::BookOptions options;
  options.include_drafts = true;
  options.date = model::Date{2025, 1, 2};
  options.errors.push_back(finding("schema", {1, 81, 1}, "Position has no `unit`"));
  return options;
}

}  // namespace

TEST_CASE("render json: the checker itself") {
  CHECK(parses(R"({"a": [1, -2.5, true, null, "x\n\u00e9"], "b": {}})"));
  CHECK_FALSE(parses(R"({"a": 1,})"));
  CHECK_FALSE(parses("{\"a\": \"\x1b\"}"));
  CHECK_FALSE(parses(R"({"a": .5})"));
  CHECK_FALSE(parses(R"(["a"] x)"));
}

TEST_CASE("render json: the whole book of a small office") {
  const auto b = test::make_book(test::kSmallOffice, golden_options());
  const auto text = test::write(b->book, render::Format::Json);
  CHECK(parses(text));
  test::check_golden("render_small.json", text);
}

TEST_CASE("render json: split pages") {
  const auto b = test::make_book(test::kSmallOffice, golden_options());
  const auto& repo = b->book.r();
  std::ostringstream sop, position, index;
  render::write_sop_page(b->book, render::Format::Json, repo.sop_index.at("izin-cuti"), sop);
  render::write_position_page(b->book, render::Format::Json, repo.position_index.at("analis"),
                              position);
  render::write_index_page(b->book, render::Format::Json, index);
  CHECK(parses(sop.str()));
  CHECK(parses(position.str()));
  CHECK(parses(index.str()));
  test::check_golden("render_small_sop.json", sop.str());
  test::check_golden("render_small_index.json", index.str());
  CHECK(position.str().find("\"format\": \"tatakerja-position\"") != std::string::npos);
}

TEST_CASE("render json: only what is in the book, the same bytes every time") {
  render::BookOptions options;
  options.unit = "tu";
  int items = 0;
  options.on_item = [&items] { ++items; };
  const auto b = test::make_book(test::kSmallOffice, options);
  const auto text = test::write(b->book, render::Format::Json);
  CHECK(items == 2);
  // kepala is a lane of the SOP, but not a position of the book.
  CHECK(text.find("\"name\": \"Kepala Kantor\",\n      \"unit\"") == std::string::npos);
  CHECK(text.find("\"name\": \"Analis Kepegawaian\",\n      \"unit\"") != std::string::npos);
  CHECK(text.find("\"id\": \"surat-draf\"") == std::string::npos);
  CHECK(text.find("\"date\": null") != std::string::npos);
  const auto again = test::make_book(test::kSmallOffice, [] {
    render::BookOptions o;
    o.unit = "tu";
    return o;
  }());
  CHECK(test::write(again->book, render::Format::Json) == text);
}

TEST_CASE("render json: hostile text in every field still parses") {
  auto options = golden_options();
  options.errors.front().message = "\"]} \x1b[2J \xff";
  const auto b = test::make_book(test::hostile_repo(), options);
  REQUIRE(b->book.sops.size() == 1);
  const auto text = test::write(b->book, render::Format::Json);
  CHECK(parses(text));
  CHECK(text.find('\x1b') == std::string::npos);
  CHECK(text.find("\\u001b[31m") != std::string::npos);
  std::ostringstream sop;
  render::write_sop_page(b->book, render::Format::Json, b->book.sops[0], sop);
  CHECK(parses(sop.str()));
}
