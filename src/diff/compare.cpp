#include <algorithm>
#include <future>

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

// The SOPs, the largest part, are compared on a thread of their own while
// the rest is compared here; each part is a pure function of the sides.
Changes compare(const Side& a, const Side& b) {
  Changes out;
  auto sops = std::async(std::launch::async, [&] { return compare_sops(a.repo, b.repo); });
  out.units = compare_units(a.repo, b.repo);
  out.positions = compare_positions(a, b);
  out.workload = compare_workload(a, b);
  out.employees = compare_employees(a.repo, b.repo);
  compare_findings(a, b, out);
  out.sops = sops.get();
  return out;
}

}  // namespace tatakerja::diff
