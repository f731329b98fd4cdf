// Writing the workload analysis (workload.md, "Output"): one view of the
// figures (`--by`) in one format (`--format`).
#pragma once

#include <optional>
#include <ostream>
#include <string_view>

#include "tatakerja/model/repository.hpp"
#include "tatakerja/workload/figures.hpp"

namespace tatakerja::workload {

enum class View { Position, Unit, Employee, Duty };
enum class Format { Table, Csv, Json, Markdown };

std::optional<View> parse_view(std::string_view name);      // position|unit|employee|duty
std::optional<Format> parse_format(std::string_view name);  // table|csv|json|markdown
const char* view_name(View view);

// Labels follow the repository's `language`; the table and Markdown use its
// decimal mark (a comma for `id`), CSV and JSON always '.'.
void write_workload(const model::Repository& repo, const Analysis& analysis, View view,
                    Format format, std::ostream& out);

}  // namespace tatakerja::workload
