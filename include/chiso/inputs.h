// Readers of chiso's input files: framework, scores, units, bands and a previous ranking.
// Syntax errors throw InputError; every other problem is added to the Diagnostics given, so
// that one run can report them all.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "chiso/aggregate.h"
#include "chiso/band.h"
#include "chiso/diagnostic.h"
#include "chiso/framework.h"
#include "chiso/league.h"
#include "chiso/score_table.h"

namespace chiso {

/// How input files are read.
struct ReadOptions {
  char delimiter = 0;  // 0: detect `,` `;` or tab from each file's header line
  std::vector<std::string> not_applicable;  // more spellings of 'n/a' in scores (--not-applicable)
  bool no_thousands = false;  // --no-thousands: "1.234" in a `;` file is 1.234, not refused
};

/// A scores file and, for a file without a year column, the year it holds.
struct ScoresSource {
  std::string path;
  std::optional<int> year;

  friend bool operator==(const ScoresSource&, const ScoresSource&) = default;
};

/// Parses a --scores argument: "FILE", or "YEAR=FILE" for a file without a year column.
ScoresSource parse_scores_source(const std::string& argument);

/// Reads a framework file (`id,parent,name,max[,owner]`) and builds the tree.
Framework read_framework(const std::string& path, const ReadOptions& options, Diagnostics& diagnostics);

/// Adds the scores of a long (`unit,year,criterion,score`) or wide (`unit,year,<leaf ids>…`)
/// file to `table`.
void read_scores(const ScoresSource& source, const Framework& framework, ScoreTable& table,
                 const ReadOptions& options, Diagnostics& diagnostics);

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
std::optional<SummedScores> read_scores_summed(const ScoresSource& source, const Framework& framework,
                                               const ReadOptions& options, Diagnostics& diagnostics);

/// Reads a units file (`unit,group`).
UnitGroups read_units(const std::string& path, const ReadOptions& options, Diagnostics& diagnostics);

/// Reads a bands file (`[set,]group,label,min` or `quantile` instead of `min`).
BandScheme read_bands(const std::string& path, const ReadOptions& options, Diagnostics& diagnostics);

/// Reads the units left out of the ranking (`unit[,year]`; no year = every year).
std::vector<Exclusion> read_exclusions(const std::string& path, const ReadOptions& options,
                                       Diagnostics& diagnostics);

/// Reads the renamed and merged units (`old,new[,year]`; several old names for one new name
/// make a merger; no year = every comparison).
std::vector<Rename> read_renames(const std::string& path, const ReadOptions& options,
                                 Diagnostics& diagnostics);

/// Reads an earlier ranking: chiso's ranking.csv or a published table with at least
/// `unit,rank` and optionally `year,group,index,band`.
std::vector<PreviousRow> read_previous(const std::string& path, const ReadOptions& options,
                                       Diagnostics& diagnostics);

}  // namespace chiso
