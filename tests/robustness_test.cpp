// Tests of robustness: the percentile rule, the runs' collapse without doubt, a probability
// computed by hand, and the same results however the runs are split between threads.
#include "chiso/robustness.h"

#include <doctest/doctest.h>

#include <numeric>
#include <string>
#include <vector>

#include "chiso/io/two_threads.h"

using namespace chiso;

namespace {

CriterionRow row(std::string id, std::string parent, std::optional<double> max) {
  CriterionRow result;
  result.id = std::move(id);
  result.parent = std::move(parent);
  result.name = result.id;
  result.max = max;
  return result;
}

// Two fields of one leaf each, 10 points each.
Framework two_fields() {
  Diagnostics diagnostics;
  Framework framework = Framework::build({row("1", "", std::nullopt), row("1.1", "1", 10),
                                          row("2", "", std::nullopt), row("2.1", "2", 10)},
                                         diagnostics);
  REQUIRE_FALSE(diagnostics.has_errors());
  return framework;
}

void score(ScoreTable& scores, const std::string& unit, int year,
           const std::vector<double>& points) {
  const int at = scores.row(scores.intern_unit(unit), year, {});
  for (size_t leaf = 0; leaf < points.size(); ++leaf)
    scores.set_points(at, static_cast<int>(leaf), points[leaf]);
}

BandScheme two_bands() {
  Diagnostics diagnostics;
  Band good;
  good.label = "Tốt";
  good.min = 40;
  Band fair;
  fair.label = "Khá";
  fair.min = 0;
  BandScheme bands = BandScheme::build({good, fair}, diagnostics);
  REQUIRE_FALSE(diagnostics.has_errors());
  return bands;
}

}  // namespace

TEST_CASE("robustness: the nearest-rank percentile is the ⌈p/100 × n⌉-th smallest value") {
  std::vector<int> twenty(20);
  std::iota(twenty.begin(), twenty.end(), 1);
  CHECK(nearest_rank(twenty, 5) == 1);    // ⌈1⌉
  CHECK(nearest_rank(twenty, 50) == 10);  // ⌈10⌉
  CHECK(nearest_rank(twenty, 95) == 19);  // ⌈19⌉
  CHECK(nearest_rank(twenty, 96) == 20);  // ⌈19.2⌉
  CHECK(nearest_rank(twenty, 100) == 20);
  std::vector<int> thousand(1000);
  std::iota(thousand.begin(), thousand.end(), 1);
  CHECK(nearest_rank(thousand, 5) == 50);  // exactly 50, not 51 from 0.05 × 1000 rounded up
  CHECK(nearest_rank(thousand, 95) == 950);
  CHECK(nearest_rank({7}, 5) == 7);
  CHECK(nearest_rank({2, 9}, 50) == 2);
  CHECK(nearest_rank({2, 9}, 51) == 9);
}

TEST_CASE("robustness: without doubt every run is chiso rank's ranking") {
  Diagnostics diagnostics;
  const Framework framework = two_fields();
  ScoreTable scores(2);
  score(scores, "Sở Nội vụ", 2022, {8, 7});
  score(scores, "Sở Tư pháp", 2022, {6, 6.5});
  score(scores, "Sở Y tế", 2022, {3, 2});
  const UnitGroups groups;
  RobustnessSettings settings;
  settings.runs = 50;
  settings.weights = 0;
  settings.noise = 0;
  const YearRobustness robust = robustness(framework, scores, groups, two_bands(), {}, 2022, {},
                                           settings, Sequential(), diagnostics);
  REQUIRE(robust.units.size() == 3);
  const std::vector<std::string> names{"Sở Nội vụ", "Sở Tư pháp", "Sở Y tế"};
  const std::vector<std::string> bands{"Tốt", "Tốt", "Khá"};
  for (size_t i = 0; i < 3; ++i) {
    const UnitRobustness& unit = robust.units[i];
    CHECK(unit.unit == names[i]);
    CHECK(unit.rank == static_cast<int>(i) + 1);
    CHECK(unit.median_rank == unit.rank);
    CHECK(unit.rank_low == unit.rank);
    CHECK(unit.rank_high == unit.rank);
    CHECK(unit.mean_abs_shift == 0);
    CHECK(unit.band == bands[i]);
    CHECK(unit.band_kept == 100.0);
  }
  CHECK(robust.group_mean_shift == std::vector<double>{0});
}

// Unit A has 10 + 0 points, B 0 + 9: A's index is 100 c1 ÷ (c1 + c2), B's 90 c2 ÷ (c1 + c2),
// so B is first when c1 < 0.9 c2. With c1, c2 uniform in [0.5, 1.5] (--weights 50), that has
// the probability ∫ from 5/9 to 1.5 of (0.9 v − 0.5) dv = 0.2625 + 0.1388… = 0.40139.
TEST_CASE("robustness: two units swap places as often as the weights' range says") {
  Diagnostics diagnostics;
  const Framework framework = two_fields();
  ScoreTable scores(2);
  score(scores, "A", 2022, {10, 0});
  score(scores, "B", 2022, {0, 9});
  RobustnessSettings settings;
  settings.runs = 20000;
  settings.weights = 50;
  settings.noise = 0;
  const YearRobustness robust = robustness(framework, scores, UnitGroups(), BandScheme(), {}, 2022,
                                           {}, settings, Sequential(), diagnostics);
  REQUIRE(robust.units.size() == 2);
  CHECK(robust.units[0].unit == "A");
  CHECK(robust.units[0].rank == 1);
  // Each swap moves both by one place: the mean shift is the share of runs that swap. Its
  // standard error over 20,000 runs is 0.0035.
  CHECK(robust.units[0].mean_abs_shift == doctest::Approx(0.40139).epsilon(0.03));
  // B also climbs to a tie for first (indices equal to 2 decimals), A stays first then.
  CHECK(robust.units[1].mean_abs_shift == doctest::Approx(0.40139).epsilon(0.03));
  CHECK(robust.units[0].median_rank == 1);
  CHECK(robust.units[0].rank_high == 2);
  CHECK(robust.units[1].rank_low == 1);
  CHECK_FALSE(robust.units[0].band_kept.has_value());  // no bands
}

TEST_CASE("robustness: the same seed gives the same results on one thread or two") {
  Diagnostics diagnostics;
  const Framework framework = two_fields();
  ScoreTable scores(2);
  for (int i = 0; i < 40; ++i) {
    score(scores, "Đơn vị " + std::to_string(i), 2022,
          {static_cast<double>(i % 11), static_cast<double>((i * 7) % 10) + 0.5});
  }
  scores.set_not_applicable(3, 1);
  RobustnessSettings settings;
  settings.runs = 301;
  settings.vary_not_applicable = true;
  const BandScheme bands = two_bands();
  const YearRobustness one = robustness(framework, scores, UnitGroups(), bands, {}, 2022, {},
                                        settings, Sequential(), diagnostics);
  const YearRobustness two = robustness(framework, scores, UnitGroups(), bands, {}, 2022, {},
                                        settings, TwoThreads(), diagnostics);
  CHECK(one.units == two.units);
  CHECK(one.group_mean_shift == two.group_mean_shift);
  settings.seed += 1;
  const YearRobustness other = robustness(framework, scores, UnitGroups(), bands, {}, 2022, {},
                                          settings, TwoThreads(), diagnostics);
  CHECK_FALSE(other.units == two.units);
}

TEST_CASE("robustness: criteria that tell no unit apart, and the fields' correlation") {
  Diagnostics diagnostics;
  const Framework framework =
      Framework::build({row("1", "", std::nullopt), row("1.1", "1", 10), row("1.2", "1", 5),
                        row("2", "", std::nullopt), row("2.1", "2", 4)},
                       diagnostics);
  REQUIRE_FALSE(diagnostics.has_errors());
  ScoreTable scores(3);
  score(scores, "A", 2022, {2, 5, 1});
  score(scores, "B", 2022, {4, 5, 2});
  score(scores, "C", 2022, {6, 5, 3});
  RobustnessSettings settings;
  settings.runs = 10;
  const YearRobustness robust = robustness(framework, scores, UnitGroups(), BandScheme(), {}, 2022,
                                           {}, settings, Sequential(), diagnostics);
  REQUIRE(robust.flat.size() == 1);
  CHECK(framework.node(robust.flat[0].node).id == "1.2");
  CHECK(robust.flat[0].at_maximum);
  CHECK(robust.flat[0].points == 5);
  CHECK(robust.flat[0].units == 3);
  // Field 1: 7/15, 9/15, 11/15; field 2: 1/4, 2/4, 3/4: both rise evenly, r = 1.
  REQUIRE(robust.correlations.size() == 1);
  CHECK(robust.correlations[0].units == 3);
  REQUIRE(robust.correlations[0].r.has_value());
  CHECK(*robust.correlations[0].r == doctest::Approx(1.0));
}

TEST_CASE("robustness: a unit below every band is an error found before any run") {
  Diagnostics diagnostics;
  ScoreTable scores(2);
  score(scores, "Sở Nội vụ", 2022, {8, 7});
  score(scores, "Sở Y tế", 2022, {3, 2});  // 25%: below the one band
  Band good;
  good.label = "Tốt";
  good.min = 40;
  const BandScheme bands = BandScheme::build({good}, diagnostics);
  REQUIRE_FALSE(diagnostics.has_errors());
  RobustnessSettings settings;
  settings.runs = 10;
  const YearRobustness robust = robustness(two_fields(), scores, UnitGroups(), bands, {}, 2022, {},
                                           settings, Sequential(), diagnostics);
  CHECK(diagnostics.error_count() == 1);
  REQUIRE(robust.units.size() == 2);
  CHECK(robust.units[1].rank == 2);
  CHECK(robust.units[1].median_rank == 0);  // no run was made
}
