// The reader of scores files, long (unit,year,criterion,score) or wide (unit,year,<leaf ids>…).
// Syntax errors throw InputError; every other problem is added to the Diagnostics given.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "chiso/diagnostic.h"
#include "chiso/framework.h"
#include "chiso/io/read_options.h"
#include "chiso/score_table.h"

namespace chiso {

/// A scores file and, for a file without a year column, the year it holds.
struct ScoresSource {
  std::string path;
  std::optional<int> year;

  friend bool operator==(const ScoresSource&, const ScoresSource&) = default;
};

/// Parses a --scores argument: "FILE", or "YEAR=FILE" for a file without a year column.
ScoresSource parse_scores_source(const std::string& argument);

/// What a scores sheet says besides the scores: the units' groups (a group column) and the
/// totals it states (a total column of a wide sheet), checked once every file is read.
struct SheetFacts {
  struct Group {
    int unit = 0;       // of the table, whose spelling may change with a later year
    std::string group;  // as typed, normalised
    Location where;
  };
  struct Total {
    int row = 0;  // of the table
    double stated = 0;
    std::string text;         // as the cell shows it
    int decimals = 0;         // decimals the cell shows
    char decimal_mark = '.';  // the file's: ',' in a `;` or tab separated file
    Location where;
  };
  std::vector<Group> groups;
  std::vector<Total> totals;
  std::string group_file;  // the first file that had a group column
};

/// Adds the scores of a long (`unit,year,criterion,score`) or wide (`unit,year,<leaf ids>…`)
/// file to `table`; with `facts`, also what the sheet says of groups and totals (ignored
/// without).
void read_scores(const ScoresSource& source, const Framework& framework, ScoreTable& table,
                 const ReadOptions& options, Diagnostics& diagnostics, SheetFacts* facts = nullptr);

/// Warns at each total cell of `totals` that differs from the unit's points as chiso adds them
/// up (the root's points: a plain sum, or the weighted combination the framework asks for) by
/// more than half a unit of the cell's last decimal (42.68: 0.005; 43: 0.5).
void check_totals(const Framework& framework, const ScoreTable& table,
                  const std::vector<SheetFacts::Total>& totals, Diagnostics& diagnostics);

}  // namespace chiso
