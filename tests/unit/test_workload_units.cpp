#include <doctest/doctest.h>

#include "tatakerja/workload/figures.hpp"
#include "text_repo.hpp"

using namespace tatakerja;
using workload::Ratio;

namespace {

std::string position(const std::string& id, const std::string& unit, int volume, int staff) {
  return "---\nkind: Position\nid: " + id + "\nname: " + id + "\nunit: " + unit +
         "\nstaff: " + std::to_string(staff) +
         "\nduties:\n  - {id: a, text: A, volume: " + std::to_string(volume) +
         ", standard_time: 1h}\n";
}

std::string unit(const std::string& id, const std::string& parent, const std::string& head = "") {
  std::string text = "---\nkind: Unit\nid: " + id + "\nname: Unit " + id + "\n";
  if (!parent.empty()) text += "parent: " + parent + "\n";
  if (!head.empty()) text += "head: " + head + "\n";
  return text;
}

std::string hours(const workload::Figures& f) {
  return workload::decimal(workload::hours(f.load), 0);
}

}  // namespace

TEST_CASE("workload units: a tree of two levels, own figures and totals with sub-units") {
  // root ── a ── a1
  //      └─ b
  auto read = test::read_repo(
      {{"units.yaml",
        unit("root", "", "kepala") + unit("a", "root") + unit("b", "root") + unit("a1", "a")},
       {"positions.yaml", position("staf-root", "root", 500, 1) +
                              position("kepala", "root", 1000, 1) +
                              position("staf-a", "a", 3000, 2) + position("staf-b", "b", 1250, 2) +
                              position("staf-a1", "a1", 2000, 1)}});
  INFO(test::describe(read.repo, read.diagnostics));
  const auto a = workload::analyse(read.repo, {});
  REQUIRE(a.units.size() == 4);
  std::vector<std::string> order;
  for (const auto& u : a.units) {
    order.push_back(read.repo.units[u.unit].doc.id.value + "@" + std::to_string(u.depth));
  }
  CHECK(order == std::vector<std::string>{"root@0", "a@1", "a1@2", "b@1"});

  // The head of a unit comes first among its positions.
  std::vector<std::string> positions;
  for (const auto& p : a.positions)
    positions.push_back(read.repo.positions[p.position].doc.id.value);
  CHECK(positions ==
        std::vector<std::string>{"kepala", "staf-root", "staf-a", "staf-a1", "staf-b"});

  const auto& root = a.units[0];
  const auto& ua = a.units[1];
  const auto& a1 = a.units[2];
  const auto& ub = a.units[3];
  CHECK(root.children == std::vector<int>{1, 3});
  CHECK(ua.children == std::vector<int>{2});
  CHECK(hours(root.own) == "1500");
  CHECK(root.own.needed == 1);  // 0.8 -> 1 and 0.4 -> 0, rounded per position
  CHECK(hours(ua.own) == "3000");
  CHECK(ua.own.needed == 2);  // 2.4 -> 2
  CHECK(hours(ua.tree) == "5000");
  CHECK(ua.tree.needed == 4);  // 2 + (1.6 -> 2), never 4.0 rounded again
  CHECK(ua.tree.staff == 3);
  CHECK(hours(a1.tree) == "2000");
  CHECK(hours(ub.tree) == "1250");
  CHECK(hours(root.tree) == "7750");
  CHECK(root.tree.staff == 7);
  CHECK(root.tree.positions == 5);
  CHECK(root.tree.needed == 6);  // 1 + 4 + 1
  CHECK(hours(a.total) == "7750");
  CHECK(a.total.needed == root.tree.needed);
  // EJ of a unit: its hours over (1250 × its staff).
  CHECK(*workload::effectiveness(ua.tree.load, ua.tree.staff, a.settings) == Ratio(5000, 3750));
}

TEST_CASE("workload units: needed is the sum of the positions' needed, not the total rounded") {
  // Three positions of 0.6 each: each needs 1, so the unit needs 3 (not round(1.8) = 2).
  auto read =
      test::read_repo({{"u.yaml", unit("u", "") + position("p1", "u", 750, 1) +
                                      position("p2", "u", 750, 1) + position("p3", "u", 750, 1)}});
  const auto a = workload::analyse(read.repo, {});
  CHECK(a.units[0].own.needed == 3);
  CHECK(workload::decimal(a.units[0].own.required, 3) == "1.800");
}

TEST_CASE("workload units: a parent cycle loses no unit, and positions without a unit come last") {
  auto read =
      test::read_repo({{"u.yaml", unit("x", "y") + unit("y", "x") + unit("z", "") +
                                      position("px", "x", 100, 1) + position("pz", "z", 100, 1)}});
  read.repo.positions[1].unit_ref = -1;  // as if `unit` named nothing
  const auto a = workload::analyse(read.repo, {});
  REQUIRE(a.units.size() == 4);
  CHECK(a.units[0].unit == 2);  // z, the only root
  CHECK(a.units[1].unit == 0);  // x, taken as a root
  CHECK(a.units[2].unit == 1);  // y under x
  CHECK(a.units[3].unit == -1);
  CHECK(a.units[3].positions.size() == 1);
  CHECK(hours(a.total) == "200");
}
