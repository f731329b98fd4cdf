// Internal: what the comparisons of each document kind share: matching two
// lists, and values shown as text.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "tatakerja/diff/diff.hpp"

namespace tatakerja::diff {

// A key of an item for one matching pass; nullopt or empty: none.
using KeyOf = std::function<std::optional<std::string>(bool b_side, int index)>;
using ScoreOf = std::function<double(int a, int b)>;

// Pairs items of A (size na) with items of B (size nb): pass by pass, each
// unpaired A item takes the first unpaired B item with the same key; then,
// when `score` is given, the pairs left with the highest score of at least
// `threshold`, best first. Returns, for each A item, its B item or -1.
std::vector<int> match(int na, int nb, const std::vector<KeyOf>& passes, const ScoreOf& score = {},
                       double threshold = 0.5);

// For the pairs (a, b) in B's order, whether each was moved: its A index is
// not on the longest run that keeps A's order.
std::vector<bool> moved_pairs(const std::vector<int>& a_of_pair);

// Values shown as text; nullopt for absent (or unreadable).
std::optional<std::string> shown(const std::optional<model::Text>& text);
std::optional<std::string> shown(const model::TextList& list);
std::optional<std::string> shown(const std::optional<model::Located<model::Duration>>& d);
std::optional<std::string> shown(const std::optional<model::Located<model::Volume>>& v);
std::optional<std::string> shown(const std::optional<model::Located<model::Date>>& d);
std::optional<std::string> shown(const std::optional<model::Located<std::int64_t>>& n);
std::optional<std::string> shown(const std::optional<model::Approver>& approver);
std::string duration_text(std::int64_t seconds);  // "1 jam 30 menit", "0 menit"

// Appends {name, before, after} when they differ.
void add_field(std::vector<Field>& fields, std::string name, std::optional<std::string> before,
               std::optional<std::string> after);

// Whether a place in A and one in B are the same place of the same bytes
// (the same git blob, or the same content hash: a working tree's file that
// went through the cache has one), read with the same reading settings
// (model::reading_settings): what is read there is then the same on both
// sides, and is not compared field by field.
class SameSource {
 public:
  SameSource(const model::Repository& a, const model::Repository& b);
  bool operator()(model::Location x, model::Location y) const;

 private:
  const model::Repository& a_;
  const model::Repository& b_;
  bool read_alike_;
};

// Lower-cased, spaces collapsed: the text two sides are matched by.
std::string normal(std::string_view text);

// The per-kind comparisons (sops.cpp, positions.cpp, people.cpp, workload_changes.cpp).
std::vector<SopChange> compare_sops(const model::Repository& a, const model::Repository& b);
std::vector<UnitChange> compare_units(const model::Repository& a, const model::Repository& b);
std::vector<PositionChange> compare_positions(const Side& a, const Side& b);
std::vector<WorkloadChange> compare_workload(const Side& a, const Side& b);
std::vector<EmployeeChange> compare_employees(const model::Repository& a,
                                              const model::Repository& b);
void compare_findings(const Side& a, const Side& b, Changes& out);

}  // namespace tatakerja::diff
