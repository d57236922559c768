// Analysis of a league table: where points were lost, what one unit needs to move up, which
// fields moved an index, and how units' self-assessment compares with the appraisal.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "chiso/aggregate.h"
#include "chiso/band.h"
#include "chiso/framework.h"
#include "chiso/league.h"

namespace chiso {

/// A difference of points smaller than this is no difference (scores have two decimals).
inline constexpr double kPointsEpsilon = 0.005;

/// The points one criterion (or field) cost a group's units.
struct CriterionLoss {
  int node = 0;          // node index in the framework
  int level = 1;         // 1 for a field, 2 for its criteria, and so on
  double points = 0;     // summed over the group's ranked units
  double max = 0;        // applicable maxima summed over the same units
  int units_losing = 0;  // units that lost more than kPointsEpsilon there
  int units = 0;         // units to which the criterion applies (applicable maximum > 0)

  double lost() const { return max - points; }
  /// Σ points ÷ Σ applicable maximum × 100; 0 when it applies to nobody.
  double achievement() const { return max > 0 ? 100.0 * points / max : 0.0; }

  friend bool operator==(const CriterionLoss&, const CriterionLoss&) = default;
};

/// Where one group lost points in one year.
struct GroupLosses {
  std::string group;
  int units = 0;                        // ranked units
  std::vector<CriterionLoss> criteria;  // every node, most points lost first, ties by node order
  std::vector<CriterionLoss> fields;    // the fields, in framework order
  /// Per field (framework order): its part of the change of the group's mean index since the
  /// previous year, in percentage points; the parts add up to that change. Empty when unknown.
  std::vector<double> contributions;
  std::optional<double> mean_index_change;  // this year's mean index − the previous year's

  friend bool operator==(const GroupLosses&, const GroupLosses&) = default;
};

/// Each field's share of `unit`'s index in percentage points (framework order); they add up to
/// its index: 100 × field points ÷ applicable maximum when the fields' points add up to the
/// total, else the index split in proportion to the fields' points.
std::vector<double> field_shares(const RankedUnit& unit);

/// Where each group of `table` lost points; `results` are the year's results with nodes kept
/// (aggregate(..., true)), `unit_names` the score table's. With `previous` (the previous year
/// ranked from the same scores and framework), each field's contribution to the change of the
/// group's mean index.
std::vector<GroupLosses> lost_points(const Framework& framework, const LeagueTable& table,
                                     const std::vector<UnitResult>& results,
                                     const std::vector<std::string>& unit_names,
                                     const LeagueTable* previous = nullptr);

/// One criterion of one unit: its points, applicable maximum and level.
struct UnitCriterion {
  int node = 0;
  int level = 1;
  Subtotal subtotal;

  double lost() const { return subtotal.max - subtotal.points; }

  friend bool operator==(const UnitCriterion&, const UnitCriterion&) = default;
};

/// The points a unit needs to reach a target, at the report's decimals, rounded up.
struct PointsNeeded {
  std::string target;     // the next band's label, or the unit(s) just above, ", "-joined
  double points = 0;      // more points needed
  bool reachable = true;  // false: more than the points it can still win
  bool tied = false;      // next rank: several units share the rank just above

  friend bool operator==(const PointsNeeded&, const PointsNeeded&) = default;
};

/// Why one unit stands where it stands in one year.
struct Explanation {
  RankedUnit unit;
  std::vector<UnitCriterion> criteria;    // every node, most points lost first
  std::vector<UnitCriterion> fields;      // fields, most points lost first
  std::optional<PointsNeeded> next_band;  // empty: no bands, or already in the top band
  bool top_band = false;
  std::optional<PointsNeeded> next_rank;  // empty: rank 1 (or not ranked)
  std::vector<std::string> tied_with;     // other units sharing its rank
  int ranked = 0;                         // ranked units in its group
  int rank_above = 0;                     // the rank just above its own, 0 for none
  std::vector<double> contributions;      // per field (framework order) to its index change
  std::optional<double> index_change;     // exact index − previous exact index

  friend bool operator==(const Explanation&, const Explanation&) = default;
};

/// The smallest points `p` ≤ `max` whose published figure (rounded to `decimals`; the index,
/// or the points when `on_points`) is at least `minimum`, as more points than `points`, rounded
/// up to `decimals`; 0 when it is already there.
double points_to_reach(double points, double max, double minimum, int decimals, bool on_points);

/// Explains `unit` (by name, exact) in `table`; `result` is its result with nodes, `bands` the
/// scheme, `previous` the previous year ranked from the same scores (or null). Throws
/// std::out_of_range when the unit is not in the table.
Explanation explain(const Framework& framework, const LeagueTable& table, const std::string& unit,
                    const UnitResult& result, const BandScheme& bands, const LeagueTable* previous);

/// One unit's self-assessed total against its appraised total.
struct SelfGap {
  std::string unit;
  Subtotal self;
  Subtotal appraised;

  double gap_points() const { return self.points - appraised.points; }
  /// Self-assessed index − appraised index, in percentage points.
  double gap_index() const { return self.index() - appraised.index(); }

  friend bool operator==(const SelfGap&, const SelfGap&) = default;
};

/// How often units and appraisers disagreed on one leaf criterion.
struct Disagreement {
  int node = 0;
  int units = 0;  // units whose self points and appraised points differ by more than kPointsEpsilon

  friend bool operator==(const Disagreement&, const Disagreement&) = default;
};

/// The self-assessment of one group's ranked units that assessed themselves.
struct GroupSelfAssessment {
  std::string group;
  std::vector<SelfGap> units;     // in league-table order
  double mean_self = 0;           // mean self-assessed points
  double mean_appraised = 0;      // mean appraised points of the same units
  std::vector<SelfGap> overshot;  // largest positive index gaps first (ties by name), at most 3
  std::vector<Disagreement> disagreements;  // most units first, ties by framework order, at most 5
  std::vector<std::string> missing;         // ranked units with no self-assessment

  friend bool operator==(const GroupSelfAssessment&, const GroupSelfAssessment&) = default;
};

/// Self-assessment against appraisal for each group of `table`: `results` and `self_results`
/// are the year's results with nodes kept, named by `unit_names` and `self_unit_names`.
std::vector<GroupSelfAssessment> self_assessment(const Framework& framework,
                                                 const LeagueTable& table,
                                                 const std::vector<UnitResult>& results,
                                                 const std::vector<std::string>& unit_names,
                                                 const std::vector<UnitResult>& self_results,
                                                 const std::vector<std::string>& self_unit_names);

}  // namespace chiso
