#include "chiso/compare.h"

#include <algorithm>
#include <cstdlib>
#include <limits>
#include <map>
#include <set>
#include <string_view>
#include <unordered_map>

#include "chiso/rank.h"
#include "chiso/renames.h"

namespace chiso {
namespace {

// `groups` in order of first appearance; `known` holds them too, so that adding is not a
// search of the list (100,000 groups of one unit each).
void add_group(std::vector<std::string>& groups, std::set<std::string>& known,
               const std::string& group) {
  if (known.insert(group).second) groups.push_back(group);
}

// The members of each of `groups` among `units` (anything with a `group`), in one pass.
template <typename Unit>
std::vector<std::vector<const Unit*>> members_of(const std::vector<std::string>& groups,
                                                 const std::vector<Unit>& units) {
  std::map<std::string_view, size_t> position;
  for (size_t g = 0; g < groups.size(); ++g) position.emplace(groups[g], g);
  std::vector<std::vector<const Unit*>> members(groups.size());
  for (const Unit& unit : units) {
    auto found = position.find(unit.group);
    if (found != position.end()) members[found->second].push_back(&unit);
  }
  return members;
}

// Units with a new rank first, by it; then gone units by their old rank; equal ranks by name,
// as league tables list tied units.
bool before(const UnitChange& a, const UnitChange& b) {
  if (a.new_rank.has_value() != b.new_rank.has_value()) return a.new_rank.has_value();
  const int rank_a = a.new_rank ? *a.new_rank : *a.old_rank;
  const int rank_b = b.new_rank ? *b.new_rank : *b.old_rank;
  if (rank_a != rank_b) return rank_a < rank_b;
  return a.unit < b.unit;
}

// Bands are labels only: their order comes from the units that got them. A higher band holds
// higher indices, and within a group better ranks, in either year.
std::vector<BandShift> band_shifts(const std::vector<const UnitChange*>& units) {
  constexpr int kNoRank = std::numeric_limits<int>::max();
  struct Seen {
    BandShift shift;
    double best_index = -std::numeric_limits<double>::infinity();
    int best_new_rank = kNoRank;
    int best_old_rank = kNoRank;
  };
  std::map<std::string, Seen> seen;
  for (const UnitChange* unit : units) {
    if (unit->old_rank && !unit->old_band.empty()) {
      Seen& entry = seen[unit->old_band];
      ++entry.shift.old_units;
      entry.best_old_rank = std::min(entry.best_old_rank, *unit->old_rank);
      if (unit->old_index) entry.best_index = std::max(entry.best_index, *unit->old_index);
    }
    for (const PreviousStanding& source : unit->formed_from) {  // merged into this unit
      if (source.band.empty()) continue;
      Seen& entry = seen[source.band];
      ++entry.shift.old_units;
      entry.best_old_rank = std::min(entry.best_old_rank, source.rank);
      if (source.index) entry.best_index = std::max(entry.best_index, *source.index);
    }
    if (unit->new_rank && !unit->new_band.empty()) {
      Seen& entry = seen[unit->new_band];
      ++entry.shift.new_units;
      entry.best_new_rank = std::min(entry.best_new_rank, *unit->new_rank);
      if (unit->new_index) entry.best_index = std::max(entry.best_index, *unit->new_index);
    }
  }
  std::vector<Seen> list;
  for (auto& [label, entry] : seen) {
    entry.shift.label = label;
    list.push_back(entry);
  }
  // Ranks of different years are not comparable: the new ranking's decide first.
  std::stable_sort(list.begin(), list.end(), [](const Seen& a, const Seen& b) {
    if (a.best_index != b.best_index) return a.best_index > b.best_index;
    if (a.best_new_rank != b.best_new_rank) return a.best_new_rank < b.best_new_rank;
    return a.best_old_rank < b.best_old_rank;
  });
  std::vector<BandShift> shifts;
  for (const Seen& entry : list) shifts.push_back(entry.shift);
  return shifts;
}

GroupChange change_of(const std::string& group, const std::vector<const UnitChange*>& members) {
  GroupChange change;
  change.group = group;
  std::vector<Move> climbs;
  std::vector<Move> falls;
  for (const UnitChange* member : members) {
    const UnitChange& unit = *member;
    if (unit.old_rank) ++change.old_units;
    if (unit.new_rank) ++change.new_units;
    if (!unit.old_band.empty() && unit.old_rank) change.old_has_bands = true;
    for (const PreviousStanding& source : unit.formed_from)
      change.old_has_bands |= !source.band.empty();
    if (!unit.new_band.empty() && unit.new_rank) change.new_has_bands = true;
    switch (unit.movement()) {
      case Movement::kClimbed:
        ++change.climbed;
        climbs.push_back({unit.unit, *unit.new_rank, *unit.old_rank, *unit.rank_change()});
        break;
      case Movement::kFell:
        ++change.fell;
        falls.push_back({unit.unit, *unit.new_rank, *unit.old_rank, *unit.rank_change()});
        break;
      case Movement::kHeld:
        ++change.held;
        break;
      case Movement::kNew:
        ++change.entered;
        break;
      case Movement::kGone:
        ++change.gone;
        break;
      case Movement::kMerged:
        ++change.merged;
        change.old_units += static_cast<int>(unit.formed_from.size());  // ranked in the old ranking
        break;
    }
  }
  change.climbers = largest_moves(climbs);
  change.fallers = largest_moves(falls);
  change.bands = band_shifts(members);
  return change;
}

}  // namespace

Movement UnitChange::movement() const {
  if (!old_rank) return formed_from.empty() ? Movement::kNew : Movement::kMerged;
  if (!new_rank) return Movement::kGone;
  if (*old_rank > *new_rank) return Movement::kClimbed;
  if (*old_rank < *new_rank) return Movement::kFell;
  return Movement::kHeld;
}

std::optional<int> UnitChange::rank_change() const {
  if (!old_rank || !new_rank) return std::nullopt;
  return *old_rank - *new_rank;
}

std::optional<double> UnitChange::index_change() const {
  if (!old_index || !new_index) return std::nullopt;
  return *new_index - *old_index;
}

Comparison compare(const YearStandings& old_ranking, const YearStandings& new_ranking,
                   const std::map<std::string, std::vector<PreviousStanding>>& formed_from) {
  Comparison comparison;
  comparison.old_year = old_ranking.year;
  comparison.new_year = new_ranking.year;
  std::map<std::string, const PreviousStanding*> old_by_unit;
  for (const PreviousStanding& standing : old_ranking.standings)
    old_by_unit.emplace(standing.unit, &standing);

  std::set<std::string> in_new;
  std::set<std::string> known_groups;
  for (const PreviousStanding& now : new_ranking.standings) {
    UnitChange unit;
    unit.group = now.group;
    unit.unit = now.unit;
    unit.new_rank = now.rank;
    unit.new_index = now.index;
    unit.new_band = now.band;
    auto found = old_by_unit.find(now.unit);
    if (found != old_by_unit.end()) {
      const PreviousStanding& then = *found->second;
      if (unit.group.empty()) unit.group = then.group;
      unit.old_rank = then.rank;
      unit.old_index = then.index;
      unit.old_band = then.band;
    } else if (auto merged = formed_from.find(now.unit); merged != formed_from.end()) {
      unit.formed_from = merged->second;
    }
    add_group(comparison.groups, known_groups, unit.group);
    in_new.insert(now.unit);
    comparison.units.push_back(std::move(unit));
  }
  for (const PreviousStanding& then : old_ranking.standings) {
    if (in_new.count(then.unit)) continue;
    UnitChange unit;
    unit.group = then.group;
    unit.unit = then.unit;
    unit.old_rank = then.rank;
    unit.old_index = then.index;
    unit.old_band = then.band;
    add_group(comparison.groups, known_groups, unit.group);
    comparison.units.push_back(std::move(unit));
  }

  std::map<std::string, size_t> group_position;
  for (size_t i = 0; i < comparison.groups.size(); ++i) group_position[comparison.groups[i]] = i;
  std::stable_sort(comparison.units.begin(), comparison.units.end(),
                   [&](const UnitChange& a, const UnitChange& b) {
                     if (a.group != b.group)
                       return group_position[a.group] < group_position[b.group];
                     return before(a, b);
                   });
  const std::vector<std::vector<const UnitChange*>> members = units_by_group(comparison);
  for (size_t g = 0; g < comparison.groups.size(); ++g)
    comparison.changes.push_back(change_of(comparison.groups[g], members[g]));
  return comparison;
}

std::vector<std::vector<const UnitChange*>> units_by_group(const Comparison& comparison) {
  return members_of(comparison.groups, comparison.units);
}

std::vector<std::vector<const UnitHistory*>> units_by_group(const History& history) {
  return members_of(history.groups, history.units);
}

bool same_criteria(const Framework& a, const Framework& b) {
  auto leaf_ids = [](const Framework& framework) {
    std::set<std::string> ids;
    for (int leaf : framework.leaves()) ids.insert(framework.node(leaf).id);
    return ids;
  };
  return leaf_ids(a) == leaf_ids(b);
}

std::span<const YearStanding> UnitHistory::compared_years() const {
  auto first = years.begin();
  if (merged_year) {
    first = std::find_if(years.begin(), years.end(),
                         [&](const YearStanding& each) { return each.year >= *merged_year; });
  }
  return {first, years.end()};
}

std::optional<int> UnitHistory::rank_change() const {
  const std::span<const YearStanding> compared = compared_years();
  if (compared.size() < 2) return std::nullopt;
  return compared.front().rank - compared.back().rank;
}

std::optional<double> UnitHistory::index_change() const {
  const std::span<const YearStanding> compared = compared_years();
  if (compared.size() < 2 || !compared.front().index || !compared.back().index) return std::nullopt;
  return *compared.back().index - *compared.front().index;
}

std::map<std::string, Merger> find_mergers(const std::vector<YearStandings>& rankings,
                                           const std::vector<Rename>& renames) {
  std::map<std::string, Merger> mergers;
  for (size_t i = 1; i < rankings.size(); ++i) {
    const YearStandings& before = rankings[i - 1];
    const YearStandings& now = rankings[i];
    std::set<std::string_view> ranked_before;
    for (const PreviousStanding& standing : before.standings) ranked_before.insert(standing.unit);
    const auto was_ranked = [&](std::string_view name) { return ranked_before.count(name) > 0; };
    const RenameSources olds = renames_for(renames, now.year, before.year);
    for (const PreviousStanding& standing : now.standings) {
      const std::vector<std::string_view> from = continued(standing.unit, olds, was_ranked);
      if (from.size() < 2) continue;
      mergers[standing.unit] = {now.year.value_or(0), {from.begin(), from.end()}};
    }
  }
  return mergers;
}

History history(const std::vector<YearStandings>& rankings,
                const std::map<std::string, Merger>& mergers) {
  std::vector<const YearStandings*> latest_first;
  for (const YearStandings& ranking : rankings) latest_first.push_back(&ranking);
  std::stable_sort(latest_first.begin(), latest_first.end(),
                   [](const YearStandings* a, const YearStandings* b) {
                     return a->year.value_or(0) > b->year.value_or(0);
                   });

  History result;
  std::map<std::string, UnitHistory> by_unit;
  for (const YearStandings* ranking : latest_first) {
    const int year = ranking->year.value_or(0);
    result.years.insert(result.years.begin(), year);
    for (const PreviousStanding& standing : ranking->standings) {
      UnitHistory& unit = by_unit[standing.unit];
      unit.unit = standing.unit;
      if (unit.group.empty()) unit.group = standing.group;
      unit.years.insert(unit.years.begin(), {year, standing.rank, standing.index, standing.band});
    }
  }
  // Groups in the order the latest year lists them; a group seen only earlier comes after.
  std::set<std::string> known_groups;
  for (const YearStandings* ranking : latest_first) {
    for (const PreviousStanding& standing : ranking->standings)
      add_group(result.groups, known_groups, by_unit[standing.unit].group);
  }

  for (auto& [name, unit] : by_unit) {
    if (auto merger = mergers.find(name); merger != mergers.end()) {
      unit.merged_year = merger->second.year;
      unit.formed_from = merger->second.from;
    }
    const std::span<const YearStanding> compared = unit.compared_years();
    const YearStanding* best = &compared.front();
    const YearStanding* worst = &compared.front();
    for (const YearStanding& standing : compared) {  // ascending, so `<=` keeps the latest
      if (standing.rank <= best->rank) best = &standing;
      if (standing.rank >= worst->rank) worst = &standing;
    }
    unit.best_year = best->year;
    unit.worst_year = worst->year;
    result.units.push_back(std::move(unit));
  }
  std::map<std::string, size_t> group_position;
  for (size_t i = 0; i < result.groups.size(); ++i) group_position[result.groups[i]] = i;
  std::stable_sort(result.units.begin(), result.units.end(),
                   [&](const UnitHistory& a, const UnitHistory& b) {
                     if (a.group != b.group)
                       return group_position[a.group] < group_position[b.group];
                     const YearStanding& last_a = a.years.back();
                     const YearStanding& last_b = b.years.back();
                     if (last_a.year != last_b.year) return last_a.year > last_b.year;
                     if (last_a.rank != last_b.rank) return last_a.rank < last_b.rank;
                     return a.unit < b.unit;
                   });
  return result;
}

void round_indices(YearStandings& ranking, int decimals) {
  for (PreviousStanding& standing : ranking.standings) {
    if (standing.index) standing.index = round_half_up(*standing.index, decimals);
  }
}

std::map<std::string, std::vector<PreviousStanding>> apply_renames(
    YearStandings& earlier, std::optional<int> later_year, const std::vector<Rename>& renames,
    bool drop_mergers) {
  std::unordered_map<std::string_view, const PreviousStanding*> by_name;
  for (const PreviousStanding& standing : earlier.standings)
    by_name.emplace(standing.unit, &standing);
  const auto was_ranked = [&by_name](std::string_view name) { return by_name.count(name) > 0; };
  const RenameSources olds = renames_for(renames, later_year, earlier.year);
  std::unordered_map<std::string, std::string> renamed;  // old name -> new name
  std::set<std::string, std::less<>> merged;
  std::map<std::string, std::vector<PreviousStanding>> formed_from;  // merged unit -> its sources
  for (const auto& [new_name, from] : olds) {
    // A copy of the binding: clang 14 (the fuzz build) cannot capture a structured binding.
    const std::string_view unit = new_name;
    const size_t others = static_cast<size_t>(
        std::count_if(from.begin(), from.end(), [&](std::string_view old) { return old != unit; }));
    if (others == 0) continue;
    const bool kept = was_ranked(unit);
    if (others == 1 && !kept) {
      renamed.emplace(*std::find_if(from.begin(), from.end(),
                                    [&](std::string_view old) { return old != unit; }),
                      unit);
    } else if (drop_mergers) {
      merged.emplace(unit);
      merged.insert(from.begin(), from.end());
      // Its sources as the earlier ranking has them: itself first when it kept its name, then
      // the others in the order of the renames file (the rule rank uses).
      std::vector<PreviousStanding>& sources = formed_from[std::string(unit)];
      for (std::string_view name : continued(unit, olds, was_ranked))
        sources.push_back(*by_name.at(name));
    }
  }
  std::vector<PreviousStanding> kept;
  for (PreviousStanding& standing : earlier.standings) {
    if (merged.count(standing.unit)) continue;
    if (auto found = renamed.find(standing.unit); found != renamed.end())
      standing.unit = found->second;
    kept.push_back(std::move(standing));
  }
  earlier.standings = std::move(kept);
  return formed_from;
}

}  // namespace chiso
