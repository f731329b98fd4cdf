// `tatakerja import`: the office's Excel and Word files (Anjab/ABK
// workbooks, SOP AP documents) into new YAML documents (cli.md), as a
// function of its options (it does not see CLI11).
#pragma once

#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "tatakerja/app/validate.hpp"
#include "tatakerja/importer/result.hpp"
#include "tatakerja/report/report.hpp"
#include "tatakerja/util/choice.hpp"

namespace tatakerja::app {

// The report of what could not be placed: two of the report's formats.
inline constexpr util::Spellings<report::Format, 2> kImportFormats{{
    {report::Format::Text, "text"},
    {report::Format::Json, "json"},
}};

struct ImportOptions {
  std::vector<std::string> files;
  std::string out;  // the folder the documents go into (made when missing)
  importer::Kind kind = importer::Kind::Any;
  report::Format format = report::Format::Text;  // the report of what could not be placed
};

// Writes the documents (new files only: one that exists is reported and
// left alone), the report of what could not be placed to `out`, and the
// summary of what was written to `err`. Returns 0 done, 1 a file could not
// be read or held no form; a bad option throws util::Failure (exit 2).
int run_import(const GlobalOptions& global, const ImportOptions& options, std::ostream& out,
               std::ostream& err);

}  // namespace tatakerja::app
