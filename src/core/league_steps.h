// The steps of ranking one year that the years' pipeline (ranked_year.cpp) shares with
// league.cpp: private to the core.
#pragma once

#include <string>
#include <vector>

#include "chiso/league.h"
#include "chiso/renames.h"

namespace chiso {

/// What rank_year_in_order needs to know of the units, worked out once for all the years
/// ranked: a national run ranks 10,000 units a year.
struct UnitOrder {
  std::vector<int>
      name_position;  // each unit's place when the names are sorted in code point order
  std::vector<std::string>
      groups;  // in report order: as listed in the units file, then unlisted units' ""
  std::vector<int> group_of;  // each unit's group, by its place in `groups`
};

UnitOrder unit_order(const std::vector<std::string>& unit_names, const UnitGroups& groups);

/// Ranks `results`, one per unit, moving each unit's field subtotals into its row (their node
/// subtotals stay). With `unit_of_row`, adds the unit index of each row to it.
LeagueTable rank_year_in_order(std::vector<UnitResult>& results,
                               const std::vector<std::string>& unit_names, const UnitOrder& order,
                               const BandScheme& bands, const RankOptions& options, int year,
                               const std::vector<Exclusion>& excluded,
                               std::vector<int>* unit_of_row = nullptr);

/// A ranked unit's standing, to compare the next year with; rank 0: not ranked.
struct UnitStanding {
  int rank = 0;
  double index = 0;
  double figure = 0;
  std::string band;
  std::string group;
};

/// A year ranked from scored units, and each unit's standing in it by unit index.
struct YearRows {
  LeagueTable table;
  std::vector<int> unit_of_row;  // the unit index of each row of table.units
  std::vector<UnitStanding> by_unit;
};

/// compare_with for two years of the same scored units, where a unit's index names it: the
/// same fields filled, looking names up only for the units `olds` renames.
void compare_by_unit(YearRows& ranked, const std::vector<UnitStanding>& previous,
                     const std::vector<std::string>& names, const RenameSources& olds);

}  // namespace chiso
