// Writing the workload analysis (workload.md, "Output"): one view of the
// figures (`--by`) in one format (`--format`).
#pragma once

#include <filesystem>
#include <optional>
#include <ostream>
#include <string_view>

#include "tatakerja/model/repository.hpp"
#include "tatakerja/util/choice.hpp"
#include "tatakerja/workload/figures.hpp"

namespace tatakerja::workload {

enum class View { Position, Unit, Employee, Duty };
enum class Format { Table, Csv, Json, Markdown, Xlsx };
inline constexpr util::Spellings<View, 4> kViews{{
    {View::Position, "position"},
    {View::Unit, "unit"},
    {View::Employee, "employee"},
    {View::Duty, "duty"},
}};
inline constexpr util::Spellings<Format, 5> kFormats{{
    {Format::Table, "table"},
    {Format::Csv, "csv"},
    {Format::Json, "json"},
    {Format::Markdown, "markdown"},
    {Format::Xlsx, "xlsx"},
}};

const char* view_name(View view);

// Labels follow the repository's `language`; the table and Markdown use its
// decimal mark (a comma for `id`), CSV and JSON always '.'. Not for xlsx,
// which is no text (write_xlsx).
void write_workload(const model::Repository& repo, const Analysis& analysis, View view,
                    Format format, std::ostream& out);

// The Excel workbook (workload.md, "Output"): the sheets Jabatan, Unit,
// Pegawai, Uraian Tugas and Pengaturan with live formulas, each holding
// the tool's figure as its cached value; `view` chooses the sheet it opens
// on. `file` is replaced whole or not at all; throws util::Failure when it
// cannot be written.
void write_xlsx(const model::Repository& repo, const Analysis& analysis, View view,
                const std::filesystem::path& file);

}  // namespace tatakerja::workload
