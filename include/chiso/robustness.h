// How sure a ranking is: each unit's rank over many runs of the ranking, each run under other
// reasonable assumptions (the fields' weights, an appraiser's half point, what a criterion that
// does not apply counts), as step 7 of the JRC/OECD Handbook on Constructing Composite
// Indicators (2008), "robustness and sensitivity", and COINr's get_sensitivity do; and what
// the framework does not tell apart.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "chiso/league.h"
#include "chiso/parallel.h"

namespace chiso {

/// The seed of chiso robustness when none is given.
inline constexpr std::uint64_t kDefaultSeed = 20221231;

/// The assumptions each run varies, and how many runs.
struct RobustnessSettings {
  int runs = 1000;
  std::uint64_t seed = kDefaultSeed;
  double weights = 20;  // each field's factor is uniform in [1 − weights/100, 1 + weights/100]
  double noise = 0.25;  // each appraised leaf score moves by up to this many points either way
  bool vary_not_applicable = false;  // with probability ½ a run counts n/a as 0 of the maximum

  friend bool operator==(const RobustnessSettings&, const RobustnessSettings&) = default;
};

/// One ranked unit's ranks over the runs.
struct UnitRobustness {
  std::string group;
  std::string unit;
  int rank = 0;                     // chiso rank's rank
  int median_rank = 0;              // the 50th percentile of the runs' ranks (nearest rank)
  int rank_low = 0;                 // the 5th percentile (nearest rank): the best rank under doubt
  int rank_high = 0;                // the 95th percentile (nearest rank): the worst
  double mean_abs_shift = 0;        // the mean of |run rank − rank|
  std::string band;                 // chiso rank's band (first band set), empty without bands
  std::optional<double> band_kept;  // % of runs giving the same band; empty without bands

  friend bool operator==(const UnitRobustness&, const UnitRobustness&) = default;
};

/// A leaf criterion that tells no unit apart in a year: every ranked unit it applies to got its
/// maximum, or every one the same points.
struct FlatCriterion {
  int node = 0;  // node index in the framework
  bool at_maximum = false;
  double points = 0;  // the points every unit got
  int units = 0;      // the ranked units it applies to

  friend bool operator==(const FlatCriterion&, const FlatCriterion&) = default;
};

/// The Pearson correlation of two fields' achievements (points ÷ applicable maximum) across the
/// ranked units both apply to.
struct FieldCorrelation {
  int first = 0;  // field positions, first < second
  int second = 0;
  std::optional<double> r;  // empty when either field is the same for every unit, or n < 3
  int units = 0;

  friend bool operator==(const FieldCorrelation&, const FieldCorrelation&) = default;
};

/// The robustness of one year's ranking.
struct YearRobustness {
  int year = 0;
  std::vector<std::string> groups;       // in report order
  std::vector<double> group_mean_shift;  // per group: its units' mean_abs_shift averaged
  std::vector<UnitRobustness> units;     // ranked units, by group and rank as in chiso rank
  bool has_bands = false;
  std::vector<FlatCriterion> flat;             // in the framework's leaf order
  std::vector<FieldCorrelation> correlations;  // every pair of fields, in order
};

/// The value at `percent` (0 < percent ≤ 100) of `sorted` (ascending, not empty) by the
/// nearest-rank method: the ⌈percent/100 × n⌉-th smallest.
int nearest_rank(const std::vector<int>& sorted, double percent);

/// Ranks `year` of `scores` as chiso rank does, then `settings.runs` times again under the
/// settings' doubts, and reports each ranked unit's ranks over the runs; also finds the leaf
/// criteria that tell no unit apart and the correlations of the fields. The runs are split
/// between the two pieces of `parallel`, each seeded from its own index, so the result does not
/// depend on how they ran. A unit below every band is an error in `diagnostics`, as in chiso
/// rank (check_bands), found before the runs: then none is run.
YearRobustness robustness(const Framework& framework, const ScoreTable& scores,
                          const UnitGroups& groups, const BandScheme& bands,
                          const RankOptions& options, int year,
                          const std::vector<Exclusion>& excluded,
                          const RobustnessSettings& settings, const Parallel& parallel,
                          Diagnostics& diagnostics);

}  // namespace chiso
