// Internal: one writer a report format (one file each), dispatched by
// write_report (report.cpp). Each writes the whole report for `diagnostics`,
// which are final and sorted.
#pragma once

#include <ostream>
#include <span>

#include "tatakerja/check/rule.hpp"
#include "tatakerja/diag/diagnostic.hpp"
#include "tatakerja/model/repository.hpp"
#include "tatakerja/report/report.hpp"

namespace tatakerja::report {

void write_text(const model::Repository& repo, const diag::Diagnostics& diagnostics,
                const ReportOptions& options, std::ostream& out);

void write_json(const model::Repository& repo, const diag::Diagnostics& diagnostics,
                const ReportOptions& options, std::ostream& out);

// `catalogue` is every rule (check::rules()); a parameter so tests can pass
// a small one.
// `suppressed` findings are written as results with a `suppressions` entry
// carrying the reason given in the document.
void write_sarif(const model::Repository& repo, const diag::Diagnostics& diagnostics,
                 std::span<const check::Rule> catalogue, std::ostream& out,
                 const diag::Diagnostics& suppressed = {});

void write_github(const model::Repository& repo, const diag::Diagnostics& diagnostics,
                  const ReportOptions& options, std::ostream& out);

void write_junit(const model::Repository& repo, const diag::Diagnostics& diagnostics,
                 const ReportOptions& options, std::ostream& out);

}  // namespace tatakerja::report
