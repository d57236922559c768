// A ranked year: its league table and everything chiso reports about it, worked out in one
// pass over the years asked for, each year aggregated once. Every command that ranks scores
// (rank, check, explain, compare, history) ranks through rank_years, and the writers take its
// RankedYear.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "chiso/analyse.h"
#include "chiso/diagnostic.h"
#include "chiso/league.h"
#include "chiso/parallel.h"
#include "chiso/summary.h"

namespace chiso {

/// The analyses of one ranked year, group by group in the table's order.
struct YearAnalysis {
  int year = 0;
  std::optional<int> previous_year;       // when contributions were computed
  std::vector<GroupLosses> losses;        // empty unless asked for
  std::vector<GroupSelfAssessment> self;  // empty without self-assessed scores for the year

  friend bool operator==(const YearAnalysis&, const YearAnalysis&) = default;
};

/// One year ranked, with what was asked for of it (RankingWork).
struct RankedYear {
  LeagueTable table;
  std::vector<GroupSummary> summaries;  // per group of table.groups, with RankingWork::summaries
  YearAnalysis analysis;
  /// With RankingWork::keep_results: each unit's result with every criterion's subtotal, and
  /// the previous year ranked from the same scores (null when it was not).
  std::vector<UnitResult> results;
  std::optional<LeagueTable> previous_table;
};

/// What to work out for each year beyond its league table.
struct RankingWork {
  Detail detail = Detail::kFields;   // kTotal: the table's units need no field subtotals
  bool summaries = false;            // the report's group summaries
  bool losses = false;               // where points were lost, per group
  const ScoreTable* self = nullptr;  // self-assessed scores, compared with the appraisal
  bool keep_results = false;         // RankedYear::results and previous_table (explain)
};

/// What is ranked: the scored years and the rules and inputs that rank them, already read and
/// matched (one spelling per unit).
struct League {
  const Framework& framework;
  const ScoredYears& scored;
  const ScoreTable& scores;  // where each unit-year was read, for warnings (its cells unused)
  const UnitGroups& groups;
  const BandScheme& bands;
  RankOptions options;
  const std::vector<Exclusion>& excluded;
  const std::vector<Rename>& renames;
  const std::vector<PreviousRow>* previous = nullptr;  // an earlier ranking file, when given
  std::string previous_file;                           // its name, for messages
};

/// The year(s) --year names: a year, every year ("all"), or by default the latest.
struct YearChoice {
  bool all = false;
  std::optional<int> year;
  std::string text;  // as given, for messages
};

/// The years `choice` picks of `present` (ascending). Throws InputError for a year absent from
/// the scores, or scores with no rows.
std::vector<int> years_to_rank(const YearChoice& choice, const std::vector<int>& present);

/// The rows of an earlier ranking file for `year`: those of its latest year before `year` when
/// the file has a year column, else all of them. Throws InputError when none is before `year`.
EarlierRanking previous_for(const std::vector<PreviousRow>& rows, int year,
                            const std::string& file);

/// Ranks the years `choice` asks for, in ascending order, each against the year before it in
/// the scores (the first against the earlier ranking file when one is given), working out what
/// `work` asks for; hands each year to `each` as soon as it is done. Reports to `diagnostics` a
/// year absent, an earlier ranking with no year before, units below every band and units of the
/// previous year that no unit continues; nothing is ranked after an error of the years.
/// `parallel` ranks the next year while the current one is compared and handed on.
void rank_years(const League& league, const YearChoice& choice, const RankingWork& work,
                const Parallel& parallel, Diagnostics& diagnostics,
                const std::function<void(RankedYear)>& each);

/// rank_years, keeping every year.
std::vector<RankedYear> rank_years(const League& league, const YearChoice& choice,
                                   const RankingWork& work, const Parallel& parallel,
                                   Diagnostics& diagnostics);

/// Warns about each unit of the year `table` was compared with that no unit of its year
/// continues (LeagueTable::gone), at its row of `previous` or its first scores line in that
/// year, with the closest new unit's name.
void warn_gone(const LeagueTable& table, const ScoreTable& scores,
               const std::vector<PreviousRow>* previous, Diagnostics& diagnostics);

}  // namespace chiso
