// Tests of analyse: points lost, points to the next band and rank, field contributions to an
// index change, and self-assessment against appraisal.
#include "chiso/analyse.h"

#include <doctest/doctest.h>

#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "printers.h"

namespace chiso {

// Failure messages print whole values. `static`: printers of this file's types; shared ones are in
// printers.h.
static std::ostream& operator<<(std::ostream& out, const CriterionLoss& loss) {
  return out << "{node " << loss.node << ", level " << loss.level << ", " << loss.points << '/'
             << loss.max << ", losing " << loss.units_losing << '/' << loss.units << '}';
}

static std::ostream& operator<<(std::ostream& out, const PointsNeeded& needed) {
  return out << "{'" << needed.target << "', " << needed.points
             << (needed.reachable ? "" : ", unreachable") << (needed.tied ? ", tied" : "") << '}';
}

static std::ostream& operator<<(std::ostream& out, const Disagreement& disagreement) {
  return out << "{node " << disagreement.node << ", " << disagreement.units << '}';
}

}  // namespace chiso

using namespace chiso;

namespace {

CriterionRow criterion(std::string id, std::string parent, std::optional<double> max, int line) {
  CriterionRow row;
  row.id = std::move(id);
  row.parent = std::move(parent);
  row.name = "Tiêu chí " + row.id;
  row.max = max;
  row.where = {"framework.csv", line, 1};
  return row;
}

// Nodes: 0 field "1" (1.1 max 4, 1.2 max 6), 3 field "2" (2.1 max 10); leaves 1.1, 1.2, 2.1.
Framework small_framework() {
  Diagnostics diagnostics;
  Framework framework =
      Framework::build({criterion("1", "", std::nullopt, 2), criterion("1.1", "1", 4, 3),
                        criterion("1.2", "1", 6, 4), criterion("2", "", std::nullopt, 5),
                        criterion("2.1", "2", 10, 6)},
                       diagnostics);
  REQUIRE(diagnostics.all().empty());
  return framework;
}

const double kNa = -1;  // marks a not-applicable cell in score()

void score(ScoreTable& table, const std::string& unit, int year, std::vector<double> cells) {
  const int row = table.row(table.intern_unit(unit), year, {"scores.csv", 2, 1});
  for (size_t leaf = 0; leaf < cells.size(); ++leaf) {
    if (cells[leaf] == kNa) {
      table.set_not_applicable(row, static_cast<int>(leaf));
    } else {
      table.set_points(row, static_cast<int>(leaf), cells[leaf]);
    }
  }
}

// 2023: A 19/20 (95), B 10/14 with 1.2 n/a (71.43), C and D 16/20 (80, tied).
// 2022: A 18/20, B 8/14, C 14/20; D is new in 2023.
ScoreTable appraised() {
  ScoreTable table(3);
  score(table, "Sở A", 2023, {4, 6, 9});
  score(table, "Sở B", 2023, {2, kNa, 8});
  score(table, "Sở C", 2023, {3, 5, 8});
  score(table, "Sở D", 2023, {3, 5, 8});
  score(table, "Sở A", 2022, {4, 6, 8});
  score(table, "Sở B", 2022, {2, kNa, 6});
  score(table, "Sở C", 2022, {2, 4, 8});
  return table;
}

BandScheme bands() {
  Diagnostics diagnostics;
  BandScheme scheme = BandScheme::build({{"", "Xuất sắc", 90, {}, std::nullopt, {}},
                                         {"", "Tốt", 80, {}, std::nullopt, {}},
                                         {"", "Khá", 70, {}, std::nullopt, {}},
                                         {"", "Yếu", 0, {}, std::nullopt, {}}},
                                        diagnostics);
  REQUIRE(diagnostics.all().empty());
  return scheme;
}

LeagueTable table_of(const Framework& framework, const ScoreTable& scores, int year) {
  return rank_year(aggregate(framework, scores, year), scores.units(), {}, bands(), RankOptions{},
                   year);
}

}  // namespace

TEST_CASE("analyse: lost points add up per node, leave n/a out of the maximum, worst first") {
  const Framework framework = small_framework();
  const ScoreTable scores = appraised();
  const LeagueTable table = table_of(framework, scores, 2023);
  const std::vector<GroupLosses> groups =
      lost_points(framework, table, aggregate(framework, scores, 2023, true), scores.units());

  REQUIRE(groups.size() == 1);
  CHECK(groups[0].units == 4);
  // Field 2 and its criterion 2.1 cost 7 points each (node order breaks the tie); field 1 costs
  // 6; 1.1 costs 4 and 1.2 costs 2 against a maximum of 18, since it does not apply to Sở B.
  CHECK(groups[0].criteria == std::vector<CriterionLoss>{{3, 1, 33, 40, 4, 4},
                                                         {4, 2, 33, 40, 4, 4},
                                                         {0, 1, 28, 34, 3, 4},
                                                         {1, 2, 12, 16, 3, 4},
                                                         {2, 2, 16, 18, 2, 3}});
  CHECK(groups[0].criteria[4].lost() == doctest::Approx(2));
  CHECK(groups[0].criteria[4].achievement() == doctest::Approx(88.888889));
  CHECK(groups[0].fields == std::vector<CriterionLoss>{{0, 1, 28, 34, 3, 4}, {3, 1, 33, 40, 4, 4}});
  CHECK(groups[0].contributions.empty());
  CHECK_FALSE(groups[0].mean_index_change.has_value());
}

TEST_CASE("analyse: field contributions add up to the change of the group's mean index") {
  const Framework framework = small_framework();
  const ScoreTable scores = appraised();
  const LeagueTable table = table_of(framework, scores, 2023);
  const LeagueTable previous = table_of(framework, scores, 2022);
  const std::vector<GroupLosses> groups = lost_points(
      framework, table, aggregate(framework, scores, 2023, true), scores.units(), &previous);

  REQUIRE(groups[0].contributions.size() == 2);
  CHECK(groups[0].contributions[0] == doctest::Approx(4.642857));
  CHECK(groups[0].contributions[1] == doctest::Approx(4.583333));
  // Mean index 81.607143 in 2023 (4 units) against 72.380952 in 2022 (3 units).
  REQUIRE(groups[0].mean_index_change.has_value());
  CHECK(*groups[0].mean_index_change == doctest::Approx(9.226190));
  CHECK(groups[0].contributions[0] + groups[0].contributions[1] ==
        doctest::Approx(*groups[0].mean_index_change).epsilon(1e-12));
}

TEST_CASE("analyse: comparing a year with itself gives zero contributions everywhere") {
  const Framework framework = small_framework();
  const ScoreTable scores = appraised();
  const LeagueTable table = table_of(framework, scores, 2023);
  const std::vector<GroupLosses> groups = lost_points(
      framework, table, aggregate(framework, scores, 2023, true), scores.units(), &table);
  CHECK(groups[0].contributions == std::vector<double>{0, 0});
  CHECK(*groups[0].mean_index_change == 0);
}

TEST_CASE("analyse: a unit's field shares add up to its index, also under weighted fields") {
  RankedUnit unit;
  unit.total = {16, 20};
  unit.fields = {{8, 10}, {8, 10}};
  CHECK(field_shares(unit) == std::vector<double>{40, 40});
  // Weighted fields: the total is not the sum of the fields' points; the index is split in
  // proportion to the points.
  unit.total = {15, 20};
  unit.fields = {{2, 5}, {6, 15}};
  const std::vector<double> shares = field_shares(unit);
  CHECK(shares[0] == doctest::Approx(18.75));
  CHECK(shares[1] == doctest::Approx(56.25));
  unit.total = {0, 20};
  unit.fields = {{0, 10}, {0, 10}};
  CHECK(field_shares(unit) == std::vector<double>{0, 0});
}

TEST_CASE("analyse: points to reach a published figure are rounded up to the decimals") {
  // 11.20 of 14 is 80.00% exactly; 11.19 is 79.93%.
  CHECK(points_to_reach(10, 14, 80, 2, false) == doctest::Approx(1.20));
  // 89.995% rounds to 90.00%: 17.999 of 20, so 2.00 more at two decimals.
  CHECK(points_to_reach(16, 20, 90, 2, false) == doctest::Approx(2.00));
  // On the index rounded to whole percents, 89.5% is published as 90%.
  CHECK(points_to_reach(16, 20, 90, 0, false) == doctest::Approx(2.0));
  CHECK(points_to_reach(16, 200, 90, 0, false) == doctest::Approx(163.0));
  // On points (PAPI): 47.995 is published as 48.00.
  CHECK(points_to_reach(47.5, 80, 48, 2, true) == doctest::Approx(0.50));
  CHECK(points_to_reach(19, 20, 90, 2, false) == 0);
}

TEST_CASE("analyse: explain gives the points to the next band and to pass the unit above") {
  const Framework framework = small_framework();
  const ScoreTable scores = appraised();
  const LeagueTable table = table_of(framework, scores, 2023);
  const LeagueTable previous = table_of(framework, scores, 2022);
  const std::vector<UnitResult> results = aggregate(framework, scores, 2023, true);

  SUBCASE("below a tie: both tied units are named, and passing them needs one step more") {
    const Explanation b = explain(framework, table, "Sở B", results[1], bands(), &previous);
    CHECK(b.unit.rank == 4);
    CHECK(b.unit.band == "Khá");
    CHECK(b.ranked == 4);
    CHECK(b.rank_above == 2);
    CHECK(b.next_band == PointsNeeded{"Tốt", 1.20, true, false});
    // 80.00% ties them; 11.21 of 14 is 80.07%.
    CHECK(b.next_rank == PointsNeeded{"Sở C, Sở D", 1.21, true, true});
    CHECK(b.tied_with.empty());
    CHECK_FALSE(b.top_band);
  }
  SUBCASE("a tied unit: its tie is stated, and the unit above is the next distinct rank") {
    const Explanation c = explain(framework, table, "Sở C", results[2], bands(), &previous);
    CHECK(c.unit.rank == 2);
    CHECK(c.tied_with == std::vector<std::string>{"Sở D"});
    CHECK(c.next_band == PointsNeeded{"Xuất sắc", 2.00, true, false});
    // 19.00 of 20 is 95.00%, A's index: one more hundredth of a point is needed at 2 decimals.
    CHECK(c.next_rank == PointsNeeded{"Sở A", 3.01, true, false});
    // Field 1 gained 10 percentage points (30 → 40), field 2 held (40): 70% → 80%.
    REQUIRE(c.contributions.size() == 2);
    CHECK(c.contributions[0] == doctest::Approx(10));
    CHECK(c.contributions[1] == doctest::Approx(0));
    CHECK(*c.index_change == doctest::Approx(10));
    // Worst first: field 1, field 2 and 2.1 lost 2 each (node order), then 1.1 and 1.2 lost 1.
    std::vector<int> order;
    for (const UnitCriterion& criterion : c.criteria) order.push_back(criterion.node);
    CHECK(order == std::vector<int>{0, 3, 4, 1, 2});
    CHECK(c.criteria.front().lost() == doctest::Approx(2));
    CHECK(c.fields.size() == 2);
  }
  SUBCASE("rank 1 in the top band has nothing to pass and no band to reach") {
    const Explanation a = explain(framework, table, "Sở A", results[0], bands(), &previous);
    CHECK(a.unit.rank == 1);
    CHECK(a.top_band);
    CHECK_FALSE(a.next_band.has_value());
    CHECK_FALSE(a.next_rank.has_value());
    CHECK(a.rank_above == 0);
  }
  SUBCASE("a new unit has no index change; contributions still add up for the others") {
    const Explanation d = explain(framework, table, "Sở D", results[3], bands(), &previous);
    CHECK(d.contributions.empty());
    CHECK_FALSE(d.index_change.has_value());
    const Explanation b = explain(framework, table, "Sở B", results[1], bands(), &previous);
    CHECK(b.contributions[0] + b.contributions[1] == doctest::Approx(*b.index_change));
    CHECK(*b.index_change == doctest::Approx(100.0 * 10 / 14 - 100.0 * 8 / 14));
  }
  SUBCASE("on the exact index, passing needs more than the unit above's exact points") {
    RankOptions exact;
    exact.basis = RankBasis::kExact;
    const LeagueTable exact_table =
        rank_year(aggregate(framework, scores, 2023), scores.units(), {}, bands(), exact, 2023);
    const Explanation c = explain(framework, exact_table, "Sở C", results[2], bands(), nullptr);
    CHECK(c.next_rank == PointsNeeded{"Sở A", 3.01, true, false});
  }
  SUBCASE("an unknown unit throws") {
    CHECK_THROWS_AS(explain(framework, table, "Sở Z", results[0], bands(), nullptr),
                    std::out_of_range);
  }
}

TEST_CASE("analyse: a target beyond the points a unit can still win is unreachable") {
  const Framework framework = small_framework();
  ScoreTable scores(3);
  score(scores, "Sở A", 2023, {4, 6, 10});
  score(scores, "Sở B", 2023, {0, 0, 1});
  const LeagueTable table = table_of(framework, scores, 2023);
  const std::vector<UnitResult> results = aggregate(framework, scores, 2023, true);
  const Explanation b = explain(framework, table, "Sở B", results[1], bands(), nullptr);
  // 100% cannot be passed: 20.01 of 20 more than it can win.
  CHECK(b.next_rank == PointsNeeded{"Sở A", 19.01, false, false});
  CHECK(b.next_band == PointsNeeded{"Khá", 13.0, true, false});
}

TEST_CASE("analyse: self-assessment gaps, means, overshooters and disputed criteria") {
  const Framework framework = small_framework();
  const ScoreTable scores = appraised();
  ScoreTable self(3);
  score(self, "Sở A", 2023, {4, 6, 9});    // as appraised
  score(self, "Sở B", 2023, {4, kNa, 9});  // 13/14 against 10/14
  score(self, "Sở C", 2023, {3, 6, 10});   // 19/20 against 16/20
  const LeagueTable table = table_of(framework, scores, 2023);
  const std::vector<GroupSelfAssessment> groups =
      self_assessment(framework, table, aggregate(framework, scores, 2023, true), scores.units(),
                      aggregate(framework, self, 2023, true), self.units());

  REQUIRE(groups.size() == 1);
  const GroupSelfAssessment& group = groups[0];
  CHECK(group.units == std::vector<SelfGap>{{"Sở A", {19, 20}, {19, 20}},
                                            {"Sở C", {19, 20}, {16, 20}},
                                            {"Sở B", {13, 14}, {10, 14}}});
  CHECK(group.units[1].gap_points() == doctest::Approx(3));
  CHECK(group.units[1].gap_index() == doctest::Approx(15));
  CHECK(group.units[2].gap_index() == doctest::Approx(21.428571));
  CHECK(group.mean_self == doctest::Approx(17));
  CHECK(group.mean_appraised == doctest::Approx(15));
  CHECK(group.missing == std::vector<std::string>{"Sở D"});
  // A's gap is 0: it did not overshoot.
  CHECK(group.overshot ==
        std::vector<SelfGap>{{"Sở B", {13, 14}, {10, 14}}, {"Sở C", {19, 20}, {16, 20}}});
  // 2.1 is disputed by B and C; then 1.1 (B) and 1.2 (C) in framework order.
  CHECK(group.disagreements == std::vector<Disagreement>{{4, 2}, {1, 1}, {2, 1}});
}
