#include <doctest/doctest.h>

#include <sstream>

#include "report/formats.hpp"
#include "report_fixture.hpp"
#include "tatakerja/check/rule.hpp"
#include "tatakerja/report/report.hpp"

using tatakerja::check::Rule;
using tatakerja::diag::Severity;

namespace {

constexpr Rule kCatalogue[] = {
    {"schema", Severity::Error, "a document breaks the schema", "Keys and types follow the format.",
     "Tools read only what the format allows.", "", "", nullptr},
    {"step-output-missing", Severity::Error, "a step has no output", "Every step names its output.",
     "An SOP step without an output cannot be checked.", "", "", nullptr},
    {"step-time-missing", Severity::Info, "a step has no time", "", "", "", "", nullptr},
    {"empty-file", Severity::Off, "a file holds no document", "", "", "", "", nullptr},
};

std::size_t occurrences(const std::string& text, const std::string& word) {
  std::size_t n = 0;
  for (auto at = text.find(word); at != std::string::npos; at = text.find(word, at + 1)) ++n;
  return n;
}

}  // namespace

TEST_CASE("sarif: the catalogue as rules, results with levels, escaped URIs and regions") {
  const auto findings = test::report_findings();
  auto other = test::finding("unknown-rule", Severity::Warning, 2, 2, 0, "not in the catalogue");
  std::ostringstream out;
  tatakerja::report::write_sarif(test::report_repo(),
                                 {findings[1], findings[3], other, findings[4]}, kCatalogue, out);
  CHECK(out.str() == R"({
  "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
  "version": "2.1.0",
  "runs": [
    {
      "tool": {
        "driver": {
          "name": "tatakerja",
          "rules": [
            {
              "id": "schema",
              "shortDescription": {
                "text": "a document breaks the schema"
              },
              "fullDescription": {
                "text": "Keys and types follow the format."
              },
              "help": {
                "text": "Tools read only what the format allows."
              },
              "defaultConfiguration": {
                "level": "error"
              }
            },
            {
              "id": "step-output-missing",
              "shortDescription": {
                "text": "a step has no output"
              },
              "fullDescription": {
                "text": "Every step names its output."
              },
              "help": {
                "text": "An SOP step without an output cannot be checked."
              },
              "defaultConfiguration": {
                "level": "error"
              }
            },
            {
              "id": "step-time-missing",
              "shortDescription": {
                "text": "a step has no time"
              },
              "defaultConfiguration": {
                "level": "note"
              }
            },
            {
              "id": "empty-file",
              "shortDescription": {
                "text": "a file holds no document"
              },
              "defaultConfiguration": {
                "level": "none"
              }
            }
          ]
        }
      },
      "columnKind": "unicodeCodePoints",
      "results": [
        {
          "ruleId": "step-output-missing",
          "ruleIndex": 1,
          "level": "error",
          "message": {
            "text": "step 1 has no `output`"
          },
          "locations": [
            {
              "physicalLocation": {
                "artifactLocation": {
                  "uri": "sops/usul.yaml",
                  "uriBaseId": "%SRCROOT%"
                },
                "region": {
                  "startLine": 5,
                  "startColumn": 5,
                  "endLine": 5,
                  "endColumn": 13
                }
              }
            }
          ],
          "partialFingerprints": {
            "tatakerja/v1": "6231bdd2c557709a"
          }
        },
        {
          "ruleId": "step-time-missing",
          "ruleIndex": 2,
          "level": "note",
          "message": {
            "text": "step 2 has no `time`"
          },
          "locations": [
            {
              "physicalLocation": {
                "artifactLocation": {
                  "uri": "sops/usul.yaml",
                  "uriBaseId": "%SRCROOT%"
                },
                "region": {
                  "startLine": 8,
                  "startColumn": 2
                }
              }
            }
          ],
          "partialFingerprints": {
            "tatakerja/v1": "3078e5a1a5d75aa0"
          }
        },
        {
          "ruleId": "unknown-rule",
          "level": "warning",
          "message": {
            "text": "not in the catalogue"
          },
          "locations": [
            {
              "physicalLocation": {
                "artifactLocation": {
                  "uri": "units/bagian%20umum.yaml",
                  "uriBaseId": "%SRCROOT%"
                },
                "region": {
                  "startLine": 2
                }
              }
            }
          ],
          "partialFingerprints": {
            "tatakerja/v1": "78b94cff6297f628"
          }
        },
        {
          "ruleId": "empty-file",
          "ruleIndex": 3,
          "level": "warning",
          "message": {
            "text": "the file holds no document"
          },
          "locations": [
            {
              "physicalLocation": {
                "artifactLocation": {
                  "uri": "units/%C3%A9konomi.yaml",
                  "uriBaseId": "%SRCROOT%"
                }
              }
            }
          ],
          "partialFingerprints": {
            "tatakerja/v1": "59a45ef5739f0ff8"
          }
        }
      ]
    }
  ]
}
)");
}

TEST_CASE("sarif: write_report lists the whole rule catalogue") {
  std::ostringstream out;
  tatakerja::report::write_report(tatakerja::report::Format::Sarif, test::report_repo(), {}, {},
                                  out);
  const std::string text = out.str();
  CHECK(occurrences(text, "\"defaultConfiguration\"") == tatakerja::check::rules().size());
  CHECK(text.find("\"results\": []") != std::string::npos);
  CHECK(text.ends_with("}\n"));
}
