#include "chiso/score_table.h"

#include <cmath>
#include <limits>
#include <set>

namespace chiso {
namespace {

// Raw values of a normalised leaf may be any finite number, negative included; scores are
// never infinite once read, so infinities mark the two cells that hold no number.
constexpr double kNotApplicableMark = -std::numeric_limits<double>::infinity();
constexpr double kMissingMark = std::numeric_limits<double>::infinity();

std::uint64_t row_key(int unit, int year) {
  return (static_cast<std::uint64_t>(static_cast<std::uint32_t>(unit)) << 32) |
         static_cast<std::uint32_t>(year);
}

}  // namespace

int ScoreTable::intern_unit(std::string_view name) {
  if (last_unit_ >= 0 && name == last_name_) return last_unit_;
  auto found = unit_index_.find(name);
  if (found == unit_index_.end()) {
    found = unit_index_.emplace(std::string(name), static_cast<int>(units_.size())).first;
    units_.emplace_back(name);
  }
  last_unit_ = found->second;
  last_name_.assign(name);
  return last_unit_;
}

int ScoreTable::row(int unit, int year, const Location& where) {
  // Rows come grouped by unit and year in a long file: the same row as last time is likely.
  if (last_row_ >= 0 && rows_[last_row_].unit == unit && rows_[last_row_].year == year) return last_row_;
  const std::uint64_t key = row_key(unit, year);
  auto found = row_index_.find(key);  // find first: emplace would allocate a node every time
  if (found == row_index_.end()) {
    found = row_index_.emplace(key, static_cast<int>(rows_.size())).first;
    rows_.push_back({unit, year, where});
    cells_.resize(cells_.size() + static_cast<size_t>(leaf_count_), kMissingMark);
  }
  last_row_ = found->second;
  return last_row_;
}

Cell ScoreTable::cell(int row, int leaf) const {
  double value = cells_[static_cast<size_t>(row) * leaf_count_ + leaf];
  if (value == kNotApplicableMark) return Cell::kNotApplicable;
  if (value == kMissingMark) return Cell::kMissing;
  return Cell::kPoints;
}

double ScoreTable::points(int row, int leaf) const {
  double value = cells_[static_cast<size_t>(row) * leaf_count_ + leaf];
  return std::isfinite(value) ? value : 0.0;
}

void ScoreTable::set_points(int row, int leaf, double points) {
  cells_[static_cast<size_t>(row) * leaf_count_ + leaf] = points;
}

void ScoreTable::set_not_applicable(int row, int leaf) {
  cells_[static_cast<size_t>(row) * leaf_count_ + leaf] = kNotApplicableMark;
}

std::vector<int> ScoreTable::years() const {
  std::set<int> years;
  for (const UnitYear& row : rows_) years.insert(row.year);
  return {years.begin(), years.end()};
}

}  // namespace chiso
