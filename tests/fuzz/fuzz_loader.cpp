// libFuzzer target: bytes -> loader -> resolve -> every rule -> finalise ->
// text report, as `validate` does for one document file.
//
// The first byte chooses what the rest is (so tatakerja.yaml is fuzzed too):
//   even: the text of one document file, read with the default config;
//   odd:  tatakerja.yaml's text, then, after the first line `#%%` (if any),
//         one document file, read with that config when it is valid.
// The separator is a YAML comment, so the seeds stay readable text.
#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string>
#include <string_view>

#include "load/read_file.hpp"
#include "tatakerja/check/run.hpp"
#include "tatakerja/load/loader.hpp"
#include "tatakerja/report/report.hpp"
#include "tatakerja/resolve/resolve.hpp"

using namespace tatakerja;

namespace {

constexpr std::string_view kSeparator = "#%%\n";

template <class T>
void append(std::vector<T>& to, std::vector<T>& from) {
  for (auto& item : from) to.push_back(std::move(item));
}

void check_document(model::Repository& repo, std::string_view text,
                    diag::Diagnostics& diagnostics) {
  repo.files.push_back({"doc.yaml", "doc.yaml", {}});
  auto result = load::read_text(std::string(text), 1, repo.config);
  repo.files[1].content = std::move(result.content);
  append(repo.units, result.documents.units);
  append(repo.positions, result.documents.positions);
  append(repo.employees, result.documents.employees);
  append(repo.sops, result.documents.sops);
  append(diagnostics, result.diagnostics);

  resolve::resolve(repo, diagnostics);
  check::CheckOptions options;
  options.today = model::Date{2024, 6, 30};  // fixed: the run must not read the clock
  options.jobs = 1;
  const auto severities = check::effective_severities(repo.config, {});
  check::run_checks(repo, options, severities, diagnostics);
  diagnostics = check::finalise(repo, severities, std::move(diagnostics));
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  const bool with_config = (data[0] & 1) != 0;
  const std::string_view input(reinterpret_cast<const char*>(data) + 1, size - 1);

  model::Repository repo;
  repo.root = "/fuzz";
  repo.files.push_back({std::string(load::kConfigName), std::string(load::kConfigName), {}});
  diag::Diagnostics diagnostics;
  std::string_view document = input;
  if (with_config) {
    const auto split = input.find(kSeparator);
    const std::string_view config = input.substr(0, split);
    document = split == std::string_view::npos ? std::string_view{}
                                               : input.substr(split + kSeparator.size());
    if (load::check_encoding(config, 0, diagnostics)) {
      repo.config = load::read_config(config, 0, diagnostics);
    }
    repo.files[0].content = std::string(config);
    if (!diagnostics.empty()) document = {};  // an invalid config stops the run
  }
  if (!document.empty() || !with_config) check_document(repo, document, diagnostics);

  std::ostringstream report;
  report::ReportOptions options;
  options.files_checked = repo.files.size();
  report::write_report(report::Format::Text, repo, diagnostics, options, report);
  return 0;
}
