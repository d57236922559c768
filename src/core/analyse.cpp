#include "chiso/analyse.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <stdexcept>
#include <string_view>
#include <unordered_map>

#include "chiso/rank.h"

namespace chiso {
namespace {

int level_of(const Framework& framework, int node) { return framework.node(node).level; }

// Results by unit name, to find a ranked unit's nodes.
std::unordered_map<std::string_view, const UnitResult*> by_name(
    const std::vector<UnitResult>& results, const std::vector<std::string>& unit_names) {
  std::unordered_map<std::string_view, const UnitResult*> found;
  found.reserve(results.size());
  for (const UnitResult& result : results) found.emplace(unit_names[result.unit], &result);
  return found;
}

// Mean of each field's share of the index over the group's ranked units, and the mean index.
std::pair<std::vector<double>, double> mean_shares(const std::vector<const RankedUnit*>& members,
                                                   size_t field_count) {
  std::vector<double> sums(field_count, 0.0);
  double index = 0;
  int count = 0;
  for (const RankedUnit* member : members) {
    const RankedUnit& unit = *member;
    if (!unit.is_ranked()) continue;
    // field_shares(unit), added up as it is made: this runs for every unit of every year.
    double points = 0;
    for (const Subtotal& field : unit.fields) points += field.points;
    if (points > 0 && unit.total.max > 0) {
      const bool additive = std::abs(points - unit.total.points) < 1e-9;
      for (size_t f = 0; f < field_count && f < unit.fields.size(); ++f) {
        sums[f] += additive ? 100.0 * unit.fields[f].points / unit.total.max
                            : unit.total.index() * unit.fields[f].points / points;
      }
    }
    index += unit.total.index();
    ++count;
  }
  if (count == 0) return {{}, 0};
  for (double& sum : sums) sum /= count;
  return {sums, index / count};
}

// Rounds `value` up to `decimals`, forgiving the last bits of a value already on a step.
double round_up(double value, int decimals) {
  const double scale = std::pow(10.0, decimals);
  return std::ceil(value * scale - 1e-6) / scale;
}

// The points `explanation`'s unit needs to reach the band above its own.
void next_band(const LeagueTable& table, const BandScheme& bands, Explanation& explanation) {
  const RankedUnit& unit = explanation.unit;
  if (bands.empty()) return;
  std::vector<double> figures;
  for (const RankedUnit& other : table.units) {
    if (other.group == unit.group && other.is_ranked()) figures.push_back(other.figure);
  }
  std::vector<Band> group_bands = bands.resolved(unit.group, figures);
  auto own = std::find_if(group_bands.begin(), group_bands.end(),
                          [&](const Band& b) { return b.label == unit.band; });
  if (own == group_bands.begin()) {
    explanation.top_band = true;
    return;
  }
  if (group_bands.empty()) return;
  const Band& next = *std::prev(own);
  const RankOptions& options = table.options;
  const double needed = points_to_reach(unit.total.points, unit.total.max, next.min,
                                        options.decimals, options.headline == Headline::kPoints);
  explanation.next_band =
      PointsNeeded{next.label, needed, needed <= unit.total.max - unit.total.points + 1e-9, false};
}

// The units at the nearest better rank, the units tied with `explanation`'s unit, and the
// points it needs to pass the former.
void next_rank(const LeagueTable& table, Explanation& explanation) {
  const RankedUnit& unit = explanation.unit;
  std::vector<const RankedUnit*> above;
  for (const RankedUnit& other : table.units) {
    if (other.group != unit.group || !other.is_ranked()) continue;
    ++explanation.ranked;
    if (other.unit == unit.unit) continue;
    if (other.rank == unit.rank) explanation.tied_with.push_back(other.unit);
    if (other.rank < unit.rank && other.rank > explanation.rank_above) {
      explanation.rank_above = other.rank;
      above.clear();
    }
    if (other.rank < unit.rank && other.rank == explanation.rank_above) above.push_back(&other);
  }
  if (above.empty()) return;
  // Passing means a strictly higher ranking key: the published index one step above theirs
  // (rounded basis), or anything above their exact index (exact basis).
  const RankOptions& options = table.options;
  const double step = std::pow(10.0, -options.decimals);
  double key = 0;
  std::string names;
  for (const RankedUnit* other : above) {
    key = std::max(key, options.basis == RankBasis::kRounded ? other->index : other->total.index());
    names += (names.empty() ? "" : ", ") + other->unit;
  }
  double needed = 0;
  if (options.basis == RankBasis::kRounded) {
    needed =
        points_to_reach(unit.total.points, unit.total.max, key + step, options.decimals, false);
  } else {
    const double exact = key * unit.total.max / 100.0 - unit.total.points;
    needed = round_up(exact, options.decimals);
    if (needed <= exact + 1e-9) needed += step;
  }
  explanation.next_rank = PointsNeeded{
      names, needed, needed <= unit.total.max - unit.total.points + 1e-9, above.size() > 1};
}

}  // namespace

std::vector<double> field_shares(const RankedUnit& unit) {
  std::vector<double> shares(unit.fields.size(), 0.0);
  double sum = 0;
  for (const Subtotal& field : unit.fields) sum += field.points;
  if (sum <= 0 || unit.total.max <= 0) return shares;
  // A sum of fields: each field's points over the unit's applicable maximum; any other
  // combination: the index split in proportion to points, so that the shares still add up.
  const bool additive = std::abs(sum - unit.total.points) < 1e-9;
  for (size_t f = 0; f < shares.size(); ++f) {
    shares[f] = additive ? 100.0 * unit.fields[f].points / unit.total.max
                         : unit.total.index() * unit.fields[f].points / sum;
  }
  return shares;
}

std::vector<GroupLosses> lost_points(const Framework& framework, const LeagueTable& table,
                                     const std::vector<UnitResult>& results,
                                     const std::vector<std::string>& unit_names,
                                     const LeagueTable* previous) {
  const auto result_of = by_name(results, unit_names);
  const size_t node_count = framework.nodes().size();
  std::vector<GroupLosses> groups;
  const std::vector<std::vector<const RankedUnit*>> members = units_by_group(table);
  // The previous year's units of each group, by group name: its groups need not be this year's.
  std::map<std::string_view, std::vector<const RankedUnit*>> previous_members;
  if (previous != nullptr) {
    for (const RankedUnit& unit : previous->units) previous_members[unit.group].push_back(&unit);
  }
  for (size_t g = 0; g < table.groups.size(); ++g) {
    const std::string& group = table.groups[g];
    GroupLosses losses;
    losses.group = group;
    std::vector<CriterionLoss> criteria(node_count);
    for (size_t n = 0; n < node_count; ++n) {
      criteria[n].node = static_cast<int>(n);
      criteria[n].level = level_of(framework, static_cast<int>(n));
    }
    // The nodes of the group's ranked units, in rank order, the order they are added up in.
    std::vector<const Subtotal*> rows;
    rows.reserve(members[g].size());
    for (const RankedUnit* member : members[g]) {
      const RankedUnit& unit = *member;
      if (!unit.is_ranked()) continue;
      auto found = result_of.find(unit.unit);
      if (found == result_of.end() || found->second->nodes.size() != node_count) continue;
      rows.push_back(found->second->nodes.data());
    }
    losses.units = static_cast<int>(rows.size());
    for (size_t row = 0; row < rows.size(); ++row) {
      // Rank order jumps about the results: the next unit's nodes are fetched meanwhile.
      if (row + 1 < rows.size()) {
        const char* next = reinterpret_cast<const char*>(rows[row + 1]);
        for (size_t byte = 0; byte < node_count * sizeof(Subtotal); byte += 64)
          __builtin_prefetch(next + byte);
      }
      const Subtotal* nodes = rows[row];
      // Counted without branches: whether a unit lost points on a criterion is a coin toss
      // that a national file makes a million times a year.
      for (size_t n = 0; n < node_count; ++n) {
        CriterionLoss& criterion = criteria[n];
        criterion.points += nodes[n].points;
        criterion.max += nodes[n].max;
        criterion.units += static_cast<int>(nodes[n].max > 0);
        criterion.units_losing += static_cast<int>(nodes[n].max - nodes[n].points > kPointsEpsilon);
      }
    }
    for (int field : framework.fields()) losses.fields.push_back(criteria[field]);
    losses.criteria = criteria;
    std::stable_sort(
        losses.criteria.begin(), losses.criteria.end(),
        [](const CriterionLoss& a, const CriterionLoss& b) { return a.lost() > b.lost() + 1e-9; });
    if (previous != nullptr) {
      auto [now, now_mean] = mean_shares(members[g], framework.fields().size());
      auto [before, before_mean] = mean_shares(previous_members[group], framework.fields().size());
      if (!now.empty() && !before.empty()) {
        for (size_t f = 0; f < now.size(); ++f) losses.contributions.push_back(now[f] - before[f]);
        losses.mean_index_change = now_mean - before_mean;
      }
    }
    groups.push_back(std::move(losses));
  }
  return groups;
}

double points_to_reach(double points, double max, double minimum, int decimals, bool on_points) {
  const double step = std::pow(10.0, -decimals);
  // The smallest figure that rounds (halves up) to at least `minimum`: half a step below the
  // first step at or above it.
  const double target = round_up(minimum, decimals) - step / 2;
  const double needed_points = on_points ? target : target * max / 100.0;
  return std::max(0.0, round_up(needed_points - points, decimals));
}

Explanation explain(const Framework& framework, const LeagueTable& table, const std::string& name,
                    const UnitResult& result, const BandScheme& bands,
                    const LeagueTable* previous) {
  auto found = std::find_if(table.units.begin(), table.units.end(),
                            [&](const RankedUnit& u) { return u.unit == name; });
  if (found == table.units.end()) throw std::out_of_range("unit not in the table: " + name);
  Explanation explanation;
  explanation.unit = *found;
  const RankedUnit& unit = *found;
  for (size_t n = 0; n < result.nodes.size(); ++n) {
    UnitCriterion criterion{static_cast<int>(n), level_of(framework, static_cast<int>(n)),
                            result.nodes[n]};
    explanation.criteria.push_back(criterion);
    if (criterion.level == 1) explanation.fields.push_back(criterion);
  }
  auto worst_first = [](const UnitCriterion& a, const UnitCriterion& b) {
    return a.lost() > b.lost() + 1e-9;
  };
  std::stable_sort(explanation.criteria.begin(), explanation.criteria.end(), worst_first);
  std::stable_sort(explanation.fields.begin(), explanation.fields.end(), worst_first);

  if (unit.is_ranked()) {
    next_band(table, bands, explanation);
    next_rank(table, explanation);
  }

  if (previous != nullptr) {
    auto before = std::find_if(previous->units.begin(), previous->units.end(),
                               [&](const RankedUnit& u) { return u.unit == name; });
    if (before != previous->units.end()) {
      std::vector<double> now = field_shares(unit);
      std::vector<double> then = field_shares(*before);
      for (size_t f = 0; f < now.size() && f < then.size(); ++f)
        explanation.contributions.push_back(now[f] - then[f]);
      explanation.index_change = unit.total.index() - before->total.index();
    }
  }
  return explanation;
}

std::vector<GroupSelfAssessment> self_assessment(const Framework& framework,
                                                 const LeagueTable& table,
                                                 const std::vector<UnitResult>& results,
                                                 const std::vector<std::string>& unit_names,
                                                 const std::vector<UnitResult>& self_results,
                                                 const std::vector<std::string>& self_unit_names) {
  const auto appraised_of = by_name(results, unit_names);
  const auto self_of = by_name(self_results, self_unit_names);
  std::vector<GroupSelfAssessment> groups;
  const std::vector<std::vector<const RankedUnit*>> members = units_by_group(table);
  for (size_t g = 0; g < table.groups.size(); ++g) {
    const std::string& group = table.groups[g];
    GroupSelfAssessment assessment;
    assessment.group = group;
    std::vector<int> counts(framework.nodes().size(), 0);
    for (const RankedUnit* member : members[g]) {
      const RankedUnit& unit = *member;
      if (!unit.is_ranked()) continue;
      auto self = self_of.find(unit.unit);
      auto appraised = appraised_of.find(unit.unit);
      if (self == self_of.end() || appraised == appraised_of.end()) {
        assessment.missing.push_back(unit.unit);
        continue;
      }
      assessment.units.push_back({unit.unit, self->second->total, appraised->second->total});
      const auto& self_nodes = self->second->nodes;
      const auto& appraised_nodes = appraised->second->nodes;
      for (int leaf : framework.leaves()) {
        if (static_cast<size_t>(leaf) >= self_nodes.size() ||
            static_cast<size_t>(leaf) >= appraised_nodes.size())
          continue;
        if (std::abs(self_nodes[leaf].points - appraised_nodes[leaf].points) > kPointsEpsilon ||
            std::abs(self_nodes[leaf].max - appraised_nodes[leaf].max) > kPointsEpsilon) {
          ++counts[leaf];
        }
      }
    }
    for (const SelfGap& gap : assessment.units) {
      assessment.mean_self += gap.self.points;
      assessment.mean_appraised += gap.appraised.points;
    }
    if (!assessment.units.empty()) {
      assessment.mean_self /= static_cast<double>(assessment.units.size());
      assessment.mean_appraised /= static_cast<double>(assessment.units.size());
    }
    for (const SelfGap& gap : assessment.units) {
      if (gap.gap_index() > kPointsEpsilon) assessment.overshot.push_back(gap);
    }
    std::stable_sort(assessment.overshot.begin(), assessment.overshot.end(),
                     [](const SelfGap& a, const SelfGap& b) {
                       if (std::abs(a.gap_index() - b.gap_index()) > 1e-9)
                         return a.gap_index() > b.gap_index();
                       return a.unit < b.unit;
                     });
    if (assessment.overshot.size() > 3) assessment.overshot.resize(3);
    for (int leaf : framework.leaves()) {
      if (counts[leaf] > 0) assessment.disagreements.push_back({leaf, counts[leaf]});
    }
    std::stable_sort(
        assessment.disagreements.begin(), assessment.disagreements.end(),
        [](const Disagreement& a, const Disagreement& b) { return a.units > b.units; });
    if (assessment.disagreements.size() > 5) assessment.disagreements.resize(5);
    groups.push_back(std::move(assessment));
  }
  return groups;
}

}  // namespace chiso
