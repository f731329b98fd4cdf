#include <algorithm>

#include "common.hpp"

namespace tatakerja::diff {

bool Changes::empty() const {
  return sops.empty() && units.empty() && positions.empty() && workload.empty() &&
         employees.empty() && new_findings.empty() && gone_findings.empty();
}

std::size_t Changes::new_errors() const {
  return static_cast<std::size_t>(
      std::count_if(new_findings.begin(), new_findings.end(),
                    [](const Finding& f) { return f.severity == diag::Severity::Error; }));
}

Changes compare(const Side& a, const Side& b) {
  Changes out;
  out.sops = compare_sops(a.repo, b.repo);
  out.units = compare_units(a.repo, b.repo);
  out.positions = compare_positions(a, b);
  out.workload = compare_workload(a, b);
  out.employees = compare_employees(a.repo, b.repo);
  compare_findings(a, b, out);
  return out;
}

}  // namespace tatakerja::diff
