// Shared helpers of the JSON writers (json_*.cpp): values of the model as
// JSON, and the parts of the book. Decimals are exact, to six places with
// trailing zeros dropped, as numbers (like `workload --format json`).
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "tatakerja/render/book.hpp"
#include "tatakerja/util/json.hpp"
#include "tatakerja/workload/figures.hpp"

namespace tatakerja::render::jsonbook {

using util::JsonWriter;

std::string number(const workload::Ratio& value);  // "2.256", "3300"

void optional_text(JsonWriter& w, std::string_view key, const std::optional<model::Text>& text);
void optional_string(JsonWriter& w, std::string_view key, const std::optional<std::string>& text);
void text_list(JsonWriter& w, std::string_view key, const model::TextList& list);
// "number": "1.a", "parent": its duty's id, or null at top level.
void number_and_parent(JsonWriter& w, const model::Position& position, const model::Duty& duty);
void date(JsonWriter& w, std::string_view key, const std::optional<model::Located<model::Date>>& d);
std::optional<std::string> unit_id(const model::Repository& repo, int unit);
std::optional<std::string> position_id(const model::Repository& repo, int position);
const char* language_name(model::Language language);
std::string book_title(const Book& book);

// hours, required, needed, staff, balance, ej, pj (as workload json).
void figures(JsonWriter& w, const workload::Figures& f, const workload::Settings& s,
             bool with_needed = true);
// effective_hours, hours_per_day, rounding, grades.
void settings(JsonWriter& w, const model::Repository& repo, const workload::Settings& s);

// One object each (json/sop.cpp, json/position.cpp).
void sop_object(JsonWriter& w, const Book& book, int sop);
void position_object(JsonWriter& w, const Book& book, const workload::PositionFigures* figures,
                     int position);
// "position_map" (json/peta.cpp): the Peta Jabatan as a tree; no key when
// the book has no positions.
void position_map(JsonWriter& w, const Book& book);
// The book's tail (json/tail.cpp): "employees", "workload", "coverage".
void employees(JsonWriter& w, const Book& book);
void workload_part(JsonWriter& w, const Book& book);
void coverage(JsonWriter& w, const Book& book, const std::vector<int>& figures_of);
// "duty_sheets": the Lembar Uraian Tugas of book.employees (json/sheet.cpp).
void duty_sheets(JsonWriter& w, const Book& book);

}  // namespace tatakerja::render::jsonbook
