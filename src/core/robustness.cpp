#include "chiso/robustness.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>

#include "chiso/aggregate.h"
#include "chiso/random.h"
#include "core/league_steps.h"

namespace chiso {
namespace {

// What every run reads: the year's rows of scores, their units, and the base ranking.
struct YearInputs {
  const Framework& framework;
  const ScoreTable& scores;
  const std::vector<RowAggregator::Bounds>& bounds;
  const UnitOrder& order;
  const BandScheme& bands;
  const RankOptions& options;
  int year;
  const std::vector<Exclusion>& excluded;
  std::vector<int> rows;          // the rows of scores of `year`, in table order
  std::vector<int> ranked_of;     // per unit index: its place among the ranked units, or -1
  std::vector<std::string> band;  // per ranked unit: its band in chiso rank's ranking
  size_t ranked = 0;
};

// What the runs of one piece of the work add up: each run's rank of each ranked unit (run-major,
// the piece's runs only), and how many runs kept each unit's band.
struct RunTally {
  std::vector<int> ranks;
  std::vector<int> band_kept;
};

// A unit's total from its fields' subtotals under the factors of one run: 100 × Σ c × points ÷
// Σ c × applicable maximum for a sum, the factors multiplying the weights for a mean. Points
// stay on the framework's scale: the applicable maximum is the fields' own.
Subtotal total_under(const Framework& framework, const Subtotal* fields,
                     const std::vector<double>& factors, std::vector<Subtotal>& parts,
                     std::vector<double>& weights, std::vector<double>& maxima) {
  const std::vector<int>& field_nodes = framework.fields();
  if (framework.root_combine() == Combine::kSum) {
    double weighted_points = 0;
    double weighted_max = 0;
    double max = 0;
    for (size_t f = 0; f < field_nodes.size(); ++f) {
      weighted_points += factors[f] * fields[f].points;
      weighted_max += factors[f] * fields[f].max;
      max += fields[f].max;
    }
    if (weighted_max <= 0) return {};
    return {weighted_points / weighted_max * max, max};
  }
  parts.assign(fields, fields + field_nodes.size());
  weights.clear();
  maxima.clear();
  for (size_t f = 0; f < field_nodes.size(); ++f) {
    const Criterion& field = framework.node(field_nodes[f]);
    const double weight = framework.root_combine() == Combine::kMean ? 1.0 : field.weight;
    weights.push_back(weight * factors[f]);
    maxima.push_back(field.max);
  }
  return combine(parts, weights, Combine::kWeighted, framework.max(), maxima);
}

// Runs [first, last) into `tally`, whose ranks hold (last − first) runs.
void run_range(const YearInputs& in, const RobustnessSettings& settings, int first, int last,
               RunTally& tally) {
  const Framework& framework = in.framework;
  const size_t field_count = framework.fields().size();
  const size_t leaf_count = framework.leaves().size();
  std::vector<bool> noisy(leaf_count);  // leaves whose cells are appraised points
  std::vector<double> leaf_max(leaf_count);
  for (size_t leaf = 0; leaf < leaf_count; ++leaf) {
    const Criterion& criterion = framework.node(framework.leaves()[leaf]);
    noisy[leaf] = criterion.normalise == Normalise::kNone;
    leaf_max[leaf] = criterion.max;
  }
  RowAggregator aggregator(framework, in.bounds);
  std::vector<double> cells(leaf_count);
  std::vector<Subtotal> sums(1 + field_count);
  std::vector<double> factors(field_count, 1.0);
  std::vector<Subtotal> parts;
  std::vector<double> weights;
  std::vector<double> maxima;
  std::vector<UnitResult> results(in.rows.size());
  std::vector<int> unit_of_row;
  const std::vector<std::string>& names = in.scores.units();
  for (int run = first; run < last; ++run) {
    RunRandom random(settings.seed, static_cast<std::uint64_t>(run));
    const bool zero_not_applicable = settings.vary_not_applicable && random.uniform() < 0.5;
    if (settings.weights > 0) {
      const double spread = settings.weights / 100;
      for (double& factor : factors) factor = random.uniform(1 - spread, 1 + spread);
    }
    for (size_t i = 0; i < in.rows.size(); ++i) {
      const double* row = in.scores.row_cells(in.rows[i]);
      for (size_t leaf = 0; leaf < leaf_count; ++leaf) {
        double cell = row[leaf];
        if (cell == ScoreTable::kNotApplicableMark) {
          // Counted as 0 points against the full maximum: a missing cell's meaning.
          if (zero_not_applicable) cell = ScoreTable::kMissingMark;
        } else if (cell != ScoreTable::kMissingMark && noisy[leaf] && settings.noise > 0) {
          cell = std::clamp(cell + random.uniform(-settings.noise, settings.noise), 0.0,
                            leaf_max[leaf]);
        }
        cells[leaf] = cell;
      }
      aggregator.add_up(cells.data(), sums.data());
      UnitResult& result = results[i];
      result.unit = in.scores.rows()[static_cast<size_t>(in.rows[i])].unit;
      result.year = in.year;
      result.total = settings.weights > 0
                         ? total_under(framework, sums.data() + 1, factors, parts, weights, maxima)
                         : sums[0];
      result.fields.clear();
    }
    unit_of_row.clear();
    const LeagueTable table = rank_year_in_order(results, names, in.order, in.bands, in.options,
                                                 in.year, in.excluded, &unit_of_row);
    int* ranks = tally.ranks.data() + static_cast<size_t>(run - first) * in.ranked;
    for (size_t row = 0; row < table.units.size(); ++row) {
      const RankedUnit& unit = table.units[row];
      const int place = in.ranked_of[static_cast<size_t>(unit_of_row[row])];
      if (!unit.is_ranked() || place < 0) continue;
      ranks[place] = unit.rank;
      if (unit.band == in.band[static_cast<size_t>(place)]) ++tally.band_kept[place];
    }
  }
}

// The leaf criteria on which every ranked unit it applies to got the same points.
std::vector<FlatCriterion> flat_criteria(const Framework& framework,
                                         const std::vector<const UnitResult*>& ranked) {
  std::vector<FlatCriterion> flat;
  if (ranked.size() < 2) return flat;
  for (int node : framework.leaves()) {
    std::optional<double> points;
    bool same = true;
    int units = 0;
    for (const UnitResult* result : ranked) {
      const Subtotal& leaf = result->nodes[static_cast<size_t>(node)];
      if (leaf.max <= 0) continue;  // n/a
      ++units;
      if (points && *points != leaf.points) same = false;
      points = leaf.points;
    }
    if (units < 2 || !same) continue;
    flat.push_back({node, *points == framework.node(node).max, *points, units});
  }
  return flat;
}

// The Pearson correlation of every pair of fields' achievements across the ranked units.
std::vector<FieldCorrelation> field_correlations(size_t field_count,
                                                 const std::vector<const UnitResult*>& ranked) {
  std::vector<FieldCorrelation> correlations;
  for (size_t f = 0; f < field_count; ++f) {
    for (size_t g = f + 1; g < field_count; ++g) {
      std::vector<double> xs;
      std::vector<double> ys;
      for (const UnitResult* result : ranked) {
        const Subtotal& x = result->fields[f];
        const Subtotal& y = result->fields[g];
        if (x.max <= 0 || y.max <= 0) continue;
        xs.push_back(x.index());
        ys.push_back(y.index());
      }
      FieldCorrelation pair{static_cast<int>(f), static_cast<int>(g), std::nullopt,
                            static_cast<int>(xs.size())};
      if (xs.size() >= 3) {
        double mean_x = 0;
        double mean_y = 0;
        for (size_t i = 0; i < xs.size(); ++i) {
          mean_x += xs[i];
          mean_y += ys[i];
        }
        mean_x /= static_cast<double>(xs.size());
        mean_y /= static_cast<double>(ys.size());
        double xy = 0;
        double xx = 0;
        double yy = 0;
        for (size_t i = 0; i < xs.size(); ++i) {
          xy += (xs[i] - mean_x) * (ys[i] - mean_y);
          xx += (xs[i] - mean_x) * (xs[i] - mean_x);
          yy += (ys[i] - mean_y) * (ys[i] - mean_y);
        }
        if (xx > 0 && yy > 0) pair.r = std::clamp(xy / std::sqrt(xx * yy), -1.0, 1.0);
      }
      correlations.push_back(pair);
    }
  }
  return correlations;
}

}  // namespace

int nearest_rank(const std::vector<int>& sorted, double percent) {
  const double n = static_cast<double>(sorted.size());
  // percent × n first: whole percents of a whole count stay exact (5 × 1000 ÷ 100 = 50).
  const double position = std::ceil(percent * n / 100.0);
  const size_t at = static_cast<size_t>(std::clamp(position, 1.0, n));
  return sorted[at - 1];
}

YearRobustness robustness(const Framework& framework, const ScoreTable& scores,
                          const UnitGroups& groups, const BandScheme& bands,
                          const RankOptions& options, int year,
                          const std::vector<Exclusion>& excluded,
                          const RobustnessSettings& settings, const Parallel& parallel,
                          Diagnostics& diagnostics) {
  const std::vector<RowAggregator::Bounds> bounds = leaf_bounds(framework, scores, year);
  const UnitOrder order = unit_order(scores.units(), groups);
  YearInputs in{framework, scores, bounds, order, bands, options, year, excluded, {}, {}, {}, 0};
  for (int row = 0; row < static_cast<int>(scores.rows().size()); ++row) {
    if (scores.rows()[static_cast<size_t>(row)].year == year) in.rows.push_back(row);
  }

  // chiso rank's ranking, each unit with every criterion's subtotal for the discrimination.
  RowAggregator aggregator(framework, bounds);
  std::vector<UnitResult> results;
  results.reserve(in.rows.size());
  for (int row : in.rows) {
    results.push_back(aggregator.result(scores.rows()[static_cast<size_t>(row)].unit, year,
                                        scores.row_cells(row), true));
  }
  std::vector<UnitResult> taken = results;
  std::vector<int> unit_of_row;
  const LeagueTable base = rank_year_in_order(taken, scores.units(), order, bands, options, year,
                                              excluded, &unit_of_row);
  check_bands(base, bands, diagnostics);

  YearRobustness robust;
  robust.year = year;
  robust.has_bands = base.has_bands;
  in.ranked_of.assign(scores.units().size(), -1);
  std::vector<int> result_of_unit(scores.units().size(), -1);
  for (size_t i = 0; i < results.size(); ++i)
    result_of_unit[static_cast<size_t>(results[i].unit)] = static_cast<int>(i);
  std::vector<const UnitResult*> ranked_results;
  for (size_t row = 0; row < base.units.size(); ++row) {
    const RankedUnit& unit = base.units[row];
    if (!unit.is_ranked()) continue;
    const int index = unit_of_row[row];
    in.ranked_of[static_cast<size_t>(index)] = static_cast<int>(in.ranked++);
    in.band.push_back(unit.band);
    ranked_results.push_back(&results[static_cast<size_t>(result_of_unit[index])]);
    if (robust.groups.empty() || robust.groups.back() != unit.group)
      robust.groups.push_back(unit.group);
    robust.units.push_back({unit.group, unit.unit, unit.rank, 0, 0, 0, 0, unit.band, std::nullopt});
  }
  if (diagnostics.has_errors()) return robust;
  robust.flat = flat_criteria(framework, ranked_results);
  robust.correlations = field_correlations(framework.fields().size(), ranked_results);

  const int runs = std::max(settings.runs, 0);
  const int half = runs / 2;
  RunTally first{std::vector<int>(static_cast<size_t>(half) * in.ranked),
                 std::vector<int>(in.ranked)};
  RunTally second{std::vector<int>(static_cast<size_t>(runs - half) * in.ranked),
                  std::vector<int>(in.ranked)};
  parallel.both([&] { run_range(in, settings, 0, half, first); },
                [&] { run_range(in, settings, half, runs, second); });

  std::vector<int> ranks(static_cast<size_t>(runs));
  std::vector<long long> group_shift(robust.groups.size(), 0);
  std::vector<long long> group_units(robust.groups.size(), 0);
  size_t group = 0;
  for (size_t place = 0; place < in.ranked; ++place) {
    UnitRobustness& unit = robust.units[place];
    while (robust.groups[group] != unit.group) ++group;
    long long shift = 0;
    for (int run = 0; run < runs; ++run) {
      const RunTally& tally = run < half ? first : second;
      const size_t at = static_cast<size_t>(run < half ? run : run - half) * in.ranked + place;
      ranks[static_cast<size_t>(run)] = tally.ranks[at];
      shift += std::abs(tally.ranks[at] - unit.rank);
    }
    if (runs == 0) continue;
    std::sort(ranks.begin(), ranks.end());
    unit.median_rank = nearest_rank(ranks, 50);
    unit.rank_low = nearest_rank(ranks, 5);
    unit.rank_high = nearest_rank(ranks, 95);
    unit.mean_abs_shift = static_cast<double>(shift) / runs;
    if (robust.has_bands) {
      unit.band_kept = 100.0 * (first.band_kept[place] + second.band_kept[place]) / runs;
    }
    group_shift[group] += shift;
    ++group_units[group];
  }
  for (size_t g = 0; g < robust.groups.size(); ++g) {
    robust.group_mean_shift.push_back(
        runs == 0 || group_units[g] == 0
            ? 0.0
            : static_cast<double>(group_shift[g]) /
                  (static_cast<double>(runs) * static_cast<double>(group_units[g])));
  }
  return robust;
}

}  // namespace chiso
