#include <doctest/doctest.h>

#include "tatakerja/load/loader.hpp"
#include "tatakerja/workload/figures.hpp"
#include "text_repo.hpp"

using namespace tatakerja;
using workload::decimal;
using workload::Ratio;

namespace {

// One position (and its unit), read from YAML as the loader reads it.
workload::Analysis analyse(const std::string& yaml, workload::Settings settings = {}) {
  auto read = test::read_repo({{"p.yaml", yaml}});
  INFO(test::describe(read.repo, read.diagnostics));
  return workload::analyse(read.repo, settings);
}

std::string three(const Ratio& r) {
  return decimal(r, 3);
}

}  // namespace

TEST_CASE("workload figures: the first worked example of workload.md") {
  // 1200 × 1 h + 1200 × 1.5 h + 600 × 30 min, 2 staff.
  const auto a = analyse(R"(kind: Position
id: p
name: P
staff: 2
duties:
  - {id: a, text: A, volume: 1200, standard_time: 1h}
  - {id: b, text: B, volume: 1200, standard_time: 1.5h}
  - {id: c, text: C, volume: 600, standard_time: 30m}
)");
  REQUIRE(a.positions.size() == 1);
  const auto& f = a.positions[0].figures;
  const auto& s = a.settings;
  CHECK(workload::hours(f.load) == Ratio(3300));
  CHECK(f.required == Ratio(264, 100));
  CHECK(f.needed == 3);
  CHECK(f.staff == 2);
  CHECK(workload::balance(f) == -1);
  const auto ej = workload::effectiveness(f.load, f.staff, s);
  REQUIRE(ej);
  CHECK(*ej == Ratio(132, 100));
  CHECK(workload::grade_of(ej, s.grades) == workload::Grade::A);
}

TEST_CASE("workload figures: the Kabupaten Lahat table (Lampiran III, AJUDAN), as printed") {
  const auto a = analyse(R"(kind: Position
id: ajudan
name: Ajudan
staff: 3
duties:
  - {id: t1, text: T1, standard_time: 60 jam, volume: 10}
  - {id: t2, text: T2, standard_time: 60 jam, volume: 20}
  - {id: t3, text: T3, standard_time: 10 jam, volume: 12}
  - {id: t4, text: T4, standard_time: 30 jam, volume: 15}
  - {id: t5, text: T5, standard_time: 60 jam, volume: 5}
  - {id: t6, text: T6, standard_time: 30 jam, volume: 5}
)");
  const auto& p = a.positions[0];
  const auto& s = a.settings;
  std::vector<std::string> hours;
  for (const auto& d : p.duties) hours.push_back(decimal(workload::hours(d.load), 0));
  CHECK(hours == std::vector<std::string>{"600", "1200", "120", "450", "300", "150"});
  CHECK(decimal(workload::hours(p.figures.load), 0) == "2820");
  CHECK(three(p.figures.required) == "2.256");
  CHECK(p.figures.needed == 2);
  CHECK(p.figures.staff == 3);
  CHECK(workload::balance(p.figures) == 1);  // kelebihan 1 orang
  const auto ej = workload::effectiveness(p.figures.load, p.figures.staff, s);
  CHECK(three(*ej) == "0.752");
  CHECK(workload::grade_of(ej, s.grades) == workload::Grade::C);
}

TEST_CASE("workload figures: hours that add up to exactly 1250 require 1.000 people, grade B") {
  // Three duties of 1250 × 20 min = 416.666... hours each, the volumes
  // written per day, per week and per year.
  const auto b = analyse(R"(kind: Position
id: p
name: P
staff: 1
duties:
  - {id: a, text: A, volume: 5/hari, standard_time: 20m}
  - {id: b, text: B, volume: 25 per minggu, standard_time: 20 menit}
  - {id: c, text: C, volume: 1250, standard_time: 20m}
)");
  const auto& g = b.positions[0].figures;
  CHECK(workload::hours(g.load) == Ratio(1250));
  CHECK(three(g.required) == "1.000");
  CHECK(g.required == Ratio(1));
  CHECK(g.needed == 1);
  const auto ej = workload::effectiveness(g.load, g.staff, b.settings);
  CHECK(*ej == Ratio(1));
  CHECK(workload::grade_of(ej, b.settings.grades) == workload::Grade::B);  // A only above 1.00
}

TEST_CASE("workload figures: needed under each rounding at .5 (3125 hours / 1250 = 2.5)") {
  const std::string yaml = R"(kind: Position
id: p
name: P
duties:
  - {id: a, text: A, volume: 3125, standard_time: 1h}
)";
  workload::Settings s;
  s.rounding = model::Rounding::Nearest;
  CHECK(analyse(yaml, s).positions[0].figures.needed == 3);
  s.rounding = model::Rounding::Up;
  CHECK(analyse(yaml, s).positions[0].figures.needed == 3);
  s.rounding = model::Rounding::Down;
  CHECK(analyse(yaml, s).positions[0].figures.needed == 2);
}

TEST_CASE("workload figures: a position with no staff has no EJ and no PJ (jabatan kosong)") {
  const auto a = analyse(R"(kind: Position
id: p
name: P
duties:
  - {id: a, text: A, volume: 100, standard_time: 1h}
)");
  const auto& f = a.positions[0].figures;
  CHECK(f.staff == 0);
  CHECK(f.needed == 0);  // 0.08 rounds to nobody
  CHECK_FALSE(workload::effectiveness(f.load, f.staff, a.settings));
  CHECK_FALSE(workload::grade_of(std::nullopt, a.settings.grades));
}

TEST_CASE("workload figures: a duty without volume or standard_time counts as zero and is kept") {
  const auto a = analyse(R"(kind: Position
id: p
name: P
staff: 1
duties:
  - {id: a, text: A, volume: 100, standard_time: 2h}
  - {id: b, text: B, standard_time: 2h}
  - {id: c, text: C, volume: 7}
)");
  const auto& duties = a.positions[0].duties;
  REQUIRE(duties.size() == 3);
  CHECK(duties[0].counted);
  CHECK_FALSE(duties[1].counted);
  CHECK_FALSE(duties[2].counted);
  CHECK(duties[1].load == 0);
  CHECK(workload::hours(a.positions[0].figures.load) == Ratio(200));
}

TEST_CASE("workload figures: a value that could not be read is not counted, never as zero") {
  // Bad values, as with `rules: {schema: warning}`: the loader keeps the key,
  // marked unreadable, and the workload must leave the duty out.
  const auto a = analyse(R"(kind: Position
id: p
name: P
staff: banyak
duties:
  - {id: a, text: A, volume: 100, standard_time: 2h}
  - {id: b, text: B, volume: 10, standard_time: 15 mnt}
  - {id: c, text: C, volume: sepuluh, standard_time: 3 Hari}
)");
  const auto& duties = a.positions[0].duties;
  REQUIRE(duties.size() == 3);
  CHECK(duties[0].counted);
  CHECK_FALSE(duties[1].counted);
  CHECK_FALSE(duties[2].counted);
  CHECK(duties[1].load == 0);
  CHECK(duties[2].load == 0);
  CHECK(workload::hours(a.positions[0].figures.load) == Ratio(200));
  CHECK(a.positions[0].figures.staff == 0);
}

TEST_CASE("workload figures: effective hours: default 1250 < tatakerja.yaml < --effective-hours") {
  diag::Diagnostics out;
  const auto plain = load::read_config("organization: X\n", 0, out);
  CHECK(workload::settings_of(plain).effective_hours == 1250);
  const auto config = load::read_config(
      "organization: X\nworkload:\n  effective_hours: 1000\n  rounding: down\n"
      "  grades: {A: 1.10, B: 0.81, C: 0.6, D: 0.4}\n",
      0, out);
  REQUIRE(out.empty());
  const auto from_file = workload::settings_of(config);
  CHECK(from_file.effective_hours == 1000);
  CHECK(from_file.rounding == model::Rounding::Down);
  CHECK(from_file.grades.b == 810);
  const auto from_option = workload::settings_of(config, 1500);
  CHECK(from_option.effective_hours == 1500);
  CHECK(from_option.rounding == model::Rounding::Down);  // the option changes the hours only

  const std::string yaml = R"(kind: Position
id: p
name: P
staff: 2
duties:
  - {id: a, text: A, volume: 3000, standard_time: 1h}
)";
  CHECK(three(analyse(yaml, workload::settings_of(plain)).total.required) == "2.400");
  CHECK(three(analyse(yaml, from_file).total.required) == "3.000");
  CHECK(three(analyse(yaml, from_option).total.required) == "2.000");
}

TEST_CASE("workload figures: configured PJ bands (B from 0.81)") {
  model::Grades g{.a = 1000, .b = 810, .c = 700, .d = 500};
  CHECK(workload::grade_of(Ratio(81, 100), g) == workload::Grade::B);
  CHECK(workload::grade_of(Ratio(809, 1000), g) == workload::Grade::C);
  CHECK(workload::grade_of(Ratio(1001, 1000), g) == workload::Grade::A);
  CHECK(workload::grade_of(Ratio(1), g) == workload::Grade::B);
  CHECK(workload::grade_of(Ratio(1, 2), g) == workload::Grade::D);
  CHECK(workload::grade_of(Ratio(499, 1000), g) == workload::Grade::E);
  CHECK(workload::grade_letter(workload::Grade::E) == 'E');
}

TEST_CASE("workload figures: Employee documents are the staff, over `staff`") {
  auto read = test::read_repo({{"p.yaml", R"(kind: Position
id: p
name: P
staff: 5
duties:
  - {id: a, text: A, volume: 100, standard_time: 1h}
---
kind: Employee
id: e1
name: E1
position: p
)"}});
  const auto a = workload::analyse(read.repo, {});
  CHECK(a.positions[0].figures.staff == 1);
}

TEST_CASE("workload figures: an employee holding two shared duties carries half of each") {
  // a (300 h) is carried by e1 and e2, b (600 h) by e1 and e3, c (90 h) by
  // e3 and by e4, who lists no duties and so carries all of them.
  auto read = test::read_repo({{"p.yaml", R"(kind: Position
id: p
name: P
duties:
  - {id: a, text: A, volume: 300, standard_time: 1h}
  - {id: b, text: B, volume: 600, standard_time: 1h}
  - {id: c, text: C, volume: 90, standard_time: 1h}
---
kind: Employee
id: e1
name: E1
position: p
duties: [a, b]
---
kind: Employee
id: e2
name: E2
position: p
duties: [a]
---
kind: Employee
id: e3
name: E3
position: p
duties: [b, c]
---
kind: Employee
id: e4
name: E4
position: p
)"}});
  INFO(test::describe(read.repo, read.diagnostics));
  const auto a = workload::analyse(read.repo, {});
  REQUIRE(a.employees.size() == 4);
  auto employee_hours = [&](int i) { return workload::hours(a.employees[i].load); };
  // a: 3 holders (e1, e2, e4) -> 100; b: 3 holders (e1, e3, e4) -> 200; c: 2 (e3, e4) -> 45.
  CHECK(employee_hours(0) == Ratio(300));  // e1: 100 + 200
  CHECK(employee_hours(1) == Ratio(100));  // e2
  CHECK(employee_hours(2) == Ratio(245));  // e3: 200 + 45
  CHECK(employee_hours(3) == Ratio(345));  // e4: 100 + 200 + 45
  REQUIRE(a.employees[0].duties.size() == 2);
  CHECK(a.employees[0].duties[0].holders == 3);
  CHECK(a.employees[0].duties[1].duty == 1);
  // Every hour of the position is carried by someone, exactly.
  Ratio sum;
  for (const auto& e : a.employees) sum = sum + e.load;
  CHECK(sum == a.positions[0].figures.load);
  CHECK(decimal(*workload::effectiveness(a.employees[0].load, 1, a.settings), 3) == "0.240");
}

TEST_CASE("workload figures: a duty shared by three is split in exact thirds") {
  auto read = test::read_repo({{"p.yaml", R"(kind: Position
id: p
name: P
duties:
  - {id: a, text: A, volume: 2500, standard_time: 1h}
---
{kind: Employee, id: e1, name: E1, position: p}
---
{kind: Employee, id: e2, name: E2, position: p}
---
{kind: Employee, id: e3, name: E3, position: p}
)"}});
  const auto a = workload::analyse(read.repo, {});
  REQUIRE(a.employees.size() == 3);
  CHECK(workload::hours(a.employees[1].load) == Ratio(2500, 3));
  CHECK(decimal(workload::hours(a.employees[1].load), 2) == "833.33");
  CHECK(a.employees[0].load + a.employees[1].load + a.employees[2].load == a.total.load);
  CHECK(a.positions[0].figures.staff == 3);
}

TEST_CASE("workload figures: a duty with subtasks is their sum; the position counts them once") {
  // 1.a 1200 × 1 h, 1.b 600 × 30 min, 2: 100 × 2 h; two employees: the first
  // lists the whole duty 1, the second only 1.b and 2.
  const auto a = analyse(R"(kind: Position
id: p
name: P
duties:
  - id: a
    text: A
    subtasks:
      - {id: a1, text: A1, volume: 1200, standard_time: 1h}
      - {id: a2, text: A2, volume: 600, standard_time: 30m}
  - {id: b, text: B, volume: 100, standard_time: 2h}
---
{kind: Employee, id: e1, name: E1, position: p, duties: [a]}
---
{kind: Employee, id: e2, name: E2, position: p, duties: [a2, b]}
)");
  REQUIRE(a.positions.size() == 1);
  const auto& p = a.positions[0];
  REQUIRE(p.duties.size() == 4);
  const auto& heading = p.duties[0];
  CHECK(heading.heading);
  CHECK(heading.counted);
  CHECK(heading.parent == -1);
  CHECK(workload::hours(heading.load) == Ratio(1500));
  CHECK(three(heading.required) == "1.200");  // 1500 / 1250
  CHECK(p.duties[1].parent == 0);
  CHECK(p.duties[2].parent == 0);
  CHECK_FALSE(p.duties[1].heading);
  CHECK(workload::hours(p.figures.load) == Ratio(1700));  // 1500 + 200, not 3200
  CHECK(three(p.figures.required) == "1.360");
  CHECK(workload::hours(a.total.load) == Ratio(1700));
  // Holders: e1 carries a1 and a2 through a; e2 carries a2 and b.
  CHECK(p.duties[1].holders == std::vector<int>{0});
  CHECK(p.duties[2].holders == std::vector<int>{0, 1});
  CHECK(heading.holders == std::vector<int>{0, 1});
  REQUIRE(a.employees.size() == 2);
  const auto& e1 = a.employees[0];
  CHECK(workload::hours(e1.load) == Ratio(1350));  // 1200 + 300 / 2
  REQUIRE(e1.duties.size() == 3);                  // a (its heading), a1, a2
  CHECK(e1.duties[0].heading);
  CHECK(workload::hours(e1.duties[0].load) == Ratio(1350));
  const auto& e2 = a.employees[1];
  CHECK(workload::hours(e2.load) == Ratio(350));  // 300 / 2 + 200
  REQUIRE(e2.duties.size() == 3);                 // a (150), a2, b
  CHECK(workload::hours(e2.duties[0].load) == Ratio(150));
  // The employees' hours add up to the position's.
  CHECK(workload::hours(e1.load + e2.load) == workload::hours(p.figures.load));
}

TEST_CASE("workload figures: an SOP for a duty carries out its subtasks; the duty lists theirs") {
  const auto a = analyse(R"(kind: Position
id: p
name: P
duties:
  - id: a
    text: A
    subtasks:
      - {id: a1, text: A1, volume: 1, standard_time: 1h}
      - {id: a2, text: A2, volume: 1, standard_time: 1h}
  - id: b
    text: B
    subtasks:
      - {id: b1, text: B1, volume: 1, standard_time: 1h}
      - {id: b2, text: B2, volume: 1, standard_time: 1h}
---
{kind: SOP, id: s1, title: S1, owner: p, duties: [a], steps: []}
---
{kind: SOP, id: s2, title: S2, owner: p, duties: [b1], steps: []}
)");
  const auto& d = a.positions.at(0).duties;
  REQUIRE(d.size() == 6);
  CHECK(d[0].sops == std::vector<int>{0});
  CHECK(d[1].sops == std::vector<int>{0});
  CHECK(d[2].sops == std::vector<int>{0});
  CHECK(d[3].sops == std::vector<int>{1});  // b: its subtask's SOP
  CHECK(d[4].sops == std::vector<int>{1});
  CHECK(d[5].sops.empty());
  CHECK(workload::is_covered(d, d[0]));
  CHECK_FALSE(workload::is_covered(d, d[3]));  // b2 has none
  CHECK(workload::is_covered(d, d[4]));
}
