// What the header of a scores file says about its rows, shared by the general reader
// (scores_reader.cpp) and the fast path for large files (scores_fast.cpp).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "chiso/io/csv_reader.h"
#include "chiso/io/read_options.h"
#include "chiso/io/scores_reader.h"
#include "io/columns.h"
#include "io/scores_summed.h"

namespace chiso {

/// The loose key (see loose_key) of each node's name and aliases, to its node index.
using CriterionNames = std::unordered_map<std::string, int>;
CriterionNames criterion_names(const Framework& framework);

/// The node a scores file means by `text`: its id or, failing that, its name or an alias in
/// any case and with or without diacritics ("Tính minh bạch", "transparency").
std::optional<int> criterion_named(const Framework& framework, const CriterionNames& names,
                                   std::string_view text);

/// The columns of a scores file: long (unit, year, criterion, score) or wide (unit, year and
/// one column per leaf criterion).
struct ScoresLayout {
  bool is_long = false;
  size_t width = 0;  // fields in the header, which every record must have
  int unit_column = -1;
  int year_column = -1;       // -1: the year comes from YEAR=FILE
  int criterion_column = -1;  // long layout
  int score_column = -1;      // long layout
  std::vector<int> leaf_of;   // wide layout: leaf position of each column, -1 for the others
  int group_column = -1;      // the units' groups (SheetFacts)
  int total_column = -1;      // wide layout: the total the sheet states for each unit
  /// Whether the header is a plain row of columns chiso reads (no column ignored, no group or
  /// total): the only layout the fast path reads (it reads the header from the first line).
  bool plain = true;
};

/// The columns a scores file may have besides its criteria, with the headers --column gives
/// them in `options`: unit, year, group and, for the long layout, criterion and score.
std::vector<ColumnSpec> scores_columns(const ReadOptions& options);

/// Reads the layout from `header`, reporting missing columns, a column that is no leaf
/// criterion, and a file without a year column nor YEAR=. Ignores (and marks the layout not
/// plain) an STT or empty column and, in the wide layout, a rank, index or band column that
/// names no criterion. Throws ReadUsageError for a --column WHAT that is neither a kind of
/// column nor a criterion of `framework`.
ScoresLayout scores_layout(const CsvRecord& header, const ScoresSource& source,
                           const Framework& framework, const CriterionNames& names,
                           Diagnostics& diagnostics, const ReadOptions& options = {});

/// How the fast path splits a file.
struct FastReadOptions {
  int parts = 0;                // threads reading a part each; 0: both cores for a large file
  bool detect_encoding = true;  // decline for legacy look-alikes or '?' lost letters in names
};

/// Reads a scores file that has no problem at all, several parts at once, and adds its rows to
/// `table` exactly as the general reader would. Returns false, leaving `table` and `diagnostics`
/// untouched, for anything it does not handle or any problem (a quoted line break, a bad value,
/// a repeated score, …): the general reader then reads the file and reports each problem.
bool read_scores_fast(const ScoresSource& source, const Framework& framework,
                      const CriterionNames& names, char delimiter, ScoreTable& table,
                      Diagnostics& diagnostics, FastReadOptions options = {});

/// read_scores_summed's fast path (see there), taking its options as read_scores_fast does.
std::optional<SummedScores> read_summed_fast(const ScoresSource& source, const Framework& framework,
                                             const CriterionNames& names, char delimiter,
                                             Diagnostics& diagnostics,
                                             FastReadOptions options = {});

/// The general reader: every file, every problem reported at its place; with `facts`, what
/// the sheet says of groups and totals.
void read_scores_general(const ScoresSource& source, const Framework& framework,
                         const CriterionNames& names, ScoreTable& table, const ReadOptions& options,
                         Diagnostics& diagnostics, SheetFacts* facts = nullptr);

}  // namespace chiso
