// Writing finalised diagnostics in the formats of rules.md ("Reporting").
#pragma once

#include <cstddef>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>

#include "tatakerja/diag/diagnostic.hpp"
#include "tatakerja/model/repository.hpp"
#include "tatakerja/util/choice.hpp"

namespace tatakerja::report {

enum class Format { Text, Json, Sarif, Github, Junit };
inline constexpr util::Spellings<Format, 5> kFormats{{
    {Format::Text, "text"},
    {Format::Json, "json"},
    {Format::Sarif, "sarif"},
    {Format::Github, "github"},
    {Format::Junit, "junit"},
}};
std::optional<Format> parse_format(std::string_view name);

struct ReportOptions {
  bool color = false;                             // ANSI colour in the text format
  std::size_t files_checked = 0;                  // files reported on (for junit and summaries)
  std::vector<std::uint32_t> reported_files;      // file indices reported on (junit test cases)
  const diag::Diagnostics* suppressed = nullptr;  // silenced findings, for formats that show them
};

// Writes the report. `diagnostics` are final (severities set, sorted); info
// diagnostics have already been dropped unless the user asked for them.
void write_report(Format format, const model::Repository& repo,
                  const diag::Diagnostics& diagnostics, const ReportOptions& options,
                  std::ostream& out);

// "2 errors, 1 warning in 3 files" (info counted only when present).
std::string summary_line(const diag::Diagnostics& diagnostics, std::size_t files);

}  // namespace tatakerja::report
