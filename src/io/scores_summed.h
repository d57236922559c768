// The summing path of the scores reader, private to io: a wide file added up as it is read,
// its cells never kept. The commands see it only as Inputs::scored_years().
#pragma once

#include <optional>
#include <vector>

#include "chiso/aggregate.h"
#include "chiso/io/scores_reader.h"
#include "chiso/score_table.h"

namespace chiso {

/// Each unit-year's total and field subtotals, added up as its scores were read.
struct RowSums {
  size_t fields = 0;  // the framework's fields
  /// Per row of the table, in its order: the total, then each field's; in the pieces the
  /// reader's threads made (the rows from first_rows[k] on are in pieces[k]).
  std::vector<std::vector<Subtotal>> pieces;
  std::vector<size_t> first_rows;

  /// The result of row `row` of `table`, without node subtotals, and without field subtotals
  /// unless `with_fields`.
  UnitResult result(const ScoreTable& table, int row, bool with_fields) const;
};

/// A scores file's unit-years and their sums, added up as the file was read.
struct SummedScores {
  ScoreTable table{0};  // its units and rows (where each was first given), without cells
  RowSums sums;
};

/// Reads a scores file adding each unit-year up as its line is read (RowAggregator), without
/// keeping its cells: a national wide file's 10 million cells take 80 MB, its results 20.
/// Only for a wide file with a column for every leaf criterion, a framework without normalised
/// leaves, and a file that has no problem for read_scores or check_scores to report; returns
/// nothing otherwise, and read_scores then reads the file and reports the problems.
std::optional<SummedScores> read_scores_summed(const ScoresSource& source,
                                               const Framework& framework,
                                               const ReadOptions& options,
                                               Diagnostics& diagnostics);

}  // namespace chiso
