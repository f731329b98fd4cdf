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
#include "tatakerja/util/choice.hpp"

namespace tatakerja::model {

enum class Language { Id, En };
inline constexpr util::Spellings<Language, 2> kLanguages{{
    {Language::Id, "id"},
    {Language::En, "en"},
}};
enum class Rounding { Nearest, Up, Down };

// Working periods a year, for volumes given per period, in millionths
// (`month: 12.5` is 12'500000).
struct Periods {
  static constexpr std::int64_t kScale = 1'000'000;
  std::int64_t day = 250 * kScale, week = 50 * kScale, month = 12 * kScale, year = 1 * kScale;

  std::int64_t of(Period period) const;  // a plain volume's: 1 (kScale)
};

// A published set of effective time and periods (workload.md).
enum class Method { PermenpanRb2020, PerkaBkn2011 };

// What `method` sets unless tatakerja.yaml sets the key itself.
struct MethodPreset {
  std::int64_t effective_hours;
  Periods periods;
};
MethodPreset preset_of(Method method);

// `workload.effective_time`: a period's own effective working time (waktu
// kerja efektif), for a form whose periods are not consistent with
// effective_hours; unset ones follow effective_hours / periods.
struct EffectiveTime {
  std::optional<Duration> day, week, month, year;

  const std::optional<Duration>& of(Period period) const;  // a plain volume's: year's
};

struct Grades {  // PJ band bounds, in thousandths of EJ
  std::int64_t a = 1000, b = 900, c = 700, d = 500;
};

struct WorkloadSettings {
  Method method = Method::PermenpanRb2020;
  std::int64_t effective_hours = 1250;
  Duration hours_per_day{5 * 3600};
  Rounding rounding = Rounding::Nearest;
  std::int64_t minimum_needed = 0;  // a position with any workload needs at least this many
  Periods periods;
  EffectiveTime effective_time;
  Grades grades;
};

// Text inside the flowchart's symbols (handbook.md): none, the first words,
// or all of it.
enum class ShapeText { None, Short, Full };

struct HandbookSettings {
  std::optional<std::string> title;
  std::optional<Text> logo;  // as written; its file is read by the loader (Repository::logo)
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

// The settings that change what a document reads as, not only what is
// computed from it: workload.hours_per_day (durations in days). Volumes are
// kept in their own period, so workload.periods is not one. Two configs
// with the same text here read every file alike: the cache keys its
// entries by it, and diff takes the same blob for the same document only
// then.
std::string reading_settings(const Config& config);

}  // namespace tatakerja::model
