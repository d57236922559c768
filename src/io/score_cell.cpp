#include "io/score_cell.h"

#include <charconv>
#include <optional>

#include "chiso/io/number.h"
#include "chiso/io/text.h"

namespace chiso {

ScoreCell read_score_cell(std::string_view text, bool quoted, const CellBounds& bounds,
                          const CellDialect& dialect) {
  if (is_not_applicable(text)) return {CellMeaning::kNotApplicable};
  std::string why;
  const std::optional<double> number =
      parse_number(text, dialect.comma_file, quoted, why, dialect.no_thousands);
  if (number) return {bounds.meaning_of(*number), *number};
  if (dialect.not_applicable != nullptr && is_spelt_not_applicable(text, *dialect.not_applicable)) {
    return {CellMeaning::kNotApplicable};
  }
  if (text.empty()) return {CellMeaning::kEmpty};
  if (looks_not_applicable(text)) return {CellMeaning::kLooksNotApplicable};
  return {CellMeaning::kNotANumber};
}

std::string score_cell_problem(CellMeaning meaning, std::string_view text, bool quoted,
                               const Criterion& criterion, const CellDialect& dialect) {
  const std::string score = "score '" + std::string(text) + "' ";
  switch (meaning) {
    case CellMeaning::kEmpty:
      return "score of criterion '" + criterion.id +
             "' is empty; write 0, or 'n/a' if the criterion does not apply";
    case CellMeaning::kLooksNotApplicable:
      return score +
             "is not a number; write 'n/a' if the criterion does not apply, or pass "
             "--not-applicable '" +
             std::string(trim(text)) + "' to read it so";
    case CellMeaning::kNegative:
      return score + "is negative; scores are points achieved, from 0";
    case CellMeaning::kAboveMaximum: {
      char max_text[32];
      char* end = std::to_chars(max_text, max_text + sizeof max_text, criterion.max).ptr;
      return score + "is above the maximum " + std::string(max_text, end) + " of criterion '" +
             criterion.id + "'";
    }
    case CellMeaning::kNotANumber:
    case CellMeaning::kPoints:
    case CellMeaning::kNotApplicable:
      break;
  }
  std::string why;
  parse_number(text, dialect.comma_file, quoted, why, dialect.no_thousands);
  return score + why;
}

}  // namespace chiso
