#include "io/score_cell.h"

#include <charconv>
#include <optional>

#include "chiso/io/number.h"
#include "chiso/io/text.h"
#include "chiso/message.h"

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
  switch (meaning) {
    case CellMeaning::kEmpty:
      return tr(
          "score of criterion '{}' is empty; write 0, or 'n/a' if the criterion does not "
          "apply",
          criterion.id);
    case CellMeaning::kLooksNotApplicable:
      return tr(
          "score '{}' is not a number; write 'n/a' if the criterion does not apply, or pass "
          "--not-applicable '{}' to read it so",
          text, trim(text));
    case CellMeaning::kNegative:
      return tr("score '{}' is negative; scores are points achieved, from 0", text);
    case CellMeaning::kAboveMaximum: {
      char max_text[32];
      char* end = std::to_chars(max_text, max_text + sizeof max_text, criterion.max).ptr;
      return tr("score '{}' is above the maximum {} of criterion '{}'", text,
                std::string_view(max_text, static_cast<size_t>(end - max_text)), criterion.id);
    }
    case CellMeaning::kNotANumber:
    case CellMeaning::kPoints:
    case CellMeaning::kNotApplicable:
      break;
  }
  std::string why;
  parse_number(text, dialect.comma_file, quoted, why, dialect.no_thousands);
  return tr("score '{}' {}", text, why);
}

}  // namespace chiso
