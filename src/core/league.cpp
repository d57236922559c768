#include "chiso/league.h"

#include <algorithm>
#include <map>

#include "core/number_text.h"

namespace chiso {

std::string UnitGroups::group(const std::string& unit) const {
  auto found = group_of.find(unit);
  return found == group_of.end() ? std::string() : found->second;
}

std::optional<int> RankedUnit::rank_change() const {
  if (!previous_rank) return std::nullopt;
  return *previous_rank - rank;
}

std::optional<double> RankedUnit::index_change() const {
  if (!previous_index) return std::nullopt;
  return index - *previous_index;
}

LeagueTable rank_year(const std::vector<UnitResult>& results,
                      const std::vector<std::string>& unit_names, const UnitGroups& groups,
                      const BandScheme& bands, const RankOptions& options, int year) {
  LeagueTable table;
  table.year = year;
  table.options = options;

  // Report order: groups as listed in the units file, then the unlisted units' group.
  std::map<std::string, std::vector<const UnitResult*>> members;
  for (const UnitResult& result : results) members[groups.group(unit_names[result.unit])].push_back(&result);
  for (const std::string& group : groups.order) {
    if (members.count(group)) table.groups.push_back(group);
  }
  if (members.count("") && std::find(table.groups.begin(), table.groups.end(), "") == table.groups.end()) {
    table.groups.push_back("");
  }

  for (const std::string& group : table.groups) {
    std::vector<const UnitResult*>& list = members[group];
    // Name order first, so that ordinal ties and the listing of tied units follow it.
    std::sort(list.begin(), list.end(), [&](const UnitResult* a, const UnitResult* b) {
      return unit_names[a->unit] < unit_names[b->unit];
    });
    std::vector<double> keys;
    for (const UnitResult* result : list) {
      double exact = result->total.index();
      keys.push_back(options.basis == RankBasis::kRounded ? round_half_up(exact, options.decimals) : exact);
    }
    std::vector<int> ranks = rank_descending(keys, options.ties);
    std::vector<RankedUnit> ranked;
    for (size_t i = 0; i < list.size(); ++i) {
      const UnitResult& result = *list[i];
      double shown = round_half_up(result.total.index(), options.decimals);
      ranked.push_back({year, group, ranks[i], unit_names[result.unit], result.total, shown,
                        bands.label(group, shown), std::nullopt, std::nullopt, {}, result.fields});
    }
    std::stable_sort(ranked.begin(), ranked.end(),
                     [](const RankedUnit& a, const RankedUnit& b) { return a.rank < b.rank; });
    table.units.insert(table.units.end(), ranked.begin(), ranked.end());
  }
  return table;
}

void compare_with(LeagueTable& table, const std::vector<PreviousStanding>& previous) {
  std::map<std::string, const PreviousStanding*> by_unit;
  for (const PreviousStanding& standing : previous) by_unit.emplace(standing.unit, &standing);
  table.has_previous = true;
  for (RankedUnit& unit : table.units) {
    auto found = by_unit.find(unit.unit);
    if (found == by_unit.end()) continue;
    unit.previous_rank = found->second->rank;
    unit.previous_index = found->second->index;
    unit.previous_band = found->second->band;
  }
}

std::vector<PreviousStanding> standings(const LeagueTable& table) {
  std::vector<PreviousStanding> result;
  for (const RankedUnit& unit : table.units) {
    result.push_back({unit.unit, unit.group, unit.rank, unit.index, unit.band});
  }
  return result;
}

std::vector<LeagueTable> rank_years(const Framework& framework, const ScoreTable& scores,
                                    const std::vector<int>& years, const UnitGroups& groups,
                                    const BandScheme& bands, const RankOptions& options,
                                    const std::optional<EarlierRanking>& earlier) {
  const std::vector<int> present = scores.years();
  std::map<int, LeagueTable> ranked;  // every year ranked so far, to compare a later one with
  auto ranked_year = [&](int year) -> LeagueTable& {
    auto found = ranked.find(year);
    if (found == ranked.end()) {
      found = ranked.emplace(year, rank_year(aggregate(framework, scores, year), scores.units(), groups, bands,
                                             options, year)).first;
    }
    return found->second;
  };
  std::vector<LeagueTable> tables;
  for (int year : years) {
    LeagueTable table = ranked_year(year);
    auto before = std::lower_bound(present.begin(), present.end(), year);
    if (earlier && year == years.front()) {
      compare_with(table, earlier->standings);
      table.previous_year = earlier->year;
      table.previous_given = true;
    } else if (before != present.begin()) {
      const int previous_year = *std::prev(before);
      compare_with(table, standings(ranked_year(previous_year)));
      table.previous_year = previous_year;
    }
    tables.push_back(std::move(table));
  }
  return tables;
}

void check_bands(const LeagueTable& table, const BandScheme& bands, Diagnostics& diagnostics) {
  if (bands.empty()) return;
  for (const std::string& group : table.groups) {
    if (bands.for_group(group).empty()) {
      diagnostics.error({}, "no band applies to group " + quoted(group) +
                                "; add bands for it, or bands with an empty group for every group");
    }
  }
  for (const RankedUnit& unit : table.units) {
    if (!unit.band.empty()) continue;
    std::vector<Band> group_bands = bands.for_group(unit.group);
    if (group_bands.empty()) continue;  // reported once for the group above
    const Band& lowest = group_bands.back();
    diagnostics.error(lowest.where, "unit " + quoted(unit.unit) + " has index " + fixed_text(unit.index, table.options.decimals) + " in " +
                                        std::to_string(table.year) + ", below the lowest band " + quoted(lowest.label) +
                                        " (from " + number_text(lowest.min) + "); add a band from 0");
  }
}

}  // namespace chiso
