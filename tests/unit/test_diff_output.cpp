// The change model written out (src/diff/text.cpp, markdown.cpp,
// json.cpp): user text escaped for each format, colour only when asked,
// and the marker first in Markdown.
#include <doctest/doctest.h>
#include <fmt/format.h>

#include <sstream>

#include "tatakerja/diff/output.hpp"

using namespace tatakerja;

namespace {

// An SOP renamed, whose title and one step carry hostile text.
diff::Changes hostile() {
  diff::Changes changes;
  diff::SopChange sop;
  sop.kind = diff::Kind::Changed;
  sop.id_before = "lama";
  sop.id_after = "baru";
  sop.title = "Judul | <script>alert(1)</script>";
  sop.renamed = true;
  sop.identity.push_back({"id", "lama", "baru"});
  diff::StepChange step;
  step.kind = diff::Kind::Changed;
  step.id_before = step.id_after = "1";
  step.number_before = 1;
  step.number_after = 2;
  step.moved = true;
  step.text = "Menerima\x1b[31m berkas";
  step.fields.push_back({"time", std::nullopt, "5 menit"});
  sop.steps.push_back(step);
  changes.sops.push_back(sop);
  diff::WorkloadChange office;
  office.level = diff::WorkloadChange::Level::Office;
  office.figures.push_back({"balance", "1", "-1", "-2"});
  changes.workload.push_back(office);
  changes.new_findings.push_back(
      {"sops/a.yaml", 3, "step-time-missing", diag::Severity::Error, "no `time`"});
  return changes;
}

std::string written(diff::Format format, const diff::Changes& changes, bool color = false) {
  std::ostringstream out;
  diff::write_changes(format, changes, {"v1", "HEAD", color}, out);
  return out.str();
}

}  // namespace

TEST_CASE("text: control characters escaped; colour only when asked") {
  const auto plain = written(diff::Format::Text, hostile());
  CHECK(plain.find('\x1b') == std::string::npos);
  CHECK(plain.find("~ step 1 -> 2: Menerima") != std::string::npos);
  CHECK(plain.find("(moved)") != std::string::npos);
  CHECK(plain.find("balance: 1 -> -1 (-2)") != std::string::npos);
  const auto coloured = written(diff::Format::Text, hostile(), true);
  CHECK(coloured.find("\x1b[1;31m-2\x1b[0m") != std::string::npos);
  CHECK(coloured.find("\x1b[31m berkas") == std::string::npos);  // the user's escape stays escaped
}

TEST_CASE("markdown: the marker first, user text escaped in cells and summaries") {
  const auto md = written(diff::Format::Markdown, hostile());
  CHECK(md.starts_with(fmt::format("{}\n### tatakerja diff: v1 → HEAD\n", diff::kMarker)));
  CHECK(md.find("<script>") == std::string::npos);
  // A <summary> line is an HTML block: escaped as HTML, not as Markdown.
  CHECK(md.find("<summary>SOP <code>baru</code> Judul | &lt;script&gt;alert(1)&lt;/script&gt; "
                "(changed, renamed)</summary>") != std::string::npos);
  CHECK(md.find("| 1 -> 2 | moved |") != std::string::npos);
  CHECK(md.find("**Findings:** 1 new (1 error), 0 gone.") != std::string::npos);
  CHECK(md == written(diff::Format::Markdown, hostile()));  // stable
}

TEST_CASE("json: versioned, figures as numbers, a change's sign as a number") {
  const auto json = written(diff::Format::Json, hostile());
  CHECK(json.starts_with("{\n  \"version\": 1,\n  \"before\": \"v1\",\n  \"after\": \"HEAD\","));
  CHECK(json.find("\"title\": \"Judul | <script>alert(1)</script>\"") != std::string::npos);
  CHECK(json.find("\"text\": \"Menerima\\u001b[31m berkas\"") != std::string::npos);
  const auto figure = json.find("\"figure\": \"balance\"");
  REQUIRE(figure != std::string::npos);
  const auto rest = json.substr(figure, 120);
  CHECK(rest.find("\"before\": 1,") != std::string::npos);
  CHECK(rest.find("\"after\": -1,") != std::string::npos);
  CHECK(rest.find("\"change\": -2") != std::string::npos);
  CHECK(json.find("\"change\": \"moved\"") != std::string::npos);
}

TEST_CASE("no change in meaning says so in every format") {
  const diff::Changes none;
  CHECK(written(diff::Format::Text, none) == "tatakerja diff v1 -> HEAD\nno change in meaning\n");
  CHECK(written(diff::Format::Markdown, none).ends_with("No change in meaning.\n"));
  CHECK(written(diff::Format::Json, none).find("\"sops\": []") != std::string::npos);
}
