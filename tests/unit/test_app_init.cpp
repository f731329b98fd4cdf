#include <doctest/doctest.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "scratch.hpp"
#include "tatakerja/app/init.hpp"
#include "tatakerja/app/pipeline.hpp"
#include "tatakerja/app/workload.hpp"
#include "tatakerja/util/error.hpp"

namespace fs = std::filesystem;
using tatakerja::app::GlobalOptions;
using tatakerja::app::init_template;
using tatakerja::app::InitOptions;
using tatakerja::app::run_init;
using tatakerja::util::Failure;

namespace {

using ::test::read;
using ::test::Scratch;

std::string init(const fs::path& dir, bool quiet = false) {
  GlobalOptions global;
  global.quiet = quiet;
  InitOptions options;
  options.dir = dir;
  std::ostringstream err;
  CHECK(run_init(global, options, err) == 0);
  return err.str();
}

void check_written(const fs::path& dir) {
  for (const auto& file : init_template()) {
    CAPTURE(file.path);
    CHECK(read(dir / file.path) == file.text);
  }
}

std::size_t entries(const fs::path& dir) {
  return static_cast<std::size_t>(std::distance(fs::directory_iterator(dir), {}));
}

}  // namespace

TEST_CASE("app init: writes the template into a new folder, parents included") {
  Scratch scratch;
  const auto dir = scratch.path / "a" / "kantor";
  const auto err = init(dir);
  check_written(dir);
  CHECK(err.find("tatakerja: wrote a new repository in `") == 0);
  CHECK(err.find("  sops/pelayanan-surat-keterangan.yaml\n") != std::string::npos);
  CHECK(err.find("  cd " + dir.string() + "\n") != std::string::npos);
  CHECK(err.find("  tatakerja validate\n") != std::string::npos);
}

TEST_CASE("app init: an empty folder, or one holding only .git") {
  Scratch scratch;
  init(scratch.path);
  check_written(scratch.path);
  Scratch git;
  fs::create_directory(git.path / ".git");
  std::ofstream(git.path / ".git" / "HEAD") << "ref: refs/heads/main\n";
  CHECK(init(git.path, true).empty());  // -q: nothing on stderr
  check_written(git.path);
  CHECK(read(git.path / ".git" / "HEAD") == "ref: refs/heads/main\n");
}

TEST_CASE("app init: refuses a folder with files, and writes nothing") {
  Scratch scratch;
  std::ofstream(scratch.path / "catatan.txt") << "x\n";
  fs::create_directory(scratch.path / ".git");
  GlobalOptions global;
  InitOptions options;
  options.dir = scratch.path;
  std::ostringstream err;
  CHECK_THROWS_WITH_AS(run_init(global, options, err),
                       doctest::Contains("is not empty (it holds `catatan.txt`)"), Failure);
  CHECK(entries(scratch.path) == 2);
  CHECK(err.str().empty());
}

TEST_CASE("app init: refuses a hidden file too, and a path that is a file") {
  Scratch scratch;
  std::ofstream(scratch.path / ".gitignore") << "out/\n";
  InitOptions options;
  options.dir = scratch.path;
  std::ostringstream err;
  CHECK_THROWS_AS(run_init({}, options, err), Failure);
  CHECK(entries(scratch.path) == 1);
  options.dir = scratch.path / ".gitignore";
  CHECK_THROWS_WITH_AS(run_init({}, options, err), doctest::Contains("is not a folder"), Failure);
}

TEST_CASE("app init: the example validates with no finding at all, info included") {
  Scratch scratch;
  init(scratch.path, true);
  tatakerja::app::PipelineOptions pipeline;
  pipeline.root = scratch.path;
  pipeline.jobs = 1;
  // Every rule on, sop-review-due included, as info at least.
  for (const auto& rule : tatakerja::check::rules()) {
    if (rule.default_severity == tatakerja::diag::Severity::Off) {
      pipeline.rule_overrides.push_back(std::string(rule.id) + "=info");
    }
  }
  pipeline.date = tatakerja::model::Date{2025, 3, 1};
  const auto checked = tatakerja::app::check_repository(pipeline);
  CHECK(checked.config_ok);
  std::string found;
  for (const auto& d : checked.diagnostics) found += d.rule + ": " + d.message + "\n";
  CHECK(found == "");
  CHECK(checked.repo.units.size() == 1);
  CHECK(checked.repo.positions.size() == 2);
  CHECK(checked.repo.employees.size() == 2);
  CHECK(checked.repo.sops.size() == 2);

  GlobalOptions global;
  global.root = scratch.path;
  global.jobs = 1;
  std::ostringstream out, err;
  CHECK(tatakerja::app::run_workload(global, {}, out, err) == 0);
  CHECK(out.str().find("Pengadministrasi Umum") != std::string::npos);
}
