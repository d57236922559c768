#include "chiso/io/sheet_facts.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <unordered_map>
#include <unordered_set>

#include "chiso/io/text.h"
#include "chiso/message.h"

namespace chiso {

void check_totals(const Framework& framework, const ScoreTable& table,
                  const std::vector<SheetFacts::Total>& totals, Diagnostics& diagnostics) {
  if (totals.empty()) return;
  const TableYears scored(framework, table);
  std::map<std::pair<int, int>, double> points;  // (unit, year) -> the root's points
  for (int year : scored.years()) {
    for (const UnitResult& result : scored.results(year, Detail::kTotal))
      points[{result.unit, result.year}] = result.total.points;
  }
  for (const SheetFacts::Total& total : totals) {
    const UnitYear& unit_year = table.rows()[static_cast<size_t>(total.row)];
    const auto own = points.find({unit_year.unit, unit_year.year});
    if (own == points.end()) continue;
    const double difference = own->second - total.stated;
    // Half a unit of the last decimal shown, and a hair more for the sums' binary rounding.
    const double tolerance = 0.5 * std::pow(10.0, -total.decimals) * (1 + 1e-9);
    if (std::fabs(difference) <= tolerance) continue;
    const int decimals = std::max(total.decimals, 2);
    const std::string& unit = table.units()[static_cast<size_t>(unit_year.unit)];
    std::string sum = fmt::format("{:.{}f}", own->second, decimals);
    std::string by = fmt::format("{:.{}f}", std::fabs(difference), decimals);
    std::replace(sum.begin(), sum.end(), '.', total.decimal_mark);  // as the sheet writes them
    std::replace(by.begin(), by.end(), '.', total.decimal_mark);
    diagnostics.warning(total.where,
                        difference > 0 ? tr("unit '{}': the total column says {} but its criteria "
                                            "add up to {} ({} more); chiso uses its own total",
                                            unit, total.text, sum, by)
                                       : tr("unit '{}': the total column says {} but its criteria "
                                            "add up to {} ({} less); chiso uses its own total",
                                            unit, total.text, sum, by));
  }
}

void add_sheet_groups(UnitGroups& groups, const ScoreTable& scores, const SheetFacts& facts,
                      const std::string& units_file, Diagnostics& diagnostics) {
  std::unordered_map<std::string, std::string> listed;  // unit_key -> the units file's group
  for (const auto& [unit, group] : groups.group_of) listed.emplace(unit_key(unit), group);
  std::unordered_map<std::string, std::string> group_spelling;  // unit_key -> first spelling
  std::unordered_set<std::string> ordered;  // the unit_key of each group of groups.order
  for (const std::string& group : groups.order) {
    group_spelling.emplace(unit_key(group), group);
    ordered.insert(unit_key(group));
  }
  std::unordered_map<std::string, const SheetFacts::Group*> first;  // unit_key -> first given
  for (const SheetFacts::Group& given : facts.groups) {
    const std::string& unit = scores.units()[static_cast<size_t>(given.unit)];
    const std::string key = unit_key(unit);
    const auto spelt = group_spelling.try_emplace(unit_key(given.group), given.group).first;
    const std::string& group = spelt->second;
    if (auto found = listed.find(key); found != listed.end()) {
      if (unit_key(found->second) != spelt->first) {
        diagnostics.error(given.where,
                          tr("unit '{}' is in group '{}' here but in group '{}' in the units "
                             "file '{}'",
                             unit, group, found->second, units_file));
      }
      continue;
    }
    const auto [earlier, inserted] = first.emplace(key, &given);
    if (!inserted) {
      if (unit_key(earlier->second->group) != spelt->first) {
        diagnostics.error(given.where,
                          tr("unit '{}' is in group '{}' on {} and in group '{}' here; a "
                             "unit belongs to one group",
                             unit, groups.group(unit), line_name(earlier->second->where), group));
      }
      continue;
    }
    groups.group_of.emplace(unit, group);
    if (ordered.insert(spelt->first).second) groups.order.push_back(group);
  }
}

}  // namespace chiso
