// The reader of scores files, long (unit,year,criterion,score) or wide (unit,year,<leaf ids>…).
// Syntax errors throw InputError; every other problem is added to the Diagnostics given.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "chiso/diagnostic.h"
#include "chiso/framework.h"
#include "chiso/io/read_options.h"
#include "chiso/io/sheet_facts.h"
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

/// Adds the scores of a long (`unit,year,criterion,score`) or wide (`unit,year,<leaf ids>…`)
/// file to `table`; with `facts`, also what the sheet says of groups and totals (ignored
/// without).
void read_scores(const ScoresSource& source, const Framework& framework, ScoreTable& table,
                 const ReadOptions& options, Diagnostics& diagnostics, SheetFacts* facts = nullptr);

}  // namespace chiso
