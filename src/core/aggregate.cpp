#include "chiso/aggregate.h"

#include <algorithm>
#include <map>
#include <optional>

#include "chiso/message.h"
#include "core/number_text.h"

namespace chiso {

using Bounds = RowAggregator::Bounds;

std::vector<Bounds> leaf_bounds(const Framework& framework, const ScoreTable& scores, int year) {
  if (!framework.has_normalised_leaves()) return {};
  std::vector<Bounds> bounds(framework.leaves().size());
  for (size_t leaf = 0; leaf < bounds.size(); ++leaf) {
    const Criterion& criterion = framework.node(framework.leaves()[leaf]);
    if (criterion.normalise == Normalise::kNone) continue;
    std::optional<double> low = criterion.low;
    std::optional<double> high = criterion.high;
    for (int row = 0; row < static_cast<int>(scores.rows().size()); ++row) {
      if (scores.rows()[row].year != year ||
          scores.cell(row, static_cast<int>(leaf)) != Cell::kPoints)
        continue;
      const double value = scores.points(row, static_cast<int>(leaf));
      if (!criterion.low) low = std::min(low.value_or(value), value);
      if (!criterion.high) high = std::max(high.value_or(value), value);
    }
    bounds[leaf] = {low.value_or(0), high.value_or(0)};
  }
  return bounds;
}

Subtotal combine(const std::vector<Subtotal>& parts, const std::vector<double>& weights,
                 Combine how, double max, const std::vector<double>& full_maxima) {
  Subtotal result;
  if (how == Combine::kSum) {
    for (const Subtotal& part : parts) {
      result.points += part.points;
      result.max += part.max;
    }
    return result;
  }
  double applicable_weight = 0;
  double all_weight = 0;
  double weighted_fraction = 0;
  for (size_t i = 0; i < parts.size(); ++i) {
    const double weight = how == Combine::kMean ? 1.0 : weights[i];
    all_weight += weight;
    if (parts[i].max <= 0) continue;  // not applicable: its weight goes to the others
    // A child that applies only in part keeps that part of its weight.
    const double share = full_maxima.empty() || full_maxima[i] <= 0
                             ? 1.0
                             : std::min(1.0, parts[i].max / full_maxima[i]);
    applicable_weight += weight * share;
    weighted_fraction += weight * share * parts[i].points / parts[i].max;
  }
  if (applicable_weight <= 0) return result;
  // The applicable maximum shrinks with the weight left out, as a sum's does with the points.
  result.max = max * applicable_weight / all_weight;
  result.points = result.max * weighted_fraction / applicable_weight;
  return result;
}

RowAggregator::RowAggregator(const Framework& framework, std::vector<Bounds> bounds)
    : framework_(framework), bounds_(std::move(bounds)), subtotal_(framework.nodes().size()) {
  for (int at : framework.bottom_up()) {
    if (!framework.node(at).is_leaf()) inner_.push_back(at);
  }
  for (int leaf : framework.leaves()) leaf_max_.push_back(framework.node(leaf).max);
}

// Points and applicable maximum of one leaf, by its position.
inline Subtotal RowAggregator::leaf_subtotal(size_t leaf, double cell) const {
  if (cell == ScoreTable::kNotApplicableMark) return {};
  const bool missing = cell == ScoreTable::kMissingMark;
  const Criterion& criterion = framework_.node(framework_.leaves()[leaf]);
  if (criterion.normalise == Normalise::kNone) return {missing ? 0.0 : cell, criterion.max};
  // A leaf on which every unit has the same value tells no unit apart: it leaves everyone's
  // maximum, as if it did not apply, instead of dividing by zero.
  const Bounds& bounds = bounds_[leaf];
  if (bounds.is_constant()) return {};
  if (missing) return {0, criterion.max};
  double fraction = std::clamp((cell - bounds.low) / (bounds.high - bounds.low), 0.0, 1.0);
  if (criterion.direction < 0) fraction = 1 - fraction;
  return {fraction * criterion.max, criterion.max};
}

inline Subtotal RowAggregator::combine_node(const std::vector<int>& children, Combine how,
                                            double max) {
  if (how != Combine::kSum) return combine_mean(children, how, max);
  Subtotal sum;  // most frameworks: add the children up, without copying them
  for (int child : children) {
    sum.points += subtotal_[child].points;
    sum.max += subtotal_[child].max;
  }
  return sum;
}

Subtotal RowAggregator::combine_mean(const std::vector<int>& children, Combine how, double max) {
  parts_.clear();
  weights_.clear();
  maxima_.clear();
  for (int child : children) {
    parts_.push_back(subtotal_[child]);
    weights_.push_back(framework_.node(child).weight);
    maxima_.push_back(framework_.node(child).max);
  }
  return combine(parts_, weights_, how, max, maxima_);
}

// The leaves depend on nothing, so they go first; the other nodes follow in bottom-up order,
// each after its children, adding up in the same order as any other walk from the leaves.
void RowAggregator::add_up_nodes(const double* cells) {
  const std::vector<int>& leaves = framework_.leaves();
  if (bounds_.empty()) {  // no normalised leaf: points as given, n/a leaving the maximum
    for (size_t leaf = 0; leaf < leaves.size(); ++leaf) {
      const double cell = cells[leaf];
      Subtotal& subtotal = subtotal_[static_cast<size_t>(leaves[leaf])];
      if (cell == ScoreTable::kNotApplicableMark) {
        subtotal = {};
      } else {
        subtotal = {cell == ScoreTable::kMissingMark ? 0.0 : cell, leaf_max_[leaf]};
      }
    }
  } else {
    for (size_t leaf = 0; leaf < leaves.size(); ++leaf)
      subtotal_[leaves[leaf]] = leaf_subtotal(leaf, cells[leaf]);
  }
  for (int at : inner_) {
    const Criterion& node = framework_.node(at);
    subtotal_[at] = combine_node(node.children, node.combine, node.max);
  }
}

UnitResult RowAggregator::result(int unit, int year, const double* cells, bool keep_nodes) {
  add_up_nodes(cells);
  UnitResult result{unit, year, {}, {}, {}};
  result.fields.reserve(framework_.fields().size());
  for (int field : framework_.fields()) result.fields.push_back(subtotal_[field]);
  if (keep_nodes) result.nodes = subtotal_;
  result.total = combine_node(framework_.fields(), framework_.root_combine(), framework_.max());
  return result;
}

void RowAggregator::add_up(const double* cells, Subtotal* out) {
  add_up_nodes(cells);
  out[0] = combine_node(framework_.fields(), framework_.root_combine(), framework_.max());
  for (int field : framework_.fields()) *++out = subtotal_[field];
}

std::vector<UnitResult> aggregate(const Framework& framework, const ScoreTable& scores, int year,
                                  bool keep_nodes) {
  RowAggregator aggregator(framework, leaf_bounds(framework, scores, year));
  std::vector<UnitResult> results;
  results.reserve(static_cast<size_t>(
      std::count_if(scores.rows().begin(), scores.rows().end(),
                    [&](const UnitYear& unit_year) { return unit_year.year == year; })));
  for (int row = 0; row < static_cast<int>(scores.rows().size()); ++row) {
    const UnitYear& unit_year = scores.rows()[row];
    if (unit_year.year != year) continue;
    results.push_back(aggregator.result(unit_year.unit, year, scores.row_cells(row), keep_nodes));
  }
  return results;
}

void check_scores(const Framework& framework, const ScoreTable& scores, Diagnostics& diagnostics,
                  MissingScores missing_scores) {
  const bool as_zero = missing_scores == MissingScores::kZero;
  const int leaf_count = scores.leaf_count();
  std::map<int, std::vector<char>> scored_in_year;  // year -> leaf was scored for some unit
  for (const UnitYear& row : scores.rows()) scored_in_year[row.year].assign(leaf_count, 0);
  // Rows come grouped by year or by unit: look the year's flags up only when the year changes.
  auto flags_of = [&, year = 0, flags = static_cast<std::vector<char>*>(nullptr)](int row) mutable {
    if (flags == nullptr || scores.rows()[row].year != year) {
      year = scores.rows()[row].year;
      flags = &scored_in_year[year];
    }
    return flags->data();
  };
  for (int row = 0; row < static_cast<int>(scores.rows().size()); ++row) {
    char* scored = flags_of(row);
    const double* cells = scores.row_cells(row);
    for (int leaf = 0; leaf < leaf_count; ++leaf) {
      if (cells[leaf] != ScoreTable::kMissingMark) scored[leaf] = 1;
    }
  }
  for (int row = 0; row < static_cast<int>(scores.rows().size()); ++row) {
    const UnitYear& unit_year = scores.rows()[row];
    const char* scored = flags_of(row);
    const double* cells = scores.row_cells(row);
    int applicable = 0;
    bool any_missing = false;
    for (int leaf = 0; leaf < leaf_count; ++leaf) {
      applicable += cells[leaf] != ScoreTable::kNotApplicableMark;
      any_missing |= cells[leaf] == ScoreTable::kMissingMark && scored[leaf];
    }
    if (applicable > 0 && !any_missing) continue;
    const std::string& unit = scores.units()[unit_year.unit];
    std::vector<std::string> missing;
    for (int leaf = 0; leaf < leaf_count; ++leaf) {
      if (cells[leaf] == ScoreTable::kMissingMark && scored[leaf])
        missing.push_back(framework.node(framework.leaves()[leaf]).id);
    }
    if (applicable == 0) {
      diagnostics.error(scores.where(row),
                        tr("every criterion of unit '{}' is 'n/a' in {}; it cannot be ranked", unit,
                           unit_year.year));
    } else if (!missing.empty()) {
      std::string list;
      for (size_t i = 0; i < missing.size() && i < 5; ++i)
        list += (i ? ", " : "") + quoted(missing[i]);
      if (missing.size() > 5) list += ", …";
      const std::string problem = missing.size() == 1
                                      ? tr("unit '{}' has no score for {} criterion in {} ({})",
                                           unit, missing.size(), unit_year.year, list)
                                      : tr("unit '{}' has no score for {} criteria in {} ({})",
                                           unit, missing.size(), unit_year.year, list);
      if (as_zero) {
        diagnostics.warning(scores.where(row), tr("{}; counted as 0 points", problem));
      } else {
        diagnostics.error(scores.where(row),
                          tr("{}; give every score ('n/a' where a criterion does not apply), or "
                             "--missing zero to count it as 0 points",
                             problem));
      }
    }
  }
  for (const auto& [year, scored] : scored_in_year) {
    for (int leaf = 0; leaf < leaf_count; ++leaf) {
      if (scored[leaf]) continue;
      const Criterion& criterion = framework.node(framework.leaves()[leaf]);
      if (as_zero) {
        diagnostics.warning(criterion.where, tr("nobody was scored on criterion '{}' in {}; it "
                                                "counts as 0 points for every unit",
                                                criterion.id, year));
      } else {
        diagnostics.error(criterion.where,
                          tr("nobody was scored on criterion '{}' in {}; give its scores, or "
                             "--missing zero to count it as 0 points for every unit",
                             criterion.id, year));
      }
    }
  }
}

}  // namespace chiso
