// What a scores sheet laid out for people says besides the scores: the units' groups (a group
// column) and the totals it states (a total column), and their checks once every file is read.
#pragma once

#include <string>
#include <vector>

#include "chiso/diagnostic.h"
#include "chiso/framework.h"
#include "chiso/league.h"
#include "chiso/score_table.h"

namespace chiso {

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

/// Warns at each total cell of `totals` that differs from the unit's points as chiso adds them
/// up (the root's points: a plain sum, or the weighted combination the framework asks for) by
/// more than half a unit of the cell's last decimal (42.68: 0.005; 43: 0.5).
void check_totals(const Framework& framework, const ScoreTable& table,
                  const std::vector<SheetFacts::Total>& totals, Diagnostics& diagnostics);

/// Gives the units of `scores` the groups of `facts`: each must agree with `groups` as read from
/// the units file `units_file` (on unit_key, as units are matched; an error at the sheet's cell
/// names both groups otherwise); a unit `groups` does not list takes the sheet's group, spelt as
/// first typed, and a new group joins `groups.order` in the order first seen.
void add_sheet_groups(UnitGroups& groups, const ScoreTable& scores, const SheetFacts& facts,
                      const std::string& units_file, Diagnostics& diagnostics);

}  // namespace chiso
