// Aggregation: a unit's points, applicable maximum and index, in total and per field.
#pragma once

#include <vector>

#include "chiso/framework.h"
#include "chiso/score_table.h"

namespace chiso {

/// Points and applicable maximum of one node for one unit.
struct Subtotal {
  double points = 0;
  double max = 0;  // applicable maximum: criteria marked n/a leave it

  /// Index in percent (100 × points / max); 0 when nothing applies.
  double index() const { return max > 0 ? 100.0 * points / max : 0.0; }

  friend bool operator==(const Subtotal&, const Subtotal&) = default;
};

/// One unit's result in one year.
struct UnitResult {
  int unit = 0;  // index into ScoreTable::units()
  int year = 0;
  Subtotal total;
  std::vector<Subtotal> fields;  // one per top-level field, in framework order
  std::vector<Subtotal> nodes;   // one per criterion (node index), when asked for

  friend bool operator==(const UnitResult&, const UnitResult&) = default;
};

/// Combines `parts` (children's points and applicable maxima) into their parent's, whose
/// maximum is `max`: a sum adds them; a weighted or plain mean averages their fractions of
/// their maxima, each child weighing its weight times the share of its maximum that applies
/// (`full_maxima`; none given: all of it), and the parent's applicable maximum is `max` times
/// the share of the weight that applies. So a sum and the weighted mean with each child's
/// maximum as its weight agree, n/a cells included. `weights` is read only for kWeighted.
Subtotal combine(const std::vector<Subtotal>& parts, const std::vector<double>& weights,
                 Combine how, double max, const std::vector<double>& full_maxima = {});

/// Aggregates one unit-year at a time from its row of cells (ScoreTable::row_cells), exactly
/// as aggregate() does: each leaf's points combined up the tree, in the framework's order. For
/// a reader that adds each line up as it reads it (read_scores_summed). A normalised leaf
/// needs the whole year's values, so `framework` must have none.
class RowAggregator {
 public:
  /// Low and high value a normalised leaf is scaled between in one year.
  struct Bounds {
    double low = 0;
    double high = 0;
    bool is_constant() const { return high == low; }
  };

  explicit RowAggregator(const Framework& framework, std::vector<Bounds> bounds = {});

  /// The result of the row `cells` of `unit` in `year`; every node's subtotal with `keep_nodes`.
  UnitResult result(int unit, int year, const double* cells, bool keep_nodes = false);
  /// The row's total, then each field's subtotal, into `out` (1 + fields of them): result()
  /// without allocating, for a reader adding up 100,000 lines.
  void add_up(const double* cells, Subtotal* out);

 private:
  void add_up_nodes(const double* cells);  // every node's subtotal, into subtotal_
  Subtotal leaf_subtotal(size_t leaf, double cell) const;
  Subtotal combine_node(const std::vector<int>& children, Combine how, double max);
  Subtotal combine_mean(const std::vector<int>& children, Combine how, double max);

  const Framework& framework_;
  std::vector<Bounds> bounds_;    // per leaf position; empty: no normalised leaf
  std::vector<int> inner_;        // the nodes that are not leaves, in bottom-up order
  std::vector<double> leaf_max_;  // each leaf's maximum, by position
  std::vector<Subtotal> subtotal_;
  std::vector<Subtotal> parts_;
  std::vector<double> weights_;
  std::vector<double> maxima_;
};

/// Min–max bounds of each normalised leaf (by position) over the units scored in `year`: the
/// goalposts where the framework gives them, else the lowest and highest value present; none
/// when the framework normalises no leaf. What aggregate() gives its RowAggregator.
std::vector<RowAggregator::Bounds> leaf_bounds(const Framework& framework, const ScoreTable& scores,
                                               int year);

/// The result of every unit scored in `year`, in the order units were first seen: each leaf's
/// points (normalised where the framework says so) combined up the tree. Missing cells count
/// as 0 points against the full maximum; n/a cells leave the maximum.
/// With `keep_nodes`, each result also holds every criterion's subtotal (for lost points).
std::vector<UnitResult> aggregate(const Framework& framework, const ScoreTable& scores, int year,
                                  bool keep_nodes = false);

/// What a unit-year without a score for some criterion means: an error (a truncated export),
/// or, asked for explicitly (--missing zero), 0 points with a warning.
enum class MissingScores { kError, kZero };

/// Reports what makes scores unusable or doubtful: a unit-year whose every criterion is n/a
/// (error); a unit with no score for some criteria, and a leaf criterion nobody was scored on
/// in a year (errors, or warnings when `missing` counts them as 0 points).
void check_scores(const Framework& framework, const ScoreTable& scores, Diagnostics& diagnostics,
                  MissingScores missing = MissingScores::kError);

}  // namespace chiso
