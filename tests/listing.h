// A league table as a test reads it: rank and name of each row.
#pragma once

#include <string>
#include <vector>

#include "chiso/league.h"

namespace chiso::testing {

// Rank and name of each row, e.g. "2 Sở Tư pháp", with "(was 3)" or "(new)" once compared.
inline std::vector<std::string> listing(const LeagueTable& table) {
  std::vector<std::string> lines;
  for (const RankedUnit& unit : table.units) {
    std::string line = std::to_string(unit.rank) + " " + unit.unit;
    if (table.has_previous) {
      line += unit.previous_rank ? " (was " + std::to_string(*unit.previous_rank) + ")" : " (new)";
    }
    lines.push_back(line);
  }
  return lines;
}

}  // namespace chiso::testing
