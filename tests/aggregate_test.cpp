// Tests of aggregate: points, applicable maximum and index per unit, and the checks on scores.
#include "chiso/aggregate.h"

#include <doctest/doctest.h>

#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "printers.h"

namespace chiso {

// Failure messages print whole values. `static`: printers of this file's types; shared ones are in
// printers.h.
static std::ostream& operator<<(std::ostream& out, const Subtotal& subtotal) {
  return out << subtotal.points << '/' << subtotal.max;
}

static std::ostream& operator<<(std::ostream& out, const UnitResult& result) {
  out << "{unit " << result.unit << ", " << result.year << ", total " << result.total << ", fields";
  for (const Subtotal& field : result.fields) out << ' ' << field;
  return out << '}';
}

}  // namespace chiso

using namespace chiso;

namespace {

// A framework.csv row on `line`, located at column 1 of that line.
CriterionRow row(std::string id, std::string parent, std::optional<double> max, int line) {
  CriterionRow result;
  result.id = std::move(id);
  result.parent = std::move(parent);
  result.max = max;
  result.where = result.parent_where = result.max_where =
      result.weight_where = {"framework.csv", line, 1};
  return result;
}

Location line_of(const char* file, int line) { return {file, line, 1}; }

}  // namespace

TEST_CASE("aggregate: points and applicable maximum are summed per field and in total") {
  // Field 1: leaves 1.1 (4) and 1.2 (6); field 2: leaf 2.1 (10). Full maximum 20.
  Diagnostics diagnostics;
  Framework framework =
      Framework::build({row("1", "", std::nullopt, 2), row("1.1", "1", 4, 3), row("1.2", "1", 6, 4),
                        row("2", "", std::nullopt, 5), row("2.1", "2", 10, 6)},
                       diagnostics);
  REQUIRE(diagnostics.all().empty());
  ScoreTable scores(3);

  SUBCASE("a fully scored unit") {
    int row_index = scores.row(scores.intern_unit("Sở Tư pháp"), 2023, line_of("scores.csv", 2));
    scores.set_points(row_index, 0, 3.5);
    scores.set_points(row_index, 1, 5);
    scores.set_points(row_index, 2, 8);
    CHECK(aggregate(framework, scores, 2023) ==
          std::vector<UnitResult>{{0, 2023, {16.5, 20}, {{8.5, 10}, {8, 10}}}});
  }
  SUBCASE("an n/a criterion leaves the applicable maximum") {
    int row_index = scores.row(scores.intern_unit("Ban Dân tộc"), 2023, line_of("scores.csv", 2));
    scores.set_not_applicable(row_index, 0);
    scores.set_points(row_index, 1, 6);
    scores.set_points(row_index, 2, 7);
    CHECK(aggregate(framework, scores, 2023) ==
          std::vector<UnitResult>{{0, 2023, {13, 16}, {{6, 6}, {7, 10}}}});
  }
  SUBCASE("a field whose every criterion is n/a has nothing applicable") {
    int row_index = scores.row(scores.intern_unit("Ban Dân tộc"), 2023, line_of("scores.csv", 2));
    scores.set_not_applicable(row_index, 0);
    scores.set_not_applicable(row_index, 1);
    scores.set_points(row_index, 2, 7);
    CHECK(aggregate(framework, scores, 2023) ==
          std::vector<UnitResult>{{0, 2023, {7, 10}, {{0, 0}, {7, 10}}}});
  }
  SUBCASE("a missing cell counts 0 points against the full maximum") {
    int row_index = scores.row(scores.intern_unit("Sở Y tế"), 2023, line_of("scores.csv", 2));
    scores.set_points(row_index, 2, 9);
    CHECK(aggregate(framework, scores, 2023) ==
          std::vector<UnitResult>{{0, 2023, {9, 20}, {{0, 10}, {9, 10}}}});
  }
  SUBCASE("only the requested year is aggregated, one result per unit scored in it") {
    int tu_phap = scores.intern_unit("Sở Tư pháp");
    int y_te = scores.intern_unit("Sở Y tế");
    scores.set_points(scores.row(tu_phap, 2022, line_of("scores-2022.csv", 2)), 0, 1);
    scores.set_points(scores.row(tu_phap, 2023, line_of("scores-2023.csv", 2)), 0, 2);
    scores.set_points(scores.row(y_te, 2023, line_of("scores-2023.csv", 3)), 2, 10);
    CHECK(aggregate(framework, scores, 2023) ==
          std::vector<UnitResult>{{0, 2023, {2, 20}, {{2, 10}, {0, 10}}},
                                  {1, 2023, {10, 20}, {{0, 10}, {10, 10}}}});
    CHECK(aggregate(framework, scores, 2022) ==
          std::vector<UnitResult>{{0, 2022, {1, 20}, {{1, 10}, {0, 10}}}});
    CHECK(aggregate(framework, scores, 2021).empty());
  }
}

TEST_CASE("aggregate: the index is points over applicable maximum in percent") {
  CHECK(Subtotal{16.5, 20}.index() == 82.5);
  CHECK(Subtotal{20, 20}.index() == 100);
  CHECK(Subtotal{0, 20}.index() == 0);
  CHECK(Subtotal{68.32, 84}.index() == doctest::Approx(81.333333333333).epsilon(1e-12));
  SUBCASE("nothing applicable gives 0, not a division by zero") {
    CHECK(Subtotal{0, 0}.index() == 0);
  }
}

TEST_CASE("aggregate: check_scores reports unusable and doubtful scores verbatim") {
  Diagnostics diagnostics;
  Framework framework =
      Framework::build({row("1", "", std::nullopt, 2), row("1.1", "1", 4, 3), row("1.2", "1", 6, 4),
                        row("2", "", std::nullopt, 5), row("2.1", "2", 10, 6)},
                       diagnostics);
  REQUIRE(diagnostics.all().empty());
  ScoreTable scores(3);
  int full = scores.row(scores.intern_unit("Sở Tư pháp"), 2023, line_of("scores.csv", 2));
  scores.set_points(full, 0, 4);
  scores.set_points(full, 1, 6);
  scores.set_points(full, 2, 10);

  SUBCASE("complete scores raise nothing") {
    check_scores(framework, scores, diagnostics);
    CHECK(diagnostics.all().empty());
  }
  SUBCASE("a unit whose every criterion is n/a cannot be ranked") {
    int row_index = scores.row(scores.intern_unit("Ban Dân tộc"), 2023, line_of("scores.csv", 5));
    for (int leaf = 0; leaf < 3; ++leaf) scores.set_not_applicable(row_index, leaf);
    check_scores(framework, scores, diagnostics);
    CHECK(diagnostics.all() ==
          std::vector<Diagnostic>{
              {line_of("scores.csv", 5), Severity::kError,
               "every criterion of unit 'Ban Dân tộc' is 'n/a' in 2023; it cannot be ranked"}});
  }
  SUBCASE("missing scores are an error listing the criteria, by default") {
    int y_te = scores.row(scores.intern_unit("Sở Y tế"), 2023, line_of("scores.csv", 6));
    scores.set_points(y_te, 2, 7);
    check_scores(framework, scores, diagnostics);
    CHECK(diagnostics.all() ==
          std::vector<Diagnostic>{
              {line_of("scores.csv", 6), Severity::kError,
               "unit 'Sở Y tế' has no score for 2 criteria in 2023 ('1.1', '1.2'); give "
               "every score ('n/a' where a criterion does not apply), or --missing zero to "
               "count it as 0 points"}});
  }
  SUBCASE("a leaf nobody was scored on is an error at the criterion, by default") {
    ScoreTable partial(3);
    int tu_phap = partial.row(partial.intern_unit("Sở Tư pháp"), 2023, line_of("scores.csv", 2));
    partial.set_points(tu_phap, 0, 4);
    partial.set_points(tu_phap, 2, 10);
    check_scores(framework, partial, diagnostics);
    CHECK(diagnostics.all() ==
          std::vector<Diagnostic>{
              {line_of("framework.csv", 4), Severity::kError,
               "nobody was scored on criterion '1.2' in 2023; give its scores, or --missing "
               "zero to count it as 0 points for every unit"}});
  }
  SUBCASE("missing scores counted as zero are a warning listing the criteria") {
    int y_te = scores.row(scores.intern_unit("Sở Y tế"), 2023, line_of("scores.csv", 6));
    scores.set_points(y_te, 2, 7);
    int xay_dung = scores.row(scores.intern_unit("Sở Xây dựng"), 2023, line_of("scores.csv", 9));
    scores.set_points(xay_dung, 0, 3);
    scores.set_not_applicable(xay_dung, 1);
    check_scores(framework, scores, diagnostics, MissingScores::kZero);
    CHECK(diagnostics.all() ==
          std::vector<Diagnostic>{{line_of("scores.csv", 6), Severity::kWarning,
                                   "unit 'Sở Y tế' has no score for 2 criteria in 2023 ('1.1', "
                                   "'1.2'); counted as 0 points"},
                                  {line_of("scores.csv", 9), Severity::kWarning,
                                   "unit 'Sở Xây dựng' has no score for 1 criterion in 2023 "
                                   "('2.1'); counted as 0 points"}});
  }
  SUBCASE("a leaf nobody was scored on is one warning at the criterion, not one per unit") {
    ScoreTable partial(3);
    int tu_phap = partial.row(partial.intern_unit("Sở Tư pháp"), 2023, line_of("scores.csv", 2));
    partial.set_points(tu_phap, 0, 4);
    partial.set_points(tu_phap, 2, 10);
    int y_te = partial.row(partial.intern_unit("Sở Y tế"), 2023, line_of("scores.csv", 3));
    partial.set_points(y_te, 0, 2);
    partial.set_points(y_te, 2, 9);
    check_scores(framework, partial, diagnostics, MissingScores::kZero);
    CHECK(diagnostics.all() ==
          std::vector<Diagnostic>{
              {line_of("framework.csv", 4), Severity::kWarning,
               "nobody was scored on criterion '1.2' in 2023; it counts as 0 points for "
               "every unit"}});
  }
  SUBCASE("scoring is checked per year") {
    int earlier = scores.row(0, 2022, line_of("scores-2022.csv", 2));
    scores.set_points(earlier, 0, 4);
    scores.set_points(earlier, 1, 6);
    check_scores(framework, scores, diagnostics, MissingScores::kZero);
    CHECK(diagnostics.all() ==
          std::vector<Diagnostic>{
              {line_of("framework.csv", 6), Severity::kWarning,
               "nobody was scored on criterion '2.1' in 2022; it counts as 0 points for "
               "every unit"}});
  }
}

TEST_CASE("aggregate: check_scores lists at most five missing criteria") {
  Diagnostics diagnostics;
  std::vector<CriterionRow> rows{row("1", "", std::nullopt, 2)};
  for (int i = 1; i <= 7; ++i) rows.push_back(row("1." + std::to_string(i), "1", 1, 2 + i));
  Framework framework = Framework::build(rows, diagnostics);
  REQUIRE(diagnostics.all().empty());
  ScoreTable scores(7);
  int full = scores.row(scores.intern_unit("Sở Tư pháp"), 2024, line_of("scores.csv", 2));
  for (int leaf = 0; leaf < 7; ++leaf) scores.set_points(full, leaf, 1);
  int sparse = scores.row(scores.intern_unit("Sở Y tế"), 2024, line_of("scores.csv", 3));
  scores.set_points(sparse, 3, 1);
  check_scores(framework, scores, diagnostics, MissingScores::kZero);
  CHECK(diagnostics.all() ==
        std::vector<Diagnostic>{
            {line_of("scores.csv", 3), Severity::kWarning,
             "unit 'Sở Y tế' has no score for 6 criteria in 2024 ('1.1', '1.2', '1.3', "
             "'1.5', '1.6', …); counted as 0 points"}});
}
