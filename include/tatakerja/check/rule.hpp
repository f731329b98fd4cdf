// The rule catalogue (rules.md): one row a rule. Rules reported while
// loading or resolving (yaml-syntax, schema, unknown-reference, ...) have no
// check function; every other rule is a small pure function over the
// resolved repository.
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "tatakerja/diag/diagnostic.hpp"
#include "tatakerja/model/repository.hpp"

namespace tatakerja::check {

// What a check needs besides the repository.
struct CheckOptions {
  std::optional<model::Date> today;  // validate --date; the clock only when a rule needs it
  unsigned jobs = 0;                 // threads to run the rules on; 0: all cores
};

// Handed to a check: it stamps the rule id on everything reported.
class Reporter {
 public:
  Reporter(std::string_view rule, diag::Diagnostics& out) : rule_(rule), out_(out) {}
  void report(model::Location loc, std::string message, std::string suggestion = {});
  void report(diag::Diagnostic d);  // rule id is overwritten with this rule's

 private:
  std::string_view rule_;
  diag::Diagnostics& out_;
};

using CheckFn = void (*)(const model::Repository&, const CheckOptions&, Reporter&);

struct Rule {
  std::string_view id;
  diag::Severity default_severity;
  std::string_view summary;  // one line, for the catalogue
  std::string_view what;     // what it checks (explain)
  std::string_view why;      // why, citing the source: seed practice or regulation
  std::string_view wrong;    // a YAML example that triggers it
  std::string_view fixed;    // the same example, fixed
  CheckFn check = nullptr;   // nullptr: reported by the loader or resolver
};

std::span<const Rule> rules();
const Rule* find_rule(std::string_view id);

}  // namespace tatakerja::check
