// Tests of what a score cell's text means (io/score_cell.h), the rule both scores readers
// follow, and of the messages the general reader reports for it.
#include "io/score_cell.h"

#include <doctest/doctest.h>

#include <cmath>
#include <limits>
#include <ostream>

using namespace chiso;

namespace chiso {

std::ostream& operator<<(std::ostream& out, CellMeaning meaning) {
  static const char* const kNames[] = {"points",       "not applicable", "empty",
                                       "not a number", "looks n/a",      "negative",
                                       "above maximum"};
  return out << kNames[static_cast<int>(meaning)];
}

}  // namespace chiso

namespace {

Criterion points_criterion(double max) {
  Criterion criterion;
  criterion.id = "1.2";
  criterion.max = max;
  return criterion;
}

Criterion raw_criterion() {
  Criterion criterion = points_criterion(5);
  criterion.id = "7.3";
  criterion.normalise = Normalise::kMinMax;
  return criterion;
}

}  // namespace

TEST_CASE("score cell: a criterion's bounds are 0 to its maximum, or any number when normalised") {
  const CellBounds points = cell_bounds(points_criterion(3.5));
  CHECK(points.from_zero);
  CHECK(points.meaning_of(0) == CellMeaning::kPoints);
  CHECK(points.meaning_of(3.5) == CellMeaning::kPoints);
  CHECK(points.meaning_of(3.5 * (1 + 1e-13)) == CellMeaning::kPoints);  // within the tolerance
  CHECK(points.meaning_of(3.5 * (1 + 1e-11)) == CellMeaning::kAboveMaximum);
  CHECK(points.meaning_of(3.51) == CellMeaning::kAboveMaximum);
  CHECK(points.meaning_of(-0.01) == CellMeaning::kNegative);
  CHECK(points.meaning_of(-0.0) == CellMeaning::kPoints);

  const CellBounds raw = cell_bounds(raw_criterion());
  CHECK_FALSE(raw.from_zero);
  CHECK(raw.limit == std::numeric_limits<double>::infinity());
  CHECK(raw.meaning_of(-250) == CellMeaning::kPoints);
  CHECK(raw.meaning_of(1e300) == CellMeaning::kPoints);
}

TEST_CASE("score cell: numbers, n/a and its spellings, empty cells and the problems") {
  const CellBounds bounds = cell_bounds(points_criterion(3.5));
  const CellDialect comma_separated;
  auto meaning = [&](std::string_view text, const CellDialect& dialect = {}, bool quoted = false) {
    return read_score_cell(text, quoted, bounds, dialect).meaning;
  };

  SUBCASE("a number within the bounds is its points, read as parse_number reads it") {
    CHECK(read_score_cell("2.75", false, bounds, comma_separated).points == 2.75);
    CHECK(read_score_cell(" 3 ", false, bounds, comma_separated).points == 3);
    CHECK(read_score_cell("+1.5", false, bounds, comma_separated).points == 1.5);
    CHECK(read_score_cell("2,5", false, bounds, CellDialect{true}).points == 2.5);
    CHECK(read_score_cell("2,5", true, bounds, comma_separated).points == 2.5);  // quoted
    CHECK(meaning("3.5") == CellMeaning::kPoints);
  }
  SUBCASE("n/a in any case, spaces around ignored, and the spellings given") {
    CHECK(meaning("n/a") == CellMeaning::kNotApplicable);
    CHECK(meaning(" N/A ") == CellMeaning::kNotApplicable);
    const std::vector<std::string> spellings = {"KĐG"};
    const CellDialect spelt{false, false, &spellings};
    CHECK(meaning("kđg", spelt) == CellMeaning::kNotApplicable);
    CHECK(meaning("KDG", spelt) == CellMeaning::kNotApplicable);
    CHECK(meaning("x", spelt) == CellMeaning::kLooksNotApplicable);
  }
  SUBCASE("a clerk's way of writing n/a is refused unless given") {
    CHECK(meaning("-") == CellMeaning::kLooksNotApplicable);
    CHECK(meaning("Không áp dụng") == CellMeaning::kLooksNotApplicable);
  }
  SUBCASE("nothing at all is empty; spaces are not a number") {
    CHECK(meaning("") == CellMeaning::kEmpty);
    CHECK(meaning("  ") == CellMeaning::kNotANumber);
  }
  SUBCASE("out of bounds") {
    const ScoreCell negative = read_score_cell("-1", false, bounds, comma_separated);
    CHECK(negative.meaning == CellMeaning::kNegative);
    CHECK(negative.points == -1);
    CHECK(meaning("3.75") == CellMeaning::kAboveMaximum);
    CHECK(read_score_cell("-1", false, cell_bounds(raw_criterion()), comma_separated).meaning ==
          CellMeaning::kPoints);
  }
  SUBCASE("a mark that may group thousands is refused unless --no-thousands") {
    CHECK(meaning("1.234", CellDialect{true}) == CellMeaning::kNotANumber);
    CHECK(meaning("1.234", CellDialect{true, true}) == CellMeaning::kPoints);
    CHECK(meaning("1,234", {}, true) == CellMeaning::kNotANumber);
    CHECK(meaning("1,234", CellDialect{false, true}, true) == CellMeaning::kPoints);
  }
  SUBCASE("not a number") {
    CHECK(meaning("abc") == CellMeaning::kNotANumber);
    CHECK(meaning("2,5") == CellMeaning::kNotANumber);  // unquoted in a comma-separated file
    CHECK(meaning("inf") == CellMeaning::kNotANumber);
    CHECK(meaning("nan") == CellMeaning::kNotANumber);
  }
}

TEST_CASE("score cell: each problem's message, word for word") {
  const Criterion criterion = points_criterion(3.5);
  auto problem = [&](std::string_view text, const CellDialect& dialect = {}, bool quoted = false) {
    const ScoreCell cell = read_score_cell(text, quoted, cell_bounds(criterion), dialect);
    return score_cell_problem(cell.meaning, text, quoted, criterion, dialect);
  };
  CHECK(problem("") ==
        "score of criterion '1.2' is empty; write 0, or 'n/a' if the criterion does not apply");
  CHECK(problem(" - ") ==
        "score ' - ' is not a number; write 'n/a' if the criterion does not apply, or pass "
        "--not-applicable '-' to read it so");
  CHECK(problem("-1") == "score '-1' is negative; scores are points achieved, from 0");
  CHECK(problem("3.75") == "score '3.75' is above the maximum 3.5 of criterion '1.2'");
  CHECK(problem("abc") == "score 'abc' is not a number");
  CHECK(problem("1 234") ==
        "score '1 234' has a space inside; write the number without a thousands separator");
  CHECK(problem("1.234", CellDialect{true}) ==
        "score '1.234' has a '.' before three digits, which may be a thousands separator in a "
        "file with decimal commas; write '1234' for the whole number, or '1,234' for a decimal, "
        "or give --no-thousands if the files never group thousands");
}
