#include <doctest/doctest.h>

#include <set>
#include <sstream>
#include <string>

#include "tatakerja/app/explain.hpp"
#include "tatakerja/check/rule.hpp"
#include "tatakerja/check/run.hpp"
#include "tatakerja/load/loader.hpp"
#include "tatakerja/util/error.hpp"
#include "text_repo.hpp"

using tatakerja::app::ExplainOptions;
using tatakerja::app::run_explain;
using tatakerja::util::Failure;
namespace check = tatakerja::check;
namespace diag = tatakerja::diag;

namespace {

std::string explain(std::optional<std::string> rule, std::string format = "text") {
  ExplainOptions options;
  options.rule = std::move(rule);
  options.format = *tatakerja::util::parse_word(tatakerja::app::kExplainFormats, format);
  std::ostringstream out;
  CHECK(run_explain(options, out) == 0);
  return out.str();
}

// The rules that `example` (one YAML file, or tatakerja.yaml for `config`)
// reports, with every rule on: the loader's, the resolver's and the checks',
// finalised (so unused-suppression too). sop-review-due is on, and the day
// of the check is the one its examples name.
std::set<std::string> rules_reported(std::string_view id, std::string_view example) {
  diag::Diagnostics found;
  if (id == "config") {
    tatakerja::load::read_config(example, 0, found);
  } else {
    auto text = test::read_repo({{"example.yaml", std::string(example)}});
    check::CheckOptions options;
    options.today = tatakerja::model::Date{2024, 3, 1};
    options.jobs = 1;
    auto severities = check::effective_severities(text.repo.config, {});
    severities["sop-review-due"] = diag::Severity::Warning;
    check::run_checks(text.repo, options, severities, text.diagnostics);
    found = check::finalise(text.repo, severities, std::move(text.diagnostics));
  }
  std::set<std::string> rules;
  for (const auto& d : found) rules.insert(d.rule);
  return rules;
}

}  // namespace

TEST_CASE("app explain: the catalogue, one row a rule") {
  const auto text = explain(std::nullopt);
  CHECK(text.starts_with("RULE                       SEVERITY  SUMMARY\n"));
  CHECK(text.find("\nsop-review-due             off       ") != std::string::npos);
  std::size_t lines = 0;
  for (char c : text) lines += c == '\n';
  CHECK(lines == check::rules().size() + 1);
}

TEST_CASE("app explain: every rule's explanation renders, in text and JSON") {
  for (const auto& rule : check::rules()) {
    CAPTURE(rule.id);
    const auto text = explain(std::string(rule.id));
    CHECK(text.starts_with(std::string(rule.id) + " ("));
    CHECK(text.find("\nWhat it checks\n  ") != std::string::npos);
    CHECK(text.find("\nWhy\n  ") != std::string::npos);
    CHECK(text.find("\nWrong\n    ") != std::string::npos);
    CHECK(text.find("\nFixed\n    ") != std::string::npos);
    const auto json = explain(std::string(rule.id), "json");
    CHECK(json.starts_with("{\n  \"id\": \"" + std::string(rule.id) + "\",\n"));
    CHECK(json.ends_with("\n}\n"));
  }
}

TEST_CASE("app explain: one rule, exactly") {
  CHECK(explain("empty-file") ==
        "empty-file (warning by default): a file holds no document\n"
        "\n"
        "What it checks\n"
        "  A `.yaml` or `.yml` file under the root holds no document: it is empty, or\n"
        "  has only comments or `---`.\n"
        "\n"
        "Why\n"
        "  An empty file is usually a document that was never written, or was lost in\n"
        "  a merge. If a folder holds other YAML on purpose, leave it out with\n"
        "  `exclude:` in tatakerja.yaml.\n"
        "\n"
        "Wrong\n"
        "    # positions/analis-keuangan.yaml\n"
        "    # TODO: isi uraian tugas\n"
        "\n"
        "Fixed\n"
        "    # positions/analis-keuangan.yaml\n"
        "    kind: Position\n"
        "    id: analis-keuangan\n"
        "    name: Analis Keuangan\n"
        "    duties:\n"
        "      - id: laporan-keuangan\n"
        "        text: Menyusun laporan keuangan satuan kerja\n");
}

TEST_CASE("app explain: an unknown rule is a Failure, with a suggestion") {
  ExplainOptions options;
  std::ostringstream out;
  options.rule = "sop-legal-bases";
  CHECK_THROWS_WITH_AS(run_explain(options, out),
                       "`sop-legal-bases` is not a rule; did you mean `sop-legal-basis`?", Failure);
  options.rule = "zzzzzz";
  CHECK_THROWS_WITH_AS(run_explain(options, out),
                       "`zzzzzz` is not a rule; `tatakerja explain` lists them all", Failure);
  CHECK(out.str().empty());
}

// The examples are claims: each rule's wrong example triggers it, and its
// fixed example does not. (`encoding`'s wrong example can only describe its
// bytes in text, so only its fixed one is checked.)
TEST_CASE("app explain: every wrong example triggers its rule, every fixed one passes it") {
  for (const auto& rule : check::rules()) {
    CAPTURE(rule.id);
    const std::string id(rule.id);
    CHECK_FALSE(rules_reported(id, rule.fixed).contains(id));
    if (id != "encoding") CHECK(rules_reported(id, rule.wrong).contains(id));
  }
}
