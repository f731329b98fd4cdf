#include "tatakerja/app/render.hpp"

#include <fmt/format.h>
#include <unistd.h>

#include <cstdlib>

#include "render_steps.hpp"
#include "tatakerja/app/book_date.hpp"
#include "tatakerja/app/diff.hpp"
#include "tatakerja/app/phase.hpp"
#include "tatakerja/app/pipeline.hpp"
#include "tatakerja/load/loader.hpp"
#include "tatakerja/report/report.hpp"
#include "tatakerja/sys/chromium.hpp"
#include "tatakerja/sys/terminal.hpp"
#include "tatakerja/util/error.hpp"
#include "tatakerja/util/text.hpp"

namespace tatakerja::app {

namespace {

Formats formats_of(const std::vector<BookFormat>& chosen) {
  Formats formats;
  for (const auto format : chosen) {
    switch (format) {
      case BookFormat::Html:
        formats.html = true;
        break;
      case BookFormat::Markdown:
        formats.markdown = true;
        break;
      case BookFormat::Json:
        formats.json = true;
        break;
      case BookFormat::Pdf:
        formats.pdf = true;
        break;
    }
  }
  if (chosen.empty()) formats.html = true;
  return formats;
}

diag::Diagnostics errors_of(const diag::Diagnostics& shown) {
  diag::Diagnostics errors;
  for (const auto& d : shown) {
    if (d.severity == diag::Severity::Error) errors.push_back(d);
  }
  return errors;
}

}  // namespace

int run_render(const GlobalOptions& global, const RenderOptions& options, std::ostream&,
               std::ostream& err) {
  // Every option is checked, and Chromium found, before anything is read or
  // written.
  const Formats formats = formats_of(options.formats);
  const auto language = options.lang;
  const auto date = fixed_date(options.date, std::getenv("SOURCE_DATE_EPOCH"));
  if (options.out.empty()) throw util::Failure("--out: expected a folder, not an empty name");
  const std::string chromium = formats.pdf ? sys::find_chromium() : std::string();

  auto opened =
      open_repository(global, phases::kRender, err, std::filesystem::current_path(), options.force);
  if (opened.status) return *opened.status;
  const auto& checked = *opened.checked;
  const auto& shown = opened.shown;
  const auto& repo = checked.repo;
  const std::string summary = report::summary_line(shown, repo.files.size());
  const bool failed = diag::fails(shown);

  const auto analysis = workload::analyse(repo, workload::settings_of(repo.config));
  render::BookOptions book_options;
  book_options.language = language.value_or(repo.config.language);
  book_options.date = date ? date : newest_effective(repo);
  book_options.include_drafts = options.include_drafts;
  book_options.sop = options.sop;
  book_options.unit = options.unit;
  book_options.employees = options.employees;
  book_options.jobs = global.jobs;
  if (options.force) book_options.errors = errors_of(shown);
  std::optional<diff::Changes> changes;
  if (options.changes) {
    changes = changes_since(opened.pipeline, *options.changes, "--changes", checked, analysis);
    book_options.changes = &*changes;
    book_options.changes_since = *options.changes;
  }
  auto book = render::plan(repo, analysis, std::move(book_options));

  Rendering rendering{book, formats, options.split, chromium};
  std::string written;
  try {
    written = rendering.write(options.out, !global.quiet && sys::is_terminal(STDERR_FILENO), err);
  } catch (const sys::ChromiumFailure& e) {
    err << "tatakerja: Chromium's output, the last lines:\n" << e.output;
    throw;
  }
  if (!global.quiet) err << "tatakerja: " << written << "\n";
  if (failed) {
    err << "tatakerja: " << summary
        << ": rendered anyway (--force), with the errors listed in the book\n";
    return 1;
  }
  if (!global.quiet && !shown.empty()) err << "tatakerja: " << summary << "\n";
  return 0;
}

}  // namespace tatakerja::app
