#include "chiso/summary.h"

#include <algorithm>
#include <numeric>
#include <string_view>
#include <unordered_map>

namespace chiso {
namespace {

double median_of(std::vector<double> values) {
  std::sort(values.begin(), values.end());
  size_t n = values.size();
  if (n == 0) return 0;
  return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

}  // namespace

std::vector<Move> largest_moves(std::vector<Move> moves) {
  std::stable_sort(moves.begin(), moves.end(), [](const Move& a, const Move& b) {
    if (std::abs(a.change) != std::abs(b.change)) return std::abs(a.change) > std::abs(b.change);
    return a.rank < b.rank;
  });
  moves.resize(std::min(moves.size(), static_cast<size_t>(kMovesShown)));
  return moves;
}

std::vector<int> shares_bp(const std::vector<int>& counts) {
  const long total = std::accumulate(counts.begin(), counts.end(), 0L);
  std::vector<int> shares(counts.size(), 0);
  if (total == 0) return shares;
  std::vector<long> remainders(counts.size());
  long given = 0;
  for (size_t i = 0; i < counts.size(); ++i) {
    shares[i] = static_cast<int>(counts[i] * 10000L / total);
    remainders[i] = counts[i] * 10000L % total;
    given += shares[i];
  }
  std::vector<size_t> order(counts.size());
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(),
                   [&](size_t a, size_t b) { return remainders[a] > remainders[b]; });
  for (size_t i = 0; given < 10000; ++i, ++given) ++shares[order[i]];
  return shares;
}

std::vector<GroupSummary> summarise(const LeagueTable& table, const BandScheme& bands) {
  std::vector<GroupSummary> summaries;
  const std::vector<std::vector<const RankedUnit*>> members = units_by_group(table);
  for (size_t g = 0; g < table.groups.size(); ++g) {
    const std::string& group = table.groups[g];
    GroupSummary summary;
    summary.group = group;
    std::vector<double> indices;
    std::vector<Move> climbs;
    std::vector<Move> falls;
    for (const RankedUnit* member : members[g]) {
      const RankedUnit& unit = *member;
      if (!unit.is_ranked()) {
        ++summary.not_ranked;
        continue;
      }
      indices.push_back(table.options.headline == Headline::kPoints ? unit.total.points
                                                                    : unit.total.index());
      if (!table.has_previous) continue;
      std::optional<int> change = unit.rank_change();
      if (!change) {
        ++(unit.formed_from.empty() ? summary.new_units : summary.merged);  // a merger is not new
      } else if (*change > 0) {
        ++summary.climbed;
        climbs.push_back({unit.unit, unit.rank, *unit.previous_rank, *change});
      } else if (*change < 0) {
        ++summary.fell;
        falls.push_back({unit.unit, unit.rank, *unit.previous_rank, *change});
      } else {
        ++summary.held;
      }
    }
    summary.units = static_cast<int>(indices.size());
    summary.mean = std::accumulate(indices.begin(), indices.end(), 0.0) /
                   static_cast<double>(std::max<size_t>(1, indices.size()));
    summary.median = median_of(indices);
    summary.min = indices.empty() ? 0 : *std::min_element(indices.begin(), indices.end());
    summary.max = indices.empty() ? 0 : *std::max_element(indices.begin(), indices.end());
    summary.climbers = largest_moves(climbs);
    summary.fallers = largest_moves(falls);

    std::vector<Band> group_bands = bands.for_group(group);
    std::vector<int> counts(group_bands.size() + 1, 0);          // the last one: units with no band
    std::unordered_map<std::string_view, size_t> band_of_label;  // the first band of each label
    for (size_t b = group_bands.size(); b-- > 0;) band_of_label[group_bands[b].label] = b;
    for (const RankedUnit* unit : members[g]) {
      if (!unit->is_ranked()) continue;
      auto band = band_of_label.find(unit->band);
      ++counts[band == band_of_label.end() ? group_bands.size() : band->second];
    }
    if (counts.back() == 0) counts.pop_back();
    std::vector<int> shares = shares_bp(counts);
    for (size_t i = 0; i < counts.size(); ++i) {
      summary.bands.push_back(
          {i < group_bands.size() ? group_bands[i].label : "", counts[i], shares[i]});
    }
    summaries.push_back(std::move(summary));
  }
  return summaries;
}

}  // namespace chiso
