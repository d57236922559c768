// Tests of the methodology features of the core: weighted and plain means, min–max
// normalisation, framework checks on them, quantile bands and band sets, units left out of the
// ranking, and the headline figure.
#include <doctest/doctest.h>

#include <algorithm>
#include <charconv>
#include <optional>
#include <ostream>
#include <random>
#include <string>
#include <vector>

#include "chiso/aggregate.h"
#include "chiso/band.h"
#include "chiso/framework.h"
#include "chiso/league.h"
#include "chiso/summary.h"
#include "messages.h"
#include "printers.h"

namespace chiso {

// Failure messages print whole values. `static`: printers of this file's types; shared ones are in
// printers.h.
static std::ostream& operator<<(std::ostream& out, const BandCount& count) {
  return out << "{'" << count.label << "', " << count.units << ", " << count.share_bp << '}';
}

}  // namespace chiso

using namespace chiso;

namespace {

using testing::messages;
using testing::text;

// A framework.csv row on `line`: the id in column 1, parent in 3, max in 5, weight in 7.
CriterionRow criterion(std::string id, std::string parent, std::optional<double> max, int line) {
  CriterionRow result;
  result.id = std::move(id);
  result.parent = std::move(parent);
  result.name = "Tiêu chí " + result.id;
  result.max = max;
  result.where = {"framework.csv", line, 1};
  result.parent_where = {"framework.csv", line, 3};
  result.max_where = {"framework.csv", line, 5};
  result.weight_where = {"framework.csv", line, 7};
  return result;
}

CriterionRow weighted(CriterionRow row, double weight) {
  row.weight = weight;
  return row;
}

CriterionRow combined(CriterionRow row, Combine how) {
  row.combine = how;
  return row;
}

// A leaf normalised min–max, with the given direction and optional goalposts.
CriterionRow normalised(CriterionRow row, int direction, std::optional<double> low = std::nullopt,
                        std::optional<double> high = std::nullopt) {
  row.normalise = Normalise::kMinMax;
  row.direction = direction;
  row.low = low;
  row.high = high;
  return row;
}

// The diagnostics of building `rows` into a framework.
std::string problems_of(const std::vector<CriterionRow>& rows) {
  Diagnostics diagnostics;
  Framework::build(rows, diagnostics);
  return messages(diagnostics);
}

Framework built(const std::vector<CriterionRow>& rows) {
  Diagnostics diagnostics;
  Framework framework = Framework::build(rows, diagnostics);
  REQUIRE(messages(diagnostics) == "");
  return framework;
}

// Adds one unit-year to `table`; each cell is a number, "n/a" or "-" (missing).
void score(ScoreTable& table, const std::string& unit, int year,
           const std::vector<std::string>& cells) {
  const int row = table.row(table.intern_unit(unit), year,
                            {"scores.csv", static_cast<int>(table.rows().size()) + 2, 1});
  for (size_t leaf = 0; leaf < cells.size(); ++leaf) {
    const std::string& cell = cells[leaf];
    if (cell == "n/a") {
      table.set_not_applicable(row, static_cast<int>(leaf));
    } else if (cell != "-") {
      double value = 0;
      std::from_chars(cell.data(), cell.data() + cell.size(), value);
      table.set_points(row, static_cast<int>(leaf), value);
    }
  }
}

// Each result as "unit: total [field field …]", e.g. "Tỉnh A: 5/10 [5/10]".
std::string describe(const std::vector<UnitResult>& results, const ScoreTable& table) {
  std::string lines;
  for (const UnitResult& result : results) {
    lines += table.units()[static_cast<size_t>(result.unit)] + ": " + text(result.total) + " [";
    for (size_t i = 0; i < result.fields.size(); ++i)
      lines += (i ? " " : "") + text(result.fields[i]);
    lines += "]\n";
  }
  return lines;
}

UnitResult unit_result(int unit, double points, double max) {
  UnitResult result;
  result.unit = unit;
  result.year = 2023;
  result.total = {points, max};
  result.fields = {result.total};
  return result;
}

Band fixed_band(std::string set, std::string label, double min, int line) {
  Band band;
  band.set = std::move(set);
  band.label = std::move(label);
  band.min = min;
  band.where = {"bands.csv", line, 1};
  return band;
}

Band quantile_band(std::string label, double quantile, int line) {
  Band band;
  band.label = std::move(label);
  band.quantile = quantile;
  band.where = {"bands.csv", line, 1};
  return band;
}

BandScheme scheme(std::vector<Band> bands) {
  Diagnostics diagnostics;
  BandScheme result = BandScheme::build(std::move(bands), diagnostics);
  REQUIRE(messages(diagnostics) == "");
  return result;
}

// PAPI's quartile groups, as methods/papi/bands.csv gives them.
BandScheme papi_bands() {
  return scheme({quantile_band("Cao nhất", 0.75, 2), quantile_band("Trung bình cao", 0.5, 3),
                 quantile_band("Trung bình thấp", 0.25, 4), quantile_band("Thấp nhất", 0, 5)});
}

// Each row of a league table: "rank unit figure band [other bands]".
std::vector<std::string> listing(const LeagueTable& table) {
  std::vector<std::string> lines;
  for (const RankedUnit& unit : table.units) {
    std::string line = std::to_string(unit.rank) + " " + unit.unit + " " + text(unit.figure) +
                       " '" + unit.band + "'";
    for (const std::string& other : unit.other_bands) line += " '" + other + "'";
    if (unit.previous_rank) line += " (was " + std::to_string(*unit.previous_rank) + ")";
    lines.push_back(line);
  }
  return lines;
}

}  // namespace

// ---------------------------------------------------------------------------------------------
// Weighted and plain means

TEST_CASE("methods: combine takes the weighted mean of the children's fractions of their maxima") {
  // Fractions 1, 0.5, 0.25, 0.75 with weights 5, 5, 20, 10 (sum 40): weighted mean 20/40 = 0.5.
  const std::vector<Subtotal> parts{{10, 10}, {5, 10}, {2.5, 10}, {7.5, 10}};
  const std::vector<double> weights{5, 5, 20, 10};

  SUBCASE("every child applies") {
    CHECK(text(combine(parts, weights, Combine::kWeighted, 10)) == "5/10");
    CHECK(text(combine(parts, weights, Combine::kWeighted, 100)) == "50/100");
  }
  SUBCASE("an n/a child's weight goes to the others and the applicable maximum shrinks") {
    // Without the child of weight 20: (5 + 2.5 + 7.5) / 20 = 0.75 of the applicable 10 × 20/40.
    const std::vector<Subtotal> with_na{{10, 10}, {5, 10}, {0, 0}, {7.5, 10}};
    const Subtotal result = combine(with_na, weights, Combine::kWeighted, 10);
    CHECK(text(result) == "3.75/5");
    CHECK(result.index() == 75);
  }
  SUBCASE("every child n/a leaves nothing applicable") {
    CHECK(text(combine({{0, 0}, {0, 0}}, {1, 3}, Combine::kWeighted, 10)) == "0/0");
  }
  SUBCASE("weights apply to fractions, whatever each child's own maximum") {
    // 1/4 and 4.5/6 are fractions 0.25 and 0.75; weights 1 and 3 give 0.625 of 8.
    CHECK(text(combine({{1, 4}, {4.5, 6}}, {1, 3}, Combine::kWeighted, 8)) == "5/8");
    CHECK(text(combine({{1, 4}, {4.5, 6}}, {1, 3}, Combine::kMean, 8)) == "4/8");
    CHECK(text(combine({{1, 4}, {4.5, 6}}, {1, 3}, Combine::kSum, 8)) == "5.5/10");
  }
  SUBCASE("only the weights' proportions matter") {
    CHECK(text(combine(parts, {0.5, 0.5, 2, 1}, Combine::kWeighted, 10)) == "5/10");
  }
}

TEST_CASE("methods: a plain mean ignores the weights") {
  const std::vector<Subtotal> parts{{10, 10}, {5, 10}, {2.5, 10}, {7.5, 10}};
  // (1 + 0.5 + 0.25 + 0.75) / 4 = 0.625.
  CHECK(text(combine(parts, {5, 5, 20, 10}, Combine::kMean, 10)) == "6.25/10");
  CHECK(text(combine(parts, {}, Combine::kMean, 10)) == "6.25/10");
  SUBCASE("an n/a child leaves its share of the maximum") {
    // Three of four apply: maximum 7.5, mean fraction (1 + 0.5 + 0.75) / 3 = 0.75.
    CHECK(text(combine({{10, 10}, {5, 10}, {0, 0}, {7.5, 10}}, {}, Combine::kMean, 10)) ==
          "5.625/7.5");
  }
}

TEST_CASE("methods: aggregate combines a weighted field, a mean field and a summed one") {
  // Field A: weighted mean of a1..a4 (max 10 each, weights 5, 5, 20, 10), on 10.
  // Field B: plain mean of b1 (max 4) and b2 (max 6), on its children's 10.
  // Field C: the sum of c1 (max 4) and c2 (max 6). Total: the sum of the fields, on 30.
  const Framework framework = built({
      criterion("A", "", 10, 2),
      weighted(criterion("a1", "A", 10, 3), 5),
      weighted(criterion("a2", "A", 10, 4), 5),
      weighted(criterion("a3", "A", 10, 5), 20),
      weighted(criterion("a4", "A", 10, 6), 10),
      combined(criterion("B", "", std::nullopt, 7), Combine::kMean),
      criterion("b1", "B", 4, 8),
      criterion("b2", "B", 6, 9),
      criterion("C", "", std::nullopt, 10),
      criterion("c1", "C", 4, 11),
      criterion("c2", "C", 6, 12),
  });
  CHECK(framework.node(*framework.find("A")).combine == Combine::kWeighted);
  CHECK(framework.node(*framework.find("B")).combine == Combine::kMean);
  CHECK(framework.node(*framework.find("C")).combine == Combine::kSum);
  CHECK(framework.root_combine() == Combine::kSum);
  CHECK(framework.max() == 30);

  ScoreTable scores(8);
  score(scores, "Tỉnh A", 2023, {"10", "5", "2.5", "7.5", "1", "4.5", "1", "4.5"});
  score(scores, "Tỉnh B", 2023, {"10", "5", "n/a", "7.5", "n/a", "4.5", "n/a", "4.5"});
  score(scores, "Tỉnh C", 2023, {"10", "5", "-", "7.5", "4", "-", "4", "-"});
  // Tỉnh A: A 5/10; B the mean of 0.25 and 0.75, 5/10; C 5.5/10.
  // Tỉnh B: without a3, 0.75 of 10 × 20/40 = 3.75/5; without b1, one child of two applies:
  // 0.75 of 5 = 3.75/5; without c1, 4.5/6.
  // Tỉnh C: a3 missing counts 0: (5 + 2.5 + 0 + 7.5) / 40 = 0.375, 3.75/10; b2 missing:
  // (1 + 0) / 2 of 10 = 5/10; c2 missing: 4/10.
  CHECK(describe(aggregate(framework, scores, 2023), scores) ==
        "Tỉnh A: 15.5/30 [5/10 5/10 5.5/10]\n"
        "Tỉnh B: 12/16 [3.75/5 3.75/5 4.5/6]\n"
        "Tỉnh C: 12.75/30 [3.75/10 5/10 4/10]\n");
}

TEST_CASE("methods: PCI's weighted composite of ten sub-indices matches the sum by hand") {
  // Ten fields on 10 with the 2014–2021 weights; Σ weight × score / 10 is the composite on 100:
  // 5×6.25 + 5×7.5 + 20×5 + 5×8.75 + 10×6.875 + 5×3.75 + 5×10 + 20×5.625 + 20×7.5 + 5×9.375
  // = 659.375, so the composite is 65.9375.
  const std::vector<double> weights{5, 5, 20, 5, 10, 5, 5, 20, 20, 5};
  std::vector<CriterionRow> rows;
  for (size_t i = 0; i < weights.size(); ++i) {
    rows.push_back(weighted(criterion("s" + std::to_string(i + 1), "", 10, static_cast<int>(i) + 2),
                            weights[i]));
  }
  const Framework framework = built(rows);
  CHECK(framework.root_combine() == Combine::kWeighted);
  CHECK(framework.max() == 100);

  ScoreTable scores(10);
  score(scores, "Tỉnh Sông Xanh", 2021,
        {"6.25", "7.5", "5", "8.75", "6.875", "3.75", "10", "5.625", "7.5", "9.375"});
  // Without the transparency sub-index (weight 20): 80 of the weight applies, and
  // (659.375 − 20 × 5) / 10 = 55.9375 points of 80, an index of 69.921875.
  score(scores, "Tỉnh Núi Bạc", 2021,
        {"6.25", "7.5", "n/a", "8.75", "6.875", "3.75", "10", "5.625", "7.5", "9.375"});
  const std::vector<UnitResult> results = aggregate(framework, scores, 2021);
  REQUIRE(results.size() == 2);
  CHECK(text(results[0].total) == "65.9375/100");
  CHECK(results[0].total.index() == 65.9375);
  CHECK(text(results[1].total) == "55.9375/80");
  CHECK(results[1].total.index() == 69.921875);
  CHECK(text(results[0].fields[2]) == "5/10");
  CHECK(text(results[1].fields[2]) == "0/0");
}

TEST_CASE("methods: a points framework gives the same index written as sums or as weighted means") {
  // Field 1 = 1.1 (2.5) + 1.2 (3.5) + 1.3, itself 1.3.1 (1) + 1.3.2 (2); field 2 = 2.1 (4); the
  // leaf field 3 (7). The weighted form gives every node a weight equal to its maximum.
  const Framework as_sums =
      built({criterion("1", "", std::nullopt, 2), criterion("1.1", "1", 2.5, 3),
             criterion("1.2", "1", 3.5, 4), criterion("1.3", "1", std::nullopt, 5),
             criterion("1.3.1", "1.3", 1, 6), criterion("1.3.2", "1.3", 2, 7),
             criterion("2", "", std::nullopt, 8), criterion("2.1", "2", 4, 9),
             criterion("3", "", 7, 10)});
  const Framework as_means =
      built({weighted(criterion("1", "", 9, 2), 9), weighted(criterion("1.1", "1", 2.5, 3), 2.5),
             weighted(criterion("1.2", "1", 3.5, 4), 3.5), weighted(criterion("1.3", "1", 3, 5), 3),
             weighted(criterion("1.3.1", "1.3", 1, 6), 1),
             weighted(criterion("1.3.2", "1.3", 2, 7), 2), weighted(criterion("2", "", 4, 8), 4),
             weighted(criterion("2.1", "2", 4, 9), 4), weighted(criterion("3", "", 7, 10), 7)});
  REQUIRE(as_sums.root_combine() == Combine::kSum);
  REQUIRE(as_means.root_combine() == Combine::kWeighted);
  REQUIRE(as_means.node(*as_means.find("1.3")).combine == Combine::kWeighted);
  REQUIRE(as_means.max() == as_sums.max());
  const std::vector<double> maxima{2.5, 3.5, 1, 2, 4, 7};

  // n/a cells cover whole fields or single leaves: a partly n/a child keeps the part of its
  // weight that applies, so both spellings agree either way (see the next case).
  for (unsigned seed : {1u, 7u, 42u, 2023u}) {
    for (bool with_na : {false, true}) {
      CAPTURE(seed);
      CAPTURE(with_na);
      std::mt19937 random(seed);
      std::uniform_int_distribution<int> quarters(0, 40);
      std::uniform_int_distribution<int> die(0, 9);
      ScoreTable scores(6);
      for (int unit = 0; unit < 8; ++unit) {
        std::vector<std::string> cells;
        const bool field_one_na = with_na && die(random) < 3;
        const bool field_two_na = with_na && die(random) < 3;
        for (size_t leaf = 0; leaf < maxima.size(); ++leaf) {
          const int roll = die(random);
          const double points = std::min(maxima[leaf], quarters(random) * 0.25);
          if ((leaf < 4 && field_one_na) || (leaf == 4 && field_two_na) ||
              (leaf == 5 && with_na && roll == 0) || (leaf == 1 && with_na && roll == 2)) {
            cells.push_back("n/a");
          } else if (roll == 1) {
            cells.push_back("-");
          } else {
            cells.push_back(text(points));
          }
        }
        score(scores, "Unit " + std::to_string(unit), 2023, cells);
      }
      const std::vector<UnitResult> summed = aggregate(as_sums, scores, 2023);
      const std::vector<UnitResult> averaged = aggregate(as_means, scores, 2023);
      REQUIRE(summed.size() == averaged.size());
      for (size_t i = 0; i < summed.size(); ++i) {
        CAPTURE(i);
        CHECK(averaged[i].total.index() == doctest::Approx(summed[i].total.index()).epsilon(1e-12));
        CHECK(averaged[i].total.max == doctest::Approx(summed[i].total.max).epsilon(1e-12));
        CHECK(averaged[i].total.points == doctest::Approx(summed[i].total.points).epsilon(1e-12));
        for (size_t field = 0; field < 3; ++field) {
          CHECK(averaged[i].fields[field].points ==
                doctest::Approx(summed[i].fields[field].points).epsilon(1e-12));
          CHECK(averaged[i].fields[field].max ==
                doctest::Approx(summed[i].fields[field].max).epsilon(1e-12));
        }
      }
    }
  }
}

TEST_CASE("methods: a partly n/a child keeps the part of its weight that applies, as a sum does") {
  // Field 1 = 1.1 (max 4) + 1.2 (max 6); field 2 = 2.1 (max 10). 1.1 is n/a.
  ScoreTable scores(3);
  score(scores, "Tỉnh A", 2023, {"n/a", "3", "10"});
  SUBCASE("summed: the sum over the applicable 16 points") {
    const Framework framework =
        built({criterion("1", "", std::nullopt, 2), criterion("1.1", "1", 4, 3),
               criterion("1.2", "1", 6, 4), criterion("2", "", std::nullopt, 5),
               criterion("2.1", "2", 10, 6)});
    CHECK(describe(aggregate(framework, scores, 2023), scores) == "Tỉnh A: 13/16 [3/6 10/10]\n");
  }
  SUBCASE("weighted by the full maxima: field 1 weighs the 6 of its 10 that apply, as in the sum") {
    const Framework framework =
        built({weighted(criterion("1", "", std::nullopt, 2), 10),
               weighted(criterion("1.1", "1", 4, 3), 4), weighted(criterion("1.2", "1", 6, 4), 6),
               weighted(criterion("2", "", std::nullopt, 5), 10),
               weighted(criterion("2.1", "2", 10, 6), 10)});
    CHECK(describe(aggregate(framework, scores, 2023), scores) == "Tỉnh A: 13/16 [3/6 10/10]\n");
  }
}

// ---------------------------------------------------------------------------------------------
// Min–max normalisation

namespace {

// Each unit's points on the single normalised leaf `leaf` (max 10), scored `values` in 2023 by
// units A, B, C… in order: "A 0/10, B 2.5/10".
std::string normalised_points(const CriterionRow& leaf, const std::vector<std::string>& values) {
  const Framework framework = built({leaf});
  ScoreTable scores(1);
  for (size_t i = 0; i < values.size(); ++i)
    score(scores, std::string(1, static_cast<char>('A' + i)), 2023, {values[i]});
  std::string result;
  for (const UnitResult& unit : aggregate(framework, scores, 2023)) {
    result += (result.empty() ? "" : ", ") + scores.units()[static_cast<size_t>(unit.unit)] + " " +
              text(unit.total);
  }
  return result;
}

}  // namespace

TEST_CASE("methods: min–max normalisation scales a leaf onto its maximum across the year's units") {
  const CriterionRow leaf = criterion("days", "", 10, 2);
  SUBCASE("higher is better: the lowest gets 0 and the highest the maximum") {
    CHECK(normalised_points(normalised(leaf, 1), {"20", "30", "60"}) ==
          "A 0/10, B 2.5/10, C 10/10");
  }
  SUBCASE("direction -1: lower is better") {
    CHECK(normalised_points(normalised(leaf, -1), {"20", "30", "60"}) ==
          "A 10/10, B 7.5/10, C 0/10");
  }
  SUBCASE("fixed goalposts replace the year's lowest and highest") {
    CHECK(normalised_points(normalised(leaf, 1, 0, 80), {"20", "30", "60"}) ==
          "A 2.5/10, B 3.75/10, C 7.5/10");
    CHECK(normalised_points(normalised(leaf, -1, 0, 80), {"20", "30", "60"}) ==
          "A 7.5/10, B 6.25/10, C 2.5/10");
  }
  SUBCASE("values outside the goalposts are clamped to them") {
    CHECK(normalised_points(normalised(leaf, 1, 25, 50), {"20", "30", "60"}) ==
          "A 0/10, B 2/10, C 10/10");
    CHECK(normalised_points(normalised(leaf, -1, 25, 50), {"20", "30", "60"}) ==
          "A 10/10, B 8/10, C 0/10");
  }
  SUBCASE("only one goalpost given: the other is the year's extreme") {
    CHECK(normalised_points(normalised(leaf, 1, 0), {"20", "30", "40"}) ==
          "A 5/10, B 7.5/10, C 10/10");
    CHECK(normalised_points(normalised(leaf, 1, std::nullopt, 60), {"20", "30", "40"}) ==
          "A 0/10, B 2.5/10, C 5/10");
  }
  SUBCASE("a leaf on which every unit has the same value leaves everyone's maximum") {
    CHECK(normalised_points(normalised(leaf, 1), {"5", "5", "5"}) == "A 0/0, B 0/0, C 0/0");
    CHECK(normalised_points(normalised(leaf, -1), {"7"}) == "A 0/0");
  }
  SUBCASE("a missing cell counts 0 against the full maximum and does not move the bounds") {
    CHECK(normalised_points(normalised(leaf, 1), {"20", "-", "60", "40"}) ==
          "A 0/10, B 0/10, C 10/10, D 5/10");
    CHECK(normalised_points(normalised(leaf, -1), {"20", "-", "60", "40"}) ==
          "A 10/10, B 0/10, C 0/10, D 5/10");
  }
  SUBCASE("an n/a cell leaves the maximum and does not move the bounds") {
    CHECK(normalised_points(normalised(leaf, 1), {"20", "n/a", "60", "40"}) ==
          "A 0/10, B 0/0, C 10/10, D 5/10");
  }
  SUBCASE("negative raw values take part like any other") {
    // A normalised leaf holds a raw indicator such as a growth rate, which may be negative.
    CHECK(normalised_points(normalised(leaf, 1), {"-3", "-1", "1"}) == "A 0/10, B 5/10, C 10/10");
    CHECK(normalised_points(normalised(leaf, 1), {"-2", "0", "2"}) == "A 0/10, B 5/10, C 10/10");
  }
  SUBCASE("a plain leaf beside it is not normalised") {
    const Framework framework =
        built({normalised(criterion("days", "", 10, 2), 1), criterion("plain", "", 10, 3)});
    CHECK(framework.has_normalised_leaves());
    ScoreTable scores(2);
    score(scores, "A", 2023, {"20", "4"});
    score(scores, "B", 2023, {"60", "6"});
    CHECK(describe(aggregate(framework, scores, 2023), scores) ==
          "A: 4/20 [0/10 4/10]\nB: 16/20 [10/10 6/10]\n");
  }
}

TEST_CASE("methods: min–max bounds are taken over the units of the same year only") {
  const Framework framework = built({normalised(criterion("days", "", 10, 2), 1)});
  ScoreTable scores(1);
  score(scores, "A", 2022, {"0"});
  score(scores, "B", 2022, {"100"});
  score(scores, "A", 2023, {"20"});
  score(scores, "B", 2023, {"60"});
  score(scores, "C", 2023, {"30"});
  CHECK(describe(aggregate(framework, scores, 2023), scores) ==
        "A: 0/10 [0/10]\nB: 10/10 [10/10]\nC: 2.5/10 [2.5/10]\n");
  CHECK(describe(aggregate(framework, scores, 2022), scores) ==
        "A: 0/10 [0/10]\nB: 10/10 [10/10]\n");
}

// ---------------------------------------------------------------------------------------------
// Framework checks

TEST_CASE("methods: the framework reports misused weights, combinations and goalposts verbatim") {
  SUBCASE("weights on some siblings only") {
    CHECK(
        problems_of({criterion("1", "", std::nullopt, 2), weighted(criterion("1.1", "1", 5, 3), 2),
                     criterion("1.2", "1", 5, 4), criterion("1.3", "1", 5, 5)}) ==
        "framework.csv:4:7: error: criterion '1.2' has no weight but its siblings do; give each of "
        "the "
        "sub-criteria of '1' a weight\n");
    CHECK(problems_of({weighted(criterion("1", "", 5, 2), 1), criterion("2", "", 5, 3)}) ==
          "framework.csv:3:7: error: criterion '2' has no weight but its siblings do; give each of "
          "the fields a "
          "weight\n");
  }
  SUBCASE("a weight of 0 or below") {
    CHECK(
        problems_of({criterion("1", "", std::nullopt, 2), weighted(criterion("1.1", "1", 5, 3), 0),
                     weighted(criterion("1.2", "1", 5, 4), -2),
                     weighted(criterion("1.3", "1", 5, 5), 3)}) ==
        "framework.csv:3:7: error: weight of '1.1' must be greater than 0\n"
        "framework.csv:4:7: error: weight of '1.2' must be greater than 0\n");
  }
  SUBCASE("combine=weighted without weights") {
    CHECK(problems_of({combined(criterion("1", "", std::nullopt, 2), Combine::kWeighted),
                       criterion("1.1", "1", 5, 3), criterion("1.2", "1", 5, 4)}) ==
          "framework.csv:3:7: error: the weighted mean of the sub-criteria of '1' needs a weight "
          "on each of "
          "them\n");
  }
  SUBCASE("weights nearly adding up to 1 or 100 are warned about") {
    CHECK(problems_of({criterion("1", "", std::nullopt, 2),
                       weighted(criterion("1.1", "1", 5, 3), 0.49),
                       weighted(criterion("1.2", "1", 5, 4), 0.5)}) ==
          "framework.csv:3:7: warning: the weights of the sub-criteria of '1' add up to 0.99, not "
          "1; they are "
          "used in proportion to their sum\n");
    CHECK(problems_of({weighted(criterion("1", "", 10, 2), 49.5),
                       weighted(criterion("2", "", 10, 3), 50)}) ==
          "framework.csv:2:7: warning: the weights of the fields add up to 99.5, not 100; they are "
          "used in "
          "proportion to their sum\n");
  }
  SUBCASE("weights adding up to something else, or to exactly 1 or 100, are fine") {
    CHECK(
        problems_of({criterion("1", "", std::nullopt, 2), weighted(criterion("1.1", "1", 5, 3), 1),
                     weighted(criterion("1.2", "1", 5, 4), 2)}) == "");
    CHECK(problems_of({weighted(criterion("1", "", 10, 2), 50),
                       weighted(criterion("2", "", 10, 3), 50)}) == "");
    CHECK(problems_of({criterion("1", "", std::nullopt, 2),
                       weighted(criterion("1.1", "1", 5, 3), 0.1),
                       weighted(criterion("1.2", "1", 5, 4), 0.2),
                       weighted(criterion("1.3", "1", 5, 5), 0.7)}) == "");
  }
  SUBCASE("a plain mean does not check its children's weights' sum") {
    CHECK(problems_of({combined(criterion("1", "", std::nullopt, 2), Combine::kMean),
                       weighted(criterion("1.1", "1", 5, 3), 0.49),
                       weighted(criterion("1.2", "1", 5, 4), 0.5)}) == "");
  }
  SUBCASE("normalise on an inner node") {
    CHECK(problems_of(
              {normalised(criterion("1", "", std::nullopt, 2), 1), criterion("1.1", "1", 5, 3)}) ==
          "framework.csv:2:1: error: criterion '1' has sub-criteria; only leaves can be "
          "normalised\n");
  }
  SUBCASE("equal goalposts") {
    CHECK(problems_of({normalised(criterion("1", "", 10, 2), 1, 5, 5)}) ==
          "framework.csv:2:1: error: goalposts of '1' are equal; the high one must differ from the "
          "low one\n");
  }
  SUBCASE("a weighted inner node may have a maximum of its own; a summed one may not") {
    Diagnostics diagnostics;
    const Framework framework = Framework::build(
        {weighted(criterion("1", "", 10, 2), 1), weighted(criterion("1.1", "1", 4, 3), 1),
         weighted(criterion("1.2", "1", 6, 4), 1), weighted(criterion("2", "", 10, 5), 1),
         weighted(criterion("2.1", "2", 3, 6), 1)},
        diagnostics);
    CHECK(messages(diagnostics) == "");
    CHECK(framework.node(*framework.find("2")).max == 10);
    CHECK(framework.max() == 20);
    CHECK(problems_of({criterion("1", "", 12, 2), criterion("1.1", "1", 4, 3),
                       criterion("1.2", "1", 6, 4)}) ==
          "framework.csv:2:5: error: maximum of '1' is 12 but its sub-criteria add up to 10\n");
    CHECK(problems_of({combined(criterion("1", "", 12, 2), Combine::kSum),
                       weighted(criterion("1.1", "1", 4, 3), 1),
                       weighted(criterion("1.2", "1", 6, 4), 1)}) ==
          "framework.csv:2:5: error: maximum of '1' is 12 but its sub-criteria add up to 10\n");
  }
}

// ---------------------------------------------------------------------------------------------
// Quantile bands

TEST_CASE("methods: percentile_inc interpolates between closest ranks as Excel's PERCENTILE.INC") {
  // Sorted 15, 20, 35, 40, 50: position (5 − 1) × quantile.
  const std::vector<double> values{40, 15, 50, 35, 20};
  CHECK(percentile_inc(values, 0) == 15);
  CHECK(percentile_inc(values, 0.125) == 17.5);  // position 0.5: halfway from 15 to 20
  CHECK(percentile_inc(values, 0.25) == 20);
  CHECK(percentile_inc(values, 0.375) == 27.5);  // position 1.5
  CHECK(percentile_inc(values, 0.5) == 35);
  CHECK(percentile_inc(values, 0.75) == 40);
  CHECK(percentile_inc(values, 0.875) == 45);  // position 3.5
  CHECK(percentile_inc(values, 1) == 50);
  // 1..63: position 62 × 0.75 = 46.5, between 47 and 48; 62 × 0.25 = 15.5, between 16 and 17.
  std::vector<double> sixty_three;
  for (int i = 63; i >= 1; --i) sixty_three.push_back(i);
  CHECK(percentile_inc(sixty_three, 0.75) == 47.5);
  CHECK(percentile_inc(sixty_three, 0.5) == 32);
  CHECK(percentile_inc(sixty_three, 0.25) == 16.5);
  CHECK(percentile_inc({7}, 0.3) == 7);
  CHECK(percentile_inc({}, 0.5) == 0);
}

TEST_CASE("methods: PAPI's quartile groups split 63 provinces 16/16/15/16") {
  std::vector<double> values;
  for (int i = 1; i <= 63; ++i) values.push_back(i);
  const BandScheme bands = papi_bands();

  SUBCASE("through BandScheme::resolved and label") {
    const std::vector<Band> resolved = bands.resolved("", values);
    REQUIRE(resolved.size() == 4);
    CHECK(resolved[0].min == 47.5);
    CHECK(resolved[1].min == 32);
    CHECK(resolved[2].min == 16.5);
    CHECK(resolved[3].min == 1);
    std::vector<int> counts(4, 0);
    for (double value : values) {
      const std::string label = BandScheme::label(resolved, value);
      for (size_t i = 0; i < resolved.size(); ++i) counts[i] += label == resolved[i].label ? 1 : 0;
    }
    CHECK(counts == std::vector<int>{16, 16, 15, 16});
  }
  SUBCASE("through rank_year and summarise, an excluded province not moving the quartiles") {
    std::vector<UnitResult> results;
    std::vector<std::string> names;
    for (int i = 1; i <= 63; ++i) {
      names.push_back("Tỉnh " + std::to_string(100 + i));
      results.push_back(unit_result(i - 1, i, 100));
    }
    names.push_back("Tỉnh loại trừ");
    results.push_back(unit_result(63, 100, 100));
    const LeagueTable table = rank_year(results, names, UnitGroups{}, bands, RankOptions{}, 2023,
                                        {{"Tỉnh loại trừ", 2023}});
    REQUIRE(table.units.size() == 64);
    CHECK(listing(table)[0] == "1 Tỉnh 163 63 'Cao nhất'");
    CHECK(listing(table)[15] == "16 Tỉnh 148 48 'Cao nhất'");
    CHECK(listing(table)[16] == "17 Tỉnh 147 47 'Trung bình cao'");
    CHECK(listing(table)[31] == "32 Tỉnh 132 32 'Trung bình cao'");
    CHECK(listing(table)[32] == "33 Tỉnh 131 31 'Trung bình thấp'");
    CHECK(listing(table)[46] == "47 Tỉnh 117 17 'Trung bình thấp'");
    CHECK(listing(table)[47] == "48 Tỉnh 116 16 'Thấp nhất'");
    CHECK(listing(table)[62] == "63 Tỉnh 101 1 'Thấp nhất'");
    CHECK(listing(table)[63] == "0 Tỉnh loại trừ 100 ''");
    const std::vector<GroupSummary> summary = summarise(table, bands);
    REQUIRE(summary.size() == 1);
    CHECK(summary[0].units == 63);
    CHECK(summary[0].not_ranked == 1);
    CHECK(summary[0].mean == 32);
    CHECK(summary[0].median == 32);
    CHECK(summary[0].bands == std::vector<BandCount>{{"Cao nhất", 16, 2540},
                                                     {"Trung bình cao", 16, 2540},
                                                     {"Trung bình thấp", 15, 2381},
                                                     {"Thấp nhất", 16, 2539}});
  }
}

TEST_CASE("methods: a value exactly on a quantile boundary takes the upper band") {
  const BandScheme bands = papi_bands();
  SUBCASE("boundaries that fall on values") {
    // 10, 20, 30, 40, 50: the quartiles are 40, 30 and 20 exactly.
    const std::vector<Band> resolved = bands.resolved("", {50, 40, 30, 20, 10});
    CHECK(BandScheme::label(resolved, 40) == "Cao nhất");
    CHECK(BandScheme::label(resolved, 39.99) == "Trung bình cao");
    CHECK(BandScheme::label(resolved, 30) == "Trung bình cao");
    CHECK(BandScheme::label(resolved, 20) == "Trung bình thấp");
    CHECK(BandScheme::label(resolved, 10) == "Thấp nhất");
  }
  SUBCASE("tied values on the boundary all go up, leaving a band empty") {
    // 10, 20, 30, 30, 50: the 75th and the 50th percentiles are both 30.
    std::vector<UnitResult> results;
    const std::vector<std::string> names{"A", "B", "C", "D", "E"};
    const std::vector<double> points{10, 20, 30, 30, 50};
    for (size_t i = 0; i < points.size(); ++i)
      results.push_back(unit_result(static_cast<int>(i), points[i], 100));
    const LeagueTable table = rank_year(results, names, UnitGroups{}, bands, RankOptions{}, 2023);
    CHECK(listing(table) ==
          std::vector<std::string>{"1 E 50 'Cao nhất'", "2 C 30 'Cao nhất'", "2 D 30 'Cao nhất'",
                                   "4 B 20 'Trung bình thấp'", "5 A 10 'Thấp nhất'"});
    CHECK(summarise(table, bands)[0].bands == std::vector<BandCount>{{"Cao nhất", 3, 6000},
                                                                     {"Trung bình cao", 0, 0},
                                                                     {"Trung bình thấp", 1, 2000},
                                                                     {"Thấp nhất", 1, 2000}});
  }
}

TEST_CASE("methods: two bands with the same quantile in a group are an error") {
  Diagnostics diagnostics;
  Band other = quantile_band("Khá", 0.5, 4);
  other.group = "Miền núi";
  Band same = quantile_band("Trung bình", 0.5, 5);
  same.group = "Miền núi";
  BandScheme::build({quantile_band("Cao", 0.5, 2), quantile_band("Thấp", 0, 3), other, same,
                     fixed_band("", "Năm mươi", 0.5, 6)},
                    diagnostics);
  CHECK(messages(diagnostics) ==
        "bands.csv:5:1: error: bands 'Khá' and 'Trung bình' have the same quantile 0.5 in group "
        "'Miền núi'\n");
  Diagnostics ungrouped;
  BandScheme::build({quantile_band("Cao", 0.75, 2), quantile_band("Giữa", 0.75, 3)}, ungrouped);
  CHECK(messages(ungrouped) ==
        "bands.csv:3:1: error: bands 'Cao' and 'Giữa' have the same quantile 0.75\n");
}

TEST_CASE("methods: several band sets are kept side by side") {
  // The national A/B/C groups first, then a province's own labels.
  const BandScheme bands =
      scheme({fixed_band("quốc gia", "A", 90, 2), fixed_band("tỉnh", "Xuất sắc", 85, 6),
              fixed_band("quốc gia", "B", 80, 3), fixed_band("quốc gia", "C", 70, 4),
              fixed_band("quốc gia", "Dưới C", 0, 5), fixed_band("tỉnh", "Tốt", 0, 7)});
  CHECK(bands.sets() == std::vector<std::string>{"quốc gia", "tỉnh"});
  CHECK(bands.label("", 88) == "B");
  const std::vector<UnitResult> results{unit_result(0, 92, 100), unit_result(1, 88, 100),
                                        unit_result(2, 75, 100), unit_result(3, 60, 100),
                                        unit_result(4, 99, 100)};
  const std::vector<std::string> names{"Tỉnh A", "Tỉnh B", "Tỉnh C", "Tỉnh D", "Tỉnh E"};
  const LeagueTable table = rank_year(results, names, UnitGroups{}, bands, RankOptions{}, 2023,
                                      {{"Tỉnh E", std::nullopt}});
  CHECK(table.other_band_sets == std::vector<std::string>{"tỉnh"});
  CHECK(table.has_bands);
  CHECK(listing(table) ==
        std::vector<std::string>{"1 Tỉnh A 92 'A' 'Xuất sắc'", "2 Tỉnh B 88 'B' 'Xuất sắc'",
                                 "3 Tỉnh C 75 'C' 'Tốt'", "4 Tỉnh D 60 'Dưới C' 'Tốt'",
                                 "0 Tỉnh E 99 '' ''"});
  CHECK(
      summarise(table, bands)[0].bands ==
      std::vector<BandCount>{{"A", 1, 2500}, {"B", 1, 2500}, {"C", 1, 2500}, {"Dưới C", 1, 2500}});
}

// ---------------------------------------------------------------------------------------------
// Units left out of the ranking

TEST_CASE(
    "methods: excluded units are listed unranked after their group and others' ranks stay "
    "contiguous") {
  // Group "Miền Bắc": A 90, B 85 (excluded in 2023), C 80. Group "Miền Nam": D 95 (excluded in
  // every year), E 70, F 60. A is excluded only in 2022, which changes nothing in 2023.
  UnitGroups groups;
  groups.order = {"Miền Bắc", "Miền Nam"};
  groups.group_of = {{"Tỉnh A", "Miền Bắc"}, {"Tỉnh B", "Miền Bắc"}, {"Tỉnh C", "Miền Bắc"},
                     {"Tỉnh D", "Miền Nam"}, {"Tỉnh E", "Miền Nam"}, {"Tỉnh F", "Miền Nam"}};
  const std::vector<std::string> names{"Tỉnh A", "Tỉnh B", "Tỉnh C", "Tỉnh D", "Tỉnh E", "Tỉnh F"};
  const std::vector<UnitResult> results{unit_result(3, 95, 100), unit_result(0, 90, 100),
                                        unit_result(1, 85, 100), unit_result(2, 80, 100),
                                        unit_result(4, 70, 100), unit_result(5, 60, 100)};
  const BandScheme bands = scheme({fixed_band("", "Tốt", 85, 2), fixed_band("", "Khá", 0, 3)});
  const std::vector<Exclusion> excluded{
      {"Tỉnh B", 2023}, {"Tỉnh D", std::nullopt}, {"Tỉnh A", 2022}};
  LeagueTable table = rank_year(results, names, groups, bands, RankOptions{}, 2023, excluded);

  CHECK(listing(table) == std::vector<std::string>{"1 Tỉnh A 90 'Tốt'", "2 Tỉnh C 80 'Khá'",
                                                   "0 Tỉnh B 85 ''", "1 Tỉnh E 70 'Khá'",
                                                   "2 Tỉnh F 60 'Khá'", "0 Tỉnh D 95 ''"});
  CHECK_FALSE(table.units[2].is_ranked());

  SUBCASE("summarise counts them as not ranked, outside the units, mean and bands") {
    const std::vector<GroupSummary> summary = summarise(table, bands);
    REQUIRE(summary.size() == 2);
    CHECK(summary[0].units == 2);
    CHECK(summary[0].not_ranked == 1);
    CHECK(summary[0].mean == 85);
    CHECK(summary[0].max == 90);
    CHECK(summary[0].bands == std::vector<BandCount>{{"Tốt", 1, 5000}, {"Khá", 1, 5000}});
    CHECK(summary[1].units == 2);
    CHECK(summary[1].not_ranked == 1);
    CHECK(summary[1].mean == 65);
    CHECK(summary[1].max == 70);
    CHECK(summary[1].bands == std::vector<BandCount>{{"Tốt", 0, 0}, {"Khá", 2, 10000}});
  }
  SUBCASE("standings leave them out") {
    std::vector<std::string> ranked;
    for (const PreviousStanding& standing : standings(table)) {
      ranked.push_back(std::to_string(standing.rank) + " " + standing.unit);
    }
    CHECK(ranked == std::vector<std::string>{"1 Tỉnh A", "2 Tỉnh C", "1 Tỉnh E", "2 Tỉnh F"});
  }
  SUBCASE("compare_with gives them no previous rank") {
    std::vector<PreviousStanding> previous;
    for (const char* unit : {"Tỉnh B", "Tỉnh A", "Tỉnh C", "Tỉnh D", "Tỉnh F", "Tỉnh E"}) {
      PreviousStanding standing;
      standing.unit = unit;
      standing.rank = static_cast<int>(previous.size()) + 1;
      standing.index = 50;
      standing.band = "Khá";
      standing.figure = 50;
      previous.push_back(standing);
    }
    compare_with(table, previous);
    CHECK(listing(table) ==
          std::vector<std::string>{"1 Tỉnh A 90 'Tốt' (was 2)", "2 Tỉnh C 80 'Khá' (was 3)",
                                   "0 Tỉnh B 85 ''", "1 Tỉnh E 70 'Khá' (was 6)",
                                   "2 Tỉnh F 60 'Khá' (was 5)", "0 Tỉnh D 95 ''"});
    CHECK_FALSE(table.units[2].previous_index.has_value());
    CHECK_FALSE(table.units[2].previous_figure.has_value());
    CHECK(table.units[2].previous_band == "");
    CHECK_FALSE(table.units[2].rank_change().has_value());
    const std::vector<GroupSummary> summary = summarise(table, bands);
    CHECK(summary[0].climbed == 2);
    CHECK(summary[0].new_units == 0);
    CHECK(summary[1].climbed == 2);
  }
}

// ---------------------------------------------------------------------------------------------
// The headline figure

TEST_CASE(
    "methods: with points as the headline, the figure is the rounded points and bands apply to "
    "it") {
  // On 80 points: 52.125 is an index of 65.15625, 40 one of 50.
  const std::vector<UnitResult> results{unit_result(0, 52.125, 80), unit_result(1, 40, 80)};
  const std::vector<std::string> names{"Tỉnh A", "Tỉnh B"};
  const BandScheme bands =
      scheme({fixed_band("", "Cao", 60, 2), fixed_band("", "Trung bình", 50, 3),
              fixed_band("", "Thấp", 0, 4)});
  SUBCASE("points") {
    RankOptions options;
    options.headline = Headline::kPoints;
    const LeagueTable table = rank_year(results, names, UnitGroups{}, bands, options, 2023);
    CHECK(listing(table) ==
          std::vector<std::string>{"1 Tỉnh A 52.13 'Trung bình'", "2 Tỉnh B 40 'Thấp'"});
    CHECK(table.units[0].index == 65.16);
    const std::vector<GroupSummary> summary = summarise(table, bands);
    CHECK(summary[0].mean == 46.0625);
    CHECK(summary[0].min == 40);
    CHECK(summary[0].max == 52.125);
  }
  SUBCASE("the index, the default") {
    const LeagueTable table = rank_year(results, names, UnitGroups{}, bands, RankOptions{}, 2023);
    CHECK(listing(table) ==
          std::vector<std::string>{"1 Tỉnh A 65.16 'Cao'", "2 Tỉnh B 50 'Trung bình'"});
    CHECK(summarise(table, bands)[0].mean == 57.578125);
  }
  SUBCASE("the score on 100 is the index without a percent sign") {
    RankOptions options;
    options.headline = Headline::kScore;
    const LeagueTable table = rank_year(results, names, UnitGroups{}, bands, options, 2023);
    CHECK(listing(table) ==
          std::vector<std::string>{"1 Tỉnh A 65.16 'Cao'", "2 Tỉnh B 50 'Trung bình'"});
  }
  SUBCASE("quantile bands resolve on the points") {
    RankOptions options;
    options.headline = Headline::kPoints;
    const std::vector<UnitResult> four{unit_result(0, 52.125, 80), unit_result(1, 40, 80),
                                       unit_result(2, 60, 80), unit_result(3, 44, 80)};
    const LeagueTable table = rank_year(four, {"Tỉnh A", "Tỉnh B", "Tỉnh C", "Tỉnh D"},
                                        UnitGroups{}, papi_bands(), options, 2023);
    // Points 40, 44, 52.13, 60: the quartiles are 54.0975, 48.065 and 43 (positions 2.25, 1.5
    // and 0.75).
    CHECK(listing(table) ==
          std::vector<std::string>{"1 Tỉnh C 60 'Cao nhất'", "2 Tỉnh A 52.13 'Trung bình cao'",
                                   "3 Tỉnh D 44 'Trung bình thấp'", "4 Tỉnh B 40 'Thấp nhất'"});
  }
}
