#include "tatakerja/app/import.hpp"

#include <fmt/format.h>
#include <unistd.h>

#include <algorithm>
#include <map>

#include "tatakerja/importer/documents.hpp"
#include "tatakerja/importer/error.hpp"
#include "tatakerja/importer/forms.hpp"
#include "tatakerja/importer/read.hpp"
#include "tatakerja/load/loader.hpp"
#include "tatakerja/report/report.hpp"
#include "tatakerja/sys/terminal.hpp"
#include "tatakerja/util/error.hpp"
#include "tatakerja/util/file.hpp"
#include "tatakerja/util/text.hpp"

namespace tatakerja::app {

namespace fs = std::filesystem;

namespace {

struct Run {
  model::Repository repo;  // the files reported on: the inputs, then the outputs
  diag::Diagnostics diagnostics;
  std::vector<std::string> written, skipped;
};

std::uint32_t file_index(Run& run, const std::string& shown) {
  for (std::uint32_t i = 0; i < run.repo.files.size(); ++i) {
    if (run.repo.files[i].path == shown) return i;
  }
  run.repo.files.push_back({shown, shown, "", true});
  return static_cast<std::uint32_t>(run.repo.files.size() - 1);
}

void add(Run& run, std::uint32_t file, const importer::Finding& f) {
  diag::Diagnostic d;
  d.rule = f.rule;
  d.severity = f.error ? diag::Severity::Error : diag::Severity::Warning;
  d.loc = {file, f.place.row, f.place.row ? std::max<std::uint32_t>(f.place.column, 1) : 0};
  d.suggestion = f.suggestion;
  d.message = f.place.sheet.empty()
                  ? f.message
                  : fmt::format("{}: {}", util::escape_control(f.place.sheet), f.message);
  run.diagnostics.push_back(std::move(d));
}

// Reads one file's forms; nullopt when it could not be read at all.
std::optional<importer::Imported> read_one(Run& run, const std::string& file, importer::Kind kind) {
  const std::uint32_t index = file_index(run, file);
  importer::Imported imported;
  try {
    const auto book = importer::read_book(file, file);
    bool found = false;
    if (kind == importer::Kind::Sop || kind == importer::Kind::Any)
      found = importer::read_sop(book, imported);
    if (!found && kind != importer::Kind::Sop) found = importer::read_abk(book, imported);
    if (!found) {
      imported.findings.push_back({importer::findings::kNoForm,
                                   true,
                                   {},
                                   kind == importer::Kind::Sop
                                       ? "no SOP AP table found (an identity table with "
                                         "\"Nama SOP\", or a procedure table with \"Kegiatan\" "
                                         "and the lanes)"
                                       : "no Anjab, ABK or SOP table found (a header with "
                                         "\"Uraian Tugas\" and \"Beban Kerja\" or \"Norma "
                                         "Waktu\", or an SOP's \"Nama SOP\")"});
    }
  } catch (const importer::Refused& e) {
    add(run, index, {importer::findings::kUnreadable, true, {}, e.what()});
    return std::nullopt;
  }
  for (const auto& f : imported.findings) add(run, index, f);
  return imported;
}

void write_new(Run& run, const fs::path& folder, const std::string& shown_folder,
               const importer::NewFile& file) {
  const fs::path path = folder / file.relative;
  const std::string shown = shown_folder + "/" + file.relative;
  std::error_code ec;
  if (fs::symlink_status(path, ec).type() != fs::file_type::not_found) {
    if (file.relative == "tatakerja.yaml") return;  // the repository's own: expected
    run.skipped.push_back(shown);
    add(run, file_index(run, shown),
        {importer::findings::kExists,
         false,
         {},
         fmt::format("already exists, left as it is (the import "
                     "would have written {})",
                     file.what)});
    return;
  }
  fs::create_directories(path.parent_path(), ec);
  if (ec) throw util::Failure(fmt::format("cannot make {}: {}", shown, ec.message()));
  const std::string_view parts[] = {file.content};
  std::string error;
  if (!util::replace_file(path, parts, error, {.keep_existing = true})) throw util::Failure(error);
  run.written.push_back(shown);
}

// The positions and units of the repository already in `folder`, so that
// an SOP imported later links its lanes to positions imported earlier.
importer::Known known_in(const fs::path& folder) {
  importer::Known known;
  std::error_code ec;
  if (!fs::is_regular_file(folder / "tatakerja.yaml", ec)) return known;
  const auto loaded = load::load_repository(folder, {});
  for (const auto& p : loaded.repo.positions) {
    if (p.doc.id.value.empty()) continue;
    known.positions.emplace(util::fold_text(p.name.value), p.doc.id.value);
  }
  for (const auto& u : loaded.repo.units) {
    if (!u.doc.id.value.empty()) known.units.emplace(util::fold_text(u.name.value), u.doc.id.value);
  }
  return known;
}

void summary(const Run& run, const std::string& folder, std::ostream& err) {
  for (const auto& w : run.written) err << "created " << util::escape_control(w) << '\n';
  std::size_t unplaced = 0;
  for (const auto& d : run.diagnostics) unplaced += d.rule == importer::findings::kUnplaced;
  err << fmt::format(
      "import: {} file{} written to {}, {} left as {}; {} cell{} or row{} not placed\n",
      run.written.size(), run.written.size() == 1 ? "" : "s", util::escape_control(folder),
      run.skipped.size(), run.skipped.size() == 1 ? "it was" : "they were", unplaced,
      unplaced == 1 ? "" : "s", unplaced == 1 ? "" : "s");
}

}  // namespace

int run_import(const GlobalOptions& global, const ImportOptions& options, std::ostream& out,
               std::ostream& err) {
  const auto kind = options.kind;
  const auto format = options.format;
  if (options.out.empty()) throw util::Failure("import needs --out DIR: the folder to write into");
  if (options.files.empty()) throw util::Failure("import needs at least one FILE");
  std::error_code ec;
  const fs::path folder(options.out);
  if (fs::exists(folder, ec) && !fs::is_directory(folder, ec)) {
    throw util::Failure(fmt::format("--out {}: not a folder", options.out));
  }
  Run run;
  std::string shown_folder = options.out;
  while (shown_folder.size() > 1 && shown_folder.back() == '/') shown_folder.pop_back();
  std::vector<std::pair<std::string, importer::Imported>> read;
  for (const auto& file : options.files) {
    if (auto imported = read_one(run, file, kind)) read.emplace_back(file, std::move(*imported));
  }
  importer::Known known = known_in(folder);  // for the SOPs' lanes and the units
  for (const auto& [file, imported] : read) {
    for (const auto& p : imported.positions) {
      known.positions.emplace(util::fold_text(p.name), importer::position_id(p));
    }
  }
  for (const auto& [file, imported] : read) {
    std::vector<importer::Finding> findings;
    const auto files = importer::documents(imported, file, known, findings);
    const std::uint32_t index = file_index(run, file);
    for (const auto& f : findings) add(run, index, f);
    for (const auto& f : files) write_new(run, folder, shown_folder, f);
  }
  std::stable_sort(run.diagnostics.begin(), run.diagnostics.end(), diag::report_order);
  report::ReportOptions ro;
  ro.color = format == report::Format::Text && sys::use_color(global.color, STDOUT_FILENO);
  ro.files_checked = run.repo.files.size();
  report::write_report(format, run.repo, run.diagnostics, ro, out);
  if (!global.quiet) summary(run, shown_folder, err);
  return diag::fails(run.diagnostics) ? 1 : 0;
}

}  // namespace tatakerja::app
