// What an import found in the office's files, before it becomes YAML:
// positions with their duties (Anjab/ABK), SOPs with their steps (SOP AP),
// the settings a form states (Jam Kerja Efektif), and a finding for every
// cell that could not be placed.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "tatakerja/util/choice.hpp"

namespace tatakerja::importer {

struct Place {  // where a thing was read: a sheet or table, a row, a column
  std::string sheet;
  std::uint32_t row = 0;     // 0: the sheet as a whole
  std::uint32_t column = 0;  // 0: the row as a whole
};

// The kinds of finding an import reports (Finding::rule), as its report and
// tatakerja-import(1) name them.
namespace findings {
inline constexpr const char* kUnplaced = "import-unplaced";  // a cell no key reads
inline constexpr const char* kActor = "import-actor";        // a lane naming no position
inline constexpr const char* kExists = "import-exists";      // a file left as it is
inline constexpr const char* kNoForm = "import-no-form";     // no Anjab, ABK or SOP table
inline constexpr const char* kUnreadable = "import-unreadable";
inline constexpr std::array kAll{kUnplaced, kActor, kExists, kNoForm, kUnreadable};
}  // namespace findings

struct Finding {
  std::string rule;  // one of findings::kAll
  bool error = false;
  Place place;
  std::string message;
  std::string suggestion = {};  // "did you mean" target, or empty
};

struct ImportedDuty {
  Place place;
  std::string number;  // as the form numbers it: "1", "a"
  std::string id;      // from an id column (a workbook tatakerja wrote), else empty
  std::string text, output, unit_of_output, volume, standard_time;
  std::vector<ImportedDuty> subtasks;
};

struct ImportedPosition {
  Place place;
  std::string name, unit;
  std::string id, unit_id;  // from id columns, else empty
  std::optional<std::string> staff;
  std::string summary, type, grade;  // ikhtisar, jenis and kelas jabatan (a whole number)
  std::vector<ImportedDuty> duties;
};

struct ImportedStep {
  Place place;
  Place lane;  // where its lane is named
  std::string activity, actor, requirements, time, output, notes;
  bool decision = false;
};

struct ImportedSop {
  Place place;
  std::string number, title, unit, created, revised, effective, approved_by, approved_on;
  std::vector<std::string> legal_basis, qualifications, related, equipment, warnings, records;
  std::vector<ImportedStep> steps;
};

struct Imported {
  std::vector<ImportedPosition> positions;
  std::vector<ImportedSop> sops;
  std::optional<std::string> effective_hours;  // "1250", from the form
  std::optional<std::string> organization;
  std::vector<Finding> findings;
};

enum class Kind { Any, Anjab, Abk, Sop };
inline constexpr util::Spellings<Kind, 4> kKinds{{
    {Kind::Any, "auto"},
    {Kind::Anjab, "anjab"},
    {Kind::Abk, "abk"},
    {Kind::Sop, "sop"},
}};

}  // namespace tatakerja::importer
