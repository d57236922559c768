#include "chiso/league.h"

#include <algorithm>
#include <cmath>
#include <iterator>
#include <map>
#include <numeric>
#include <string_view>
#include <tuple>
#include <unordered_map>
#include <unordered_set>

#include "chiso/message.h"
#include "chiso/renames.h"
#include "core/league_steps.h"
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

std::optional<double> RankedUnit::figure_change() const {
  if (!previous_figure) return std::nullopt;
  return figure - *previous_figure;
}

namespace {

// The units `excluded` leaves out of `year`, to look each unit up once.
std::unordered_set<std::string_view> excluded_in(const std::vector<Exclusion>& excluded, int year) {
  std::unordered_set<std::string_view> units;
  for (const Exclusion& exclusion : excluded) {
    if (!exclusion.year || *exclusion.year == year) units.insert(exclusion.unit);
  }
  return units;
}

// BandScheme::label for bands whose minima descend, by halving instead of a scan: a scheme of
// 40,000 bands and 40,000 units is not 10^9 comparisons.
std::string label_of_sorted(const std::vector<Band>& bands, double value) {
  auto band = std::partition_point(bands.begin(), bands.end(),
                                   [&](const Band& b) { return !(value >= b.min); });
  return band == bands.end() ? std::string() : band->label;
}

// The headline figure as published: the rounded index, or the rounded points.
double figure_of(const Subtotal& total, const RankOptions& options) {
  return round_half_up(options.headline == Headline::kPoints ? total.points : total.index(),
                       options.decimals);
}

void sort_gone(std::vector<PreviousStanding>& gone) {
  std::sort(gone.begin(), gone.end(), [](const PreviousStanding& a, const PreviousStanding& b) {
    return std::tie(a.group, a.rank, a.unit) < std::tie(b.group, b.rank, b.unit);
  });
}

}  // namespace

UnitOrder unit_order(const std::vector<std::string>& unit_names, const UnitGroups& groups) {
  UnitOrder order;
  std::vector<int> by_name(unit_names.size());
  std::iota(by_name.begin(), by_name.end(), 0);
  std::sort(by_name.begin(), by_name.end(),
            [&](int a, int b) { return unit_names[a] < unit_names[b]; });
  order.name_position.resize(unit_names.size());
  for (size_t i = 0; i < by_name.size(); ++i)
    order.name_position[static_cast<size_t>(by_name[i])] = static_cast<int>(i);
  order.groups = groups.order;
  if (std::find(order.groups.begin(), order.groups.end(), "") == order.groups.end())
    order.groups.push_back("");
  // By name, not by searching the list for each unit: 100,000 groups of one unit each.
  std::unordered_map<std::string_view, int> position;
  for (size_t g = order.groups.size(); g-- > 0;) position[order.groups[g]] = static_cast<int>(g);
  for (const std::string& name : unit_names) {
    const auto listed = groups.group_of.find(name);
    const auto found =
        listed == groups.group_of.end() ? position.find("") : position.find(listed->second);
    order.group_of.push_back(found == position.end() ? static_cast<int>(order.groups.size()) - 1
                                                     : found->second);
  }
  return order;
}

// Ranks `results`, one per unit, taking them to move each unit's field subtotals into its row.
// With `unit_of_row`, adds the unit index of each row to it.
LeagueTable rank_year_in_order(std::vector<UnitResult>& results,
                               const std::vector<std::string>& unit_names, const UnitOrder& order,
                               const BandScheme& bands, const RankOptions& options, int year,
                               const std::vector<Exclusion>& excluded,
                               std::vector<int>* unit_of_row) {
  LeagueTable table;
  table.year = year;
  table.options = options;
  if (!bands.sets().empty())
    table.other_band_sets.assign(bands.sets().begin() + 1, bands.sets().end());
  table.has_bands = !bands.empty();

  // Each group's units in name order, so that ordinal ties and the listing of tied units follow
  // it: placed by name, then taken in that order.
  std::vector<UnitResult*> by_name(unit_names.size(), nullptr);
  for (UnitResult& result : results)
    by_name[static_cast<size_t>(order.name_position[static_cast<size_t>(result.unit)])] = &result;
  std::vector<std::vector<UnitResult*>> members(order.groups.size());
  for (UnitResult* result : by_name) {
    if (result != nullptr)
      members[static_cast<size_t>(order.group_of[static_cast<size_t>(result->unit)])].push_back(
          result);
  }
  table.units.reserve(results.size());
  const std::unordered_set<std::string_view> left_out_units = excluded_in(excluded, year);
  for (size_t g = 0; g < order.groups.size(); ++g) {
    if (members[g].empty()) continue;
    const std::string& group = order.groups[g];
    table.groups.push_back(group);
    std::vector<UnitResult*> ranked;
    std::vector<UnitResult*> left_out;
    for (UnitResult* result : members[g]) {
      (left_out_units.count(unit_names[result->unit]) ? left_out : ranked).push_back(result);
    }
    std::vector<double> keys;
    std::vector<double> figures;
    for (const UnitResult* result : ranked) {
      double exact = result->total.index();
      // A NaN would be ranked first and an inf printed: refused before either (the readers bound
      // maxima, so only an extreme raw indicator of a normalised criterion could get here).
      if (!std::isfinite(exact) || !std::isfinite(result->total.points) ||
          !std::isfinite(result->total.max)) {
        throw InputError({}, tr("unit '{}' has no finite index in {}; its scores or the "
                                "framework's maxima, weights or goalposts are too large",
                                unit_names[result->unit], year));
      }
      keys.push_back(options.basis == RankBasis::kRounded ? round_half_up(exact, options.decimals)
                                                          : exact);
      figures.push_back(figure_of(result->total, options));
    }
    std::vector<int> by_rank;  // equal ranks in name order
    std::vector<int> ranks = rank_descending(keys, options.ties, &by_rank);
    std::vector<std::vector<Band>> band_sets;  // quantiles resolved on this group's figures
    for (const std::string& set : bands.sets())
      band_sets.push_back(bands.resolved(group, figures, set));
    std::vector<bool>
        highest_first;  // whether each set's minima descend: then a unit's band is found by halving
    for (const std::vector<Band>& set : band_sets) {
      highest_first.push_back(std::is_sorted(
          set.begin(), set.end(), [](const Band& a, const Band& b) { return a.min > b.min; }));
    }

    std::vector<RankedUnit>& rows = table.units;
    auto add = [&](UnitResult& result, int rank, bool banded) {
      RankedUnit row{year,
                     group,
                     rank,
                     unit_names[result.unit],
                     result.total,
                     round_half_up(result.total.index(), options.decimals),
                     {},
                     std::nullopt,
                     std::nullopt,
                     {},
                     std::move(result.fields),
                     figure_of(result.total, options),
                     {},
                     std::nullopt};
      for (size_t set = 0; banded && set < band_sets.size(); ++set) {
        std::string label = highest_first[set] ? label_of_sorted(band_sets[set], row.figure)
                                               : BandScheme::label(band_sets[set], row.figure);
        if (set == 0) {
          row.band = std::move(label);
        } else {
          row.other_bands.push_back(std::move(label));
        }
      }
      if (!banded) row.other_bands.assign(table.other_band_sets.size(), "");
      rows.push_back(std::move(row));
      if (unit_of_row != nullptr) unit_of_row->push_back(result.unit);
    };
    for (int i : by_rank) add(*ranked[static_cast<size_t>(i)], ranks[static_cast<size_t>(i)], true);
    for (UnitResult* result : left_out) add(*result, 0, false);
  }
  return table;
}

// compare_with for two years of the same scores, where a unit's index names it: the same
// fields filled, looking names up only for the units `olds` renames.
void compare_by_unit(YearRows& ranked, const std::vector<UnitStanding>& previous,
                     const std::vector<std::string>& names, const RenameSources& olds) {
  ranked.table.has_previous = true;
  std::vector<char> is_continued(previous.size(), 0);
  std::unordered_map<std::string_view, int> index_of;  // needed for renames only
  if (!olds.empty()) {
    for (size_t unit = 0; unit < names.size(); ++unit)
      index_of.emplace(names[unit], static_cast<int>(unit));
  }
  const auto was_ranked = [&](std::string_view name) {
    auto found = index_of.find(name);
    return found != index_of.end() && previous[static_cast<size_t>(found->second)].rank != 0;
  };
  for (size_t row = 0; row < ranked.table.units.size(); ++row) {
    RankedUnit& unit = ranked.table.units[row];
    const int self = ranked.unit_of_row[row];
    int source = self;
    is_continued[static_cast<size_t>(self)] = 1;
    if (!unit.is_ranked()) continue;
    if (olds.count(unit.unit)) {
      const std::vector<std::string_view> sources = continued(unit.unit, olds, was_ranked);
      for (std::string_view name : sources) is_continued[static_cast<size_t>(index_of[name])] = 1;
      if (sources.size() > 1) unit.formed_from.assign(sources.begin(), sources.end());
      if (sources.size() != 1) continue;
      source = index_of[sources.front()];
      if (source != self) unit.renamed_from = names[static_cast<size_t>(source)];
    }
    const UnitStanding& before = previous[static_cast<size_t>(source)];
    if (before.rank == 0) continue;
    unit.previous_rank = before.rank;
    unit.previous_index = before.index;
    unit.previous_band = before.band;
    unit.previous_figure = before.figure;
  }
  for (size_t unit = 0; unit < previous.size(); ++unit) {
    const UnitStanding& before = previous[unit];
    if (before.rank == 0 || is_continued[unit]) continue;
    ranked.table.gone.push_back(
        {names[unit], before.group, before.rank, before.index, before.band, before.figure});
  }
  sort_gone(ranked.table.gone);
}

LeagueTable rank_year(const std::vector<UnitResult>& results,
                      const std::vector<std::string>& unit_names, const UnitGroups& groups,
                      const BandScheme& bands, const RankOptions& options, int year,
                      const std::vector<Exclusion>& excluded) {
  std::vector<UnitResult> taken = results;
  return rank_year_in_order(taken, unit_names, unit_order(unit_names, groups), bands, options, year,
                            excluded);
}

void compare_with(LeagueTable& table, const std::vector<PreviousStanding>& previous,
                  const std::vector<Rename>& renames, std::optional<int> previous_year) {
  std::unordered_map<std::string_view, const PreviousStanding*> by_unit;
  for (const PreviousStanding& standing : previous) by_unit.emplace(standing.unit, &standing);
  const RenameSources olds = renames_for(renames, table.year, previous_year);
  const auto was_ranked = [&](std::string_view name) { return by_unit.count(name) > 0; };
  std::unordered_set<std::string_view> is_continued;
  table.has_previous = true;
  for (RankedUnit& unit : table.units) {
    is_continued.insert(unit.unit);
    if (!unit.is_ranked()) continue;
    const std::vector<std::string_view> sources = continued(unit.unit, olds, was_ranked);
    is_continued.insert(sources.begin(), sources.end());
    if (sources.size() > 1) unit.formed_from.assign(sources.begin(), sources.end());
    if (sources.size() != 1) continue;
    const PreviousStanding& before = *by_unit[sources.front()];
    if (before.unit != unit.unit) unit.renamed_from = before.unit;
    unit.previous_rank = before.rank;
    // As printed, so that index_change is the difference of the two figures printed beside it
    // (a published table with 3 decimals: 73.484 is printed 73.48).
    unit.previous_index = before.index;
    if (unit.previous_index)
      unit.previous_index = round_half_up(*unit.previous_index, table.options.decimals);
    unit.previous_band = before.band;
    unit.previous_figure = before.figure;
  }
  for (const PreviousStanding& standing : previous) {
    if (!is_continued.count(standing.unit)) table.gone.push_back(standing);
  }
  sort_gone(table.gone);
}

std::vector<PreviousStanding> standings(const LeagueTable& table) {
  std::vector<PreviousStanding> result;
  for (const RankedUnit& unit : table.units) {
    if (unit.is_ranked())
      result.push_back({unit.unit, unit.group, unit.rank, unit.index, unit.band, unit.figure});
  }
  return result;
}

std::vector<UnitResult> TableYears::results(int year, Detail detail) const {
  return aggregate(framework_, scores_, year, detail == Detail::kNodes);
}

std::vector<std::vector<const RankedUnit*>> units_by_group(const LeagueTable& table) {
  std::unordered_map<std::string_view, size_t> position;
  for (size_t g = 0; g < table.groups.size(); ++g) position.emplace(table.groups[g], g);
  std::vector<std::vector<const RankedUnit*>> members(table.groups.size());
  for (const RankedUnit& unit : table.units) {
    auto found = position.find(unit.group);
    if (found != position.end()) members[found->second].push_back(&unit);
  }
  return members;
}

void check_bands(const LeagueTable& table, const BandScheme& bands, Diagnostics& diagnostics) {
  if (bands.empty()) return;
  for (const std::string& group : table.groups) {
    if (bands.for_group(group).empty()) {
      diagnostics.error({}, tr("no band applies to group '{}'; add bands for it, or bands with an "
                               "empty group for every group",
                               group));
    }
  }
  std::map<std::string_view, std::optional<Band>> lowest_of;  // each group's bands, found once
  for (const RankedUnit& unit : table.units) {
    if (!unit.band.empty() || !unit.is_ranked()) continue;
    auto [found, inserted] = lowest_of.try_emplace(unit.group);
    if (inserted) {
      std::vector<Band> group_bands = bands.for_group(unit.group);
      if (!group_bands.empty()) found->second = group_bands.back();
    }
    if (!found->second) continue;  // reported once for the group above
    const Band& lowest = *found->second;
    const std::string figure = fixed_text(unit.figure, table.options.decimals);
    const std::string from = number_text(lowest.min);
    diagnostics.error(lowest.where,
                      table.options.headline == Headline::kPoints
                          ? tr("unit '{}' has points {} in {}, below the lowest band '{}' (from "
                               "{}); add a band from 0",
                               unit.unit, figure, table.year, lowest.label, from)
                          : tr("unit '{}' has index {} in {}, below the lowest band '{}' (from "
                               "{}); add a band from 0",
                               unit.unit, figure, table.year, lowest.label, from));
  }
}

}  // namespace chiso
