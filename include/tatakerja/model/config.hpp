// tatakerja.yaml, typed (format.md, "The root").
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "tatakerja/diag/diagnostic.hpp"
#include "tatakerja/model/location.hpp"
#include "tatakerja/model/values.hpp"

namespace tatakerja::model {

enum class Language { Id, En };
enum class Rounding { Nearest, Up, Down };

struct Periods {  // working periods a year, for volumes given per period
  std::int64_t day = 250, week = 50, month = 12, year = 1;
};

struct Grades {  // PJ band bounds, in thousandths of EJ
  std::int64_t a = 1000, b = 900, c = 700, d = 500;
};

struct WorkloadSettings {
  std::int64_t effective_hours = 1250;
  Duration hours_per_day{5 * 3600};
  Rounding rounding = Rounding::Nearest;
  Periods periods;
  Grades grades;
};

// Text inside the flowchart's symbols (handbook.md): none, the first words,
// or all of it.
enum class ShapeText { None, Short, Full };

struct HandbookSettings {
  std::optional<std::string> title;
  std::optional<std::string> logo;
  std::int64_t rows_per_page = 12;
  std::vector<std::string> letterhead;  // kop lines above the unit chain
  ShapeText shape_text = ShapeText::None;
};

struct Config {
  std::string organization;
  Language language = Language::Id;
  WorkloadSettings workload;
  std::map<std::string, Located<diag::Severity>> rules;  // rule id -> severity
  std::vector<Text> vague_words;
  std::vector<std::string> include{"**/*.yaml", "**/*.yml"};
  std::vector<std::string> exclude;
  HandbookSettings handbook;
};

}  // namespace tatakerja::model
