#include <doctest/doctest.h>

#include <stdexcept>

#include "report_fixture.hpp"
#include "tatakerja/report/baseline.hpp"

using tatakerja::diag::Severity;
using tatakerja::report::apply_baseline;
using tatakerja::report::write_baseline;

namespace {

const std::string kHeader =
    "# tatakerja baseline: the findings recorded by `tatakerja validate --write-baseline`.\n"
    "# `tatakerja validate --baseline FILE` reports only findings that are not listed\n"
    "# here, and notes the entries that no longer occur: remove them (or write the\n"
    "# file again) so that the baseline only ever shrinks.\n"
    "# A finding is matched by file, rule and fingerprint: a hash of the rule, the file\n"
    "# and the text of the offending line (not its number), so it survives lines moving.\n";

// The findings of report_findings() after a line is added at the top of
// sops/usul.yaml.
tatakerja::model::Repository shifted(tatakerja::diag::Diagnostics& findings) {
  auto repo = test::report_repo();
  repo.files[1].content = "# komentar\n" + repo.files[1].content;
  for (auto& d : findings) {
    if (d.loc.file != 1) continue;
    ++d.loc.line;
    if (d.end_line != 0) ++d.end_line;
  }
  return repo;
}

std::string apply_error(std::string_view text) {
  try {
    apply_baseline(test::report_repo(), test::report_findings(), text, "base.yaml");
  } catch (const std::runtime_error& e) {
    return e.what();
  }
  return "(no error)";
}

}  // namespace

TEST_CASE("baseline: written sorted, quoted and escaped") {
  CHECK(
      write_baseline(test::report_repo(), test::report_findings()) ==
      kHeader +
          "version: 1\n"
          "findings:\n"
          "  - {file: \"sops/usul.yaml\", rule: \"schema\", fingerprint: \"9e2fd4a26a3294e7\", "
          "message: \"title holds a control character\"}\n"
          "  - {file: \"sops/usul.yaml\", rule: \"step-output-missing\", fingerprint: "
          "\"6231bdd2c557709a\", message: \"step 1 has no `output`\"}\n"
          "  - {file: \"sops/usul.yaml\", rule: \"step-time-missing\", fingerprint: "
          "\"3078e5a1a5d75aa0\", message: \"step 2 has no `time`\"}\n"
          "  - {file: \"sops/usul.yaml\", rule: \"vague-word\", fingerprint: \"2c0e0ff9e79a322a\", "
          "message: \"the word `\\x1b[1makhir` is vague; did you mean `selesai`?\"}\n"
          "  - {file: \"units/\xC3\xA9konomi.yaml\", rule: \"empty-file\", fingerprint: "
          "\"59a45ef5739f0ff8\", message: \"the file holds no document\"}\n");
}

TEST_CASE("baseline: no findings") {
  CHECK(write_baseline(test::report_repo(), {}) == kHeader + "version: 1\nfindings: []\n");
  auto result = apply_baseline(test::report_repo(), test::report_findings(),
                               kHeader + "version: 1\nfindings: []\n", "base.yaml");
  CHECK(result.fresh.size() == 5);
  CHECK(result.stale.empty());
}

TEST_CASE("baseline: the same findings are all known") {
  const auto text = write_baseline(test::report_repo(), test::report_findings());
  auto result = apply_baseline(test::report_repo(), test::report_findings(), text, "base.yaml");
  CHECK(result.fresh.empty());
  CHECK(result.stale.empty());
}

TEST_CASE("baseline: findings are still matched after a line is added above them") {
  const auto text = write_baseline(test::report_repo(), test::report_findings());
  auto findings = test::report_findings();
  const auto repo = shifted(findings);
  auto result = apply_baseline(repo, findings, text, "base.yaml");
  CHECK(result.fresh.empty());
  CHECK(result.stale.empty());
}

TEST_CASE("baseline: a finding that went away is stale, its message read back") {
  const auto text = write_baseline(test::report_repo(), test::report_findings());
  auto findings = test::report_findings();
  findings.erase(findings.begin() + 2);  // the vague word
  auto result = apply_baseline(test::report_repo(), findings, text, "base.yaml");
  CHECK(result.fresh.empty());
  REQUIRE(result.stale.size() == 1);
  CHECK(result.stale[0].file == "sops/usul.yaml");
  CHECK(result.stale[0].rule == "vague-word");
  CHECK(result.stale[0].fingerprint == "2c0e0ff9e79a322a");
  CHECK(result.stale[0].message == "the word `\x1b[1makhir` is vague; did you mean `selesai`?");
}

TEST_CASE("baseline: a new finding is fresh") {
  auto findings = test::report_findings();
  const auto text = write_baseline(test::report_repo(), findings);
  findings.insert(findings.begin() + 1,
                  test::finding("schema", Severity::Error, 1, 4, 1, "`steps` is empty"));
  auto result = apply_baseline(test::report_repo(), findings, text, "base.yaml");
  REQUIRE(result.fresh.size() == 1);
  CHECK(result.fresh[0].message == "`steps` is empty");
  CHECK(result.stale.empty());
}

TEST_CASE("baseline: a repeated finding is counted, one entry each") {
  auto repo = test::report_repo();
  repo.files[2].content = "id: umum\nid: umum\n";
  const tatakerja::diag::Diagnostics two = {
      test::finding("schema", Severity::Error, 2, 1, 1, "bad"),
      test::finding("schema", Severity::Error, 2, 2, 1, "bad"),
  };
  const auto text = write_baseline(repo, two);
  CHECK(text == kHeader +
                    "version: 1\n"
                    "findings:\n"
                    "  - {file: \"units/bagian umum.yaml\", rule: \"schema\", fingerprint: "
                    "\"8e9c1fb57c7c6cbd\", message: \"bad\"}\n"
                    "  - {file: \"units/bagian umum.yaml\", rule: \"schema\", fingerprint: "
                    "\"b0793752430affac\", message: \"bad\"}\n");
  repo.files[2].content += "id: umum\n";
  auto three = two;
  three.push_back(test::finding("schema", Severity::Error, 2, 3, 1, "bad"));
  auto result = apply_baseline(repo, three, text, "base.yaml");
  REQUIRE(result.fresh.size() == 1);
  CHECK(result.fresh[0].loc.line == 3);
  CHECK(result.stale.empty());
  result = apply_baseline(repo, {two[0]}, text, "base.yaml");
  CHECK(result.fresh.empty());
  CHECK(result.stale.size() == 1);
}

TEST_CASE("baseline: a hand-written baseline with plain scalars and no message") {
  auto result =
      apply_baseline(test::report_repo(), test::report_findings(),
                     "version: 1\n"
                     "findings:\n"
                     "  - file: units/ékonomi.yaml\n"
                     "    rule: empty-file\n"
                     "    fingerprint: 59a45ef5739f0ff8\n"
                     "  - {file: gone.yaml, rule: schema, fingerprint: '0000000000000000'}\n",
                     "base.yaml");
  CHECK(result.fresh.size() == 4);
  REQUIRE(result.stale.size() == 1);
  CHECK(result.stale[0].file == "gone.yaml");
  CHECK(result.stale[0].message.empty());
}

TEST_CASE("baseline: a file that is not a baseline is an error with its position") {
  CHECK(apply_error("") ==
        "base.yaml:1:1: not a tatakerja baseline: the file is empty (`tatakerja validate "
        "--write-baseline FILE` writes one)");
  CHECK(apply_error("- a\n") ==
        "base.yaml:1:1: not a tatakerja baseline: expected a mapping with `version` and "
        "`findings`, found a list");
  CHECK(apply_error("findings: []\n") ==
        "base.yaml:1:1: not a tatakerja baseline: `version` is missing");
  CHECK(apply_error("version: 1\n") ==
        "base.yaml:1:1: not a tatakerja baseline: `findings` is missing");
  CHECK(apply_error("version: 2\nfindings: []\n") ==
        "base.yaml:1:10: unsupported baseline version `2` (this tatakerja reads version 1)");
  CHECK(apply_error("version: 1\nfinding: []\n") ==
        "base.yaml:2:1: unknown key `finding` (a baseline has `version` and `findings`)");
  CHECK(apply_error("version: 1\nfindings: 3\n") ==
        "base.yaml:2:11: `findings` must be a list, found text");
  CHECK(apply_error("version: 1\nfindings:\n  - just text\n") ==
        "base.yaml:3:5: a finding must be a mapping with `file`, `rule` and `fingerprint`, found "
        "text");
  CHECK(apply_error("version: 1\nfindings:\n  - {file: \"a\", rule: \"b\"}\n") ==
        "base.yaml:3:5: the finding has no `fingerprint`");
  CHECK(apply_error("version: 1\nfindings:\n  - {file: a, rule: b, fingerprint: c, line: 3}\n") ==
        "base.yaml:3:40: unknown key `line` in a finding (expected file, rule, fingerprint and "
        "message)");
  CHECK(apply_error("version: 1\nfindings:\n  - {file: [a], rule: b, fingerprint: c}\n") ==
        "base.yaml:3:12: `file` must be text, found a list");
  CHECK(apply_error("version: 1\nfindings: []\n---\nversion: 1\n") ==
        "base.yaml:3:1: a baseline holds one YAML document, not several");
}

TEST_CASE("baseline: YAML that does not parse is an error with its position") {
  const std::string error = apply_error("version: 1\nfindings: [\n");
  CHECK(error.starts_with("base.yaml:"));
  CHECK(error != "(no error)");
}
