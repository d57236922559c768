// Ranking files on the command line of chiso compare and chiso history: chiso's ranking.csv
// or a published table, given as FILE or as YEAR=FILE for a table without a year column.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "chiso/compare.h"
#include "chiso/diagnostic.h"
#include "chiso/io/read_options.h"

namespace chiso {

/// One ranking file read: its years, ascending (one entry with no year for a file without a year
/// column and without YEAR=). Problems are added to `diagnostics`; a file that cannot be read
/// gives no years.
struct RankingFile {
  std::string path;
  bool has_year_column = false;
  std::vector<YearStandings> years;
};

/// Reads "FILE" or "YEAR=FILE". With YEAR= a file without a year column holds that year; a file
/// with one keeps only that year's rows (an error when it has none).
RankingFile read_ranking_file(const std::string& argument, const ReadOptions& options,
                              Diagnostics& diagnostics);

/// The year `requested` of `file`, or its latest year; `requested` names the year of a file that
/// does not say it. Throws InputError when the file has rows of other years only.
YearStandings pick_year(const RankingFile& file, std::optional<int> requested);

/// For chiso compare and chiso history: gives each unit of `rankings` (latest first) and of
/// `renames` the spelling of the latest ranking that has it (unit_key).
void match_ranking_units(const std::vector<YearStandings*>& rankings, std::vector<Rename>& renames);

}  // namespace chiso
