#include <doctest/doctest.h>

#include <fstream>
#include <sstream>

#include "scratch.hpp"
#include "tatakerja/app/phase.hpp"

namespace app = tatakerja::app;

namespace {

void write(const std::filesystem::path& path, const std::string& text) {
  std::filesystem::create_directories(path.parent_path());
  std::ofstream(path) << text;
}

// A unit and a position that the workload reads, and an SOP with an error
// (no steps) that it does not.
void office(const std::filesystem::path& root, const std::string& config) {
  write(root / "tatakerja.yaml", config);
  write(root / "unit.yaml", "kind: Unit\nid: tu\nname: Tata Usaha\n");
  write(root / "position.yaml",
        "kind: Position\nid: arsiparis\nname: Arsiparis\nunit: tu\nduties:\n"
        "  - id: arsip\n    text: Menata arsip\n    sop: none\n    sop_reason: rutin\n");
  write(root / "sop.yaml", "kind: SOP\nid: arsip\ntitle: Penataan Arsip\n");
}

app::Opened open(const std::filesystem::path& root, const app::Phase& phase, bool force,
                 std::ostream& err) {
  app::GlobalOptions global;
  global.root = root;
  global.no_cache = true;
  global.color = tatakerja::sys::ColorMode::Never;
  return app::open_repository(global, phase, err, root, force);
}

}  // namespace

TEST_CASE("phase: render refuses any error, workload only errors in what it reads") {
  const test::Scratch scratch;
  office(scratch.path, "organization: Kantor\n");
  std::ostringstream err;
  const auto render = open(scratch.path, app::phases::kRender, false, err);
  REQUIRE(render.status.has_value());
  CHECK(*render.status == 1);
  CHECK(err.str().find("no handbook of a repository with errors") != std::string::npos);
  CHECK_FALSE(open(scratch.path, app::phases::kRender, true, err).status.has_value());  // --force
  CHECK_FALSE(open(scratch.path, app::phases::kWorkload, false, err).status.has_value());
  const auto list = open(scratch.path, app::phases::kList, false, err);
  CHECK_FALSE(list.status.has_value());
  CHECK(list.checked->repo.positions.size() == 1);
}

TEST_CASE("phase: an invalid tatakerja.yaml stops a command that makes something, exit 2") {
  const test::Scratch scratch;
  office(scratch.path, "organization: Kantor\nrules: {no-such-rule: off}\n");
  std::ostringstream err;
  const auto workload = open(scratch.path, app::phases::kWorkload, true, err);
  REQUIRE(workload.status.has_value());
  CHECK(*workload.status == 2);
  CHECK(err.str().find("tatakerja.yaml is invalid, so there is no workload analysis") !=
        std::string::npos);
  CHECK(err.str().find("`no-such-rule` is not a rule") != std::string::npos);
  // A command without a product reports it itself.
  CHECK_FALSE(open(scratch.path, app::phases::kGraph, false, err).status.has_value());
}
