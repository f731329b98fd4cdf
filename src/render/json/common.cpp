// Values of the model as JSON, and figures as workload json writes them.
#include "../labels.hpp"
#include "book.hpp"

namespace tatakerja::render::jsonbook {

std::string number(const workload::Ratio& value) {
  return workload::decimal(value, 6, true);
}

void optional_text(JsonWriter& w, std::string_view key, const std::optional<model::Text>& text) {
  w.key(key);
  if (text) {
    w.string(text->value);
  } else {
    w.null();
  }
}

void optional_string(JsonWriter& w, std::string_view key, const std::optional<std::string>& text) {
  w.key(key);
  if (text) {
    w.string(*text);
  } else {
    w.null();
  }
}

void number_and_parent(JsonWriter& w, const model::Position& position, const model::Duty& duty) {
  w.key("number").string(duty.number);
  w.key("parent");
  if (duty.parent >= 0) {
    w.string(position.duties[duty.parent].id.value);
  } else {
    w.null();
  }
}

void text_list(JsonWriter& w, std::string_view key, const model::TextList& list) {
  w.key(key).begin_array();
  for (const auto& item : list.items) w.string(item.value);
  w.end_array();
}

void date(JsonWriter& w, std::string_view key,
          const std::optional<model::Located<model::Date>>& d) {
  w.key(key);
  if (d && d->valid) {
    w.string(d->value.str());
  } else {
    w.null();
  }
}

std::optional<std::string> unit_id(const model::Repository& repo, int unit) {
  if (unit < 0) return std::nullopt;
  return repo.units[unit].doc.id.value;
}

std::optional<std::string> position_id(const model::Repository& repo, int position) {
  if (position < 0) return std::nullopt;
  return repo.positions[position].doc.id.value;
}

const char* language_name(model::Language language) {
  return language == model::Language::En ? "en" : "id";
}

std::string book_title(const Book& book) {
  const auto& title = book.r().config.handbook.title;
  if (title && !title->empty()) return *title;
  return book_labels(book.options.language).handbook;
}

void figures(JsonWriter& w, const workload::Figures& f, const workload::Settings& s,
             bool with_needed) {
  const auto ej = workload::effectiveness(f.load, f.staff, s);
  const auto grade = workload::grade_of(ej, s.grades);
  w.key("hours").number_text(number(workload::hours(f.load)));
  w.key("required").number_text(number(f.required));
  if (with_needed) {
    w.key("needed").number_text(workload::to_string(f.needed));
    w.key("staff").number(f.staff);
    w.key("balance").number_text(workload::to_string(workload::balance(f)));
  }
  w.key("ej");
  if (ej) {
    w.number_text(number(*ej));
  } else {
    w.null();
  }
  optional_string(w, "pj",
                  grade ? std::optional<std::string>(std::string(1, workload::grade_letter(*grade)))
                        : std::nullopt);
}

void settings(JsonWriter& w, const model::Repository& repo, const workload::Settings& s) {
  const auto rounding = s.rounding == model::Rounding::Up     ? "up"
                        : s.rounding == model::Rounding::Down ? "down"
                                                              : "nearest";
  w.key("settings").begin_object();
  w.key("effective_hours").number(s.effective_hours);
  w.key("hours_per_day")
      .number_text(number(workload::Ratio(repo.config.workload.hours_per_day.seconds, 3600)));
  w.key("rounding").string(rounding);
  w.key("grades").begin_object();
  w.key("A").number_text(number(workload::Ratio(s.grades.a, 1000)));
  w.key("B").number_text(number(workload::Ratio(s.grades.b, 1000)));
  w.key("C").number_text(number(workload::Ratio(s.grades.c, 1000)));
  w.key("D").number_text(number(workload::Ratio(s.grades.d, 1000)));
  w.end_object();
  w.end_object();
}

}  // namespace tatakerja::render::jsonbook
