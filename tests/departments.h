// The departments' league table the writer tests write: 2022 against 2021, with a climb of 11,
// a held rank, a fall of 2 and a new unit.
#pragma once

#include <optional>
#include <sstream>
#include <string>

#include "chiso/league.h"

namespace chiso::testing {

inline const std::string kDepartments = "Sở, ban, ngành";
inline const std::string kLabour = "Sở Lao động, Thương binh và Xã hội";

inline RankedUnit ranked(const std::string& group, int rank, const std::string& unit,
                         Subtotal total, double index, const std::string& band) {
  RankedUnit result;
  result.year = 2022;
  result.group = group;
  result.rank = rank;
  result.unit = unit;
  result.total = total;
  result.index = index;
  result.band = band;
  return result;
}

inline RankedUnit compared(RankedUnit unit, int previous_rank, std::optional<double> previous_index,
                           const std::string& previous_band) {
  unit.previous_rank = previous_rank;
  unit.previous_index = previous_index;
  unit.previous_band = previous_band;
  return unit;
}

// Departments in 2022 against 2021: a climb of 11, a held rank, a fall of 2 and a new unit.
inline LeagueTable departments_2022() {
  LeagueTable table;
  table.year = 2022;
  table.previous_year = 2021;
  table.has_previous = true;
  table.groups = {kDepartments};
  table.units = {
      compared(ranked(kDepartments, 1, kLabour, {92.5, 100}, 92.5, "Xuất sắc"), 12, 85.25, "Tốt"),
      compared(ranked(kDepartments, 2, "Sở Nội vụ", {88, 100}, 88, "Tốt"), 2, 88, "Tốt"),
      compared(ranked(kDepartments, 3, "Sở Tư pháp", {80.75, 95}, 85, "Tốt"), 1, 90.1, "Xuất sắc"),
      ranked(kDepartments, 4, "Sở Y tế", {70.7, 100}, 70.7, "Khá"),
  };
  return table;
}

// Whether `text` has `line` as one whole line.
inline bool has_line(const std::string& text, const std::string& line) {
  std::istringstream in(text);
  for (std::string each; std::getline(in, each);) {
    if (each == line) return true;
  }
  return false;
}

}  // namespace chiso::testing
