// What the text of one score cell means: points within the criterion's range, not applicable,
// or the problem with it. Both scores readers decide by it: the general reader
// (scores_reader.cpp) stores the cell or reports the problem with score_cell_problem, the fast
// path (scores_part.cpp) stores the cell or declines the file.
#pragma once

#include <cstdint>
#include <limits>
#include <string>
#include <string_view>
#include <vector>

#include "chiso/framework.h"

namespace chiso {

/// What a score cell says.
enum class CellMeaning : std::uint8_t {
  kPoints,              // a number within the criterion's range
  kNotApplicable,       // "n/a", or a spelling given to --not-applicable
  kEmpty,               // nothing at all
  kNotANumber,          // refused by parse_number, which says why
  kLooksNotApplicable,  // a clerk's "does not apply" ("-", "KĐG", …) not given to --not-applicable
  kNegative,            // below 0 on a criterion that holds points
  kAboveMaximum,        // above the criterion's maximum
};

/// A score cell read: its meaning, and its number when it has one (kPoints, kNegative,
/// kAboveMaximum).
struct ScoreCell {
  CellMeaning meaning = CellMeaning::kEmpty;
  double points = 0;
};

/// The numbers a criterion's cells may hold.
struct CellBounds {
  double limit = 0;  // the largest: the maximum and a margin for rounding; +inf for a raw indicator
  bool from_zero = true;  // no number below 0 (points); false for a raw indicator (days, a share)

  /// kPoints when `number` is within the bounds, else kNegative or kAboveMaximum.
  CellMeaning meaning_of(double number) const {
    if (from_zero && number < 0) return CellMeaning::kNegative;
    if (number > limit) return CellMeaning::kAboveMaximum;
    return CellMeaning::kPoints;
  }
};

/// The bounds of `criterion`'s cells: from 0 to its maximum for points, any number for a
/// normalised leaf's raw indicator.
inline CellBounds cell_bounds(const Criterion& criterion) {
  // A raw indicator (days, a share, a count) may be any number.
  if (criterion.normalise != Normalise::kNone)
    return {std::numeric_limits<double>::infinity(), false};
  // A relative tolerance of 1e-12, far below any score's precision (as in rank.cpp).
  return {criterion.max * (1 + 1e-12), true};
}

/// How a file writes its numbers and its "does not apply".
struct CellDialect {
  bool comma_file = false;    // the decimal mark is a comma (a `;` or tab separated file)
  bool no_thousands = false;  // --no-thousands: a mark before three digits is a decimal mark
  const std::vector<std::string>* not_applicable = nullptr;  // --not-applicable spellings, if any
};

/// What `text`, a cell `quoted` or not in a file of `dialect`, says for a criterion of
/// `bounds`. Allocates nothing for a number of up to 15 characters or "n/a". A reader may read
/// a plain number itself (plain_number.h, which reads it as parse_number does; not one with a
/// point in a file with decimal commas, where it may group thousands) and judge it with
/// CellBounds::meaning_of.
ScoreCell read_score_cell(std::string_view text, bool quoted, const CellBounds& bounds,
                          const CellDialect& dialect);

/// The message for a cell that `meaning` refuses (any but kPoints and kNotApplicable), as the
/// general reader reports it at the cell: "score '-1' is negative; …".
std::string score_cell_problem(CellMeaning meaning, std::string_view text, bool quoted,
                               const Criterion& criterion, const CellDialect& dialect);

}  // namespace chiso
