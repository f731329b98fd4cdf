#include <doctest/doctest.h>

#include "workload_fixture.hpp"

using namespace tatakerja;
using workload::Format;
using workload::View;

namespace {

const char* const kShared = R"(kind: Position
id: p
name: P
duties:
  - {id: a, text: A, volume: 2500, standard_time: 1h}
  - {id: b, text: B, volume: 3/hari}
---
kind: Position
id: kosong
name: Kosong
duties:
  - {id: a, text: A, volume: 100, standard_time: 1h}
---
{kind: Employee, id: "198001012005011001", name: E1, position: p}
---
{kind: Employee, id: e2, name: E2, position: p}
---
{kind: Employee, id: e3, name: E3, position: p}
)";

}  // namespace

TEST_CASE("workload json: more decimals than the tables, null EJ for a vacant position") {
  const auto out = test::render(kShared, View::Position, Format::Json);
  CHECK(out.find(R"("id": "kosong",
      "name": "Kosong",
      "unit": null,
      "hours": 100,
      "required": 0.08,
      "needed": 0,
      "staff": 0,
      "balance": 0,
      "ej": null,
      "pj": null,)") != std::string::npos);
  CHECK(out.find(R"({
          "id": "b",
          "number": "2",
          "parent": null,
          "counted": false,
          "hours": 0,
          "required": 0
        })") != std::string::npos);
  CHECK(out.find(R"("total": {
    "hours": 2600,
    "required": 2.08,
    "needed": 2,
    "staff": 3,
    "balance": 1,
    "ej": 0.693333,
    "pj": "D"
  }
}
)") != std::string::npos);
}

TEST_CASE("workload json: employees with their share of each duty, ids as text") {
  const auto out = test::render(kShared, View::Employee, Format::Json);
  CHECK(out.find(R"("id": "198001012005011001",
      "name": "E1",
      "position": "p",
      "unit": null,
      "duties": [
        {
          "id": "a",
          "number": "1",
          "parent": null,
          "holders": 3,
          "hours": 833.333333,
          "required": 0.666667
        },
        {
          "id": "b",
          "number": "2",
          "parent": null,
          "holders": 3,
          "hours": 0,
          "required": 0
        }
      ],
      "hours": 833.333333,
      "required": 0.666667,
      "ej": 0.666667,
      "pj": "D")") != std::string::npos);
  CHECK(out.find(R"("total": {
    "employees": 3,
    "hours": 2500,
    "required": 2,
    "ej": 0.666667,
    "pj": "D"
  })") != std::string::npos);
}

TEST_CASE("workload json: duties with volume, standard time, SOPs and holders") {
  const auto out = test::render(kShared, View::Duty, Format::Json);
  CHECK(out.find(R"("position": "p",
      "unit": null,
      "id": "b",
      "number": "2",
      "parent": null,
      "text": "B",
      "unit_of_output": null,
      "volume": 750,
      "volume_written": "3/hari",
      "volume_in_period": 3,
      "period": "day",
      "standard_time_seconds": null,
      "standard_time_written": null,
      "counted": false,
      "hours": 0,
      "effective_time_minutes": 300,
      "required": 0,
      "sops": [],
      "holders": [
        "198001012005011001",
        "e2",
        "e3"
      ])") != std::string::npos);
}
