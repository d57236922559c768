// The points each unit got for each leaf criterion, per year: a dense unit-year × leaf table.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "chiso/diagnostic.h"

namespace chiso {

/// What a score cell holds besides points.
enum class Cell { kPoints, kNotApplicable, kMissing };

/// One unit in one year: its row of leaf scores and where it was first seen.
struct UnitYear {
  int unit = 0;       // index into ScoreTable::units()
  int year = 0;
  Location where;     // first line that scored this unit in this year
};

/// Scores of every unit and year, one row of `leaf_count` cells per unit-year. Memory grows
/// with units × years × leaves, never with the number of input lines.
class ScoreTable {
 public:
  explicit ScoreTable(int leaf_count) : leaf_count_(leaf_count) {}

  int leaf_count() const { return leaf_count_; }

  /// The unit's index, adding it on first sight. `name` must already be normalised.
  int intern_unit(std::string_view name);
  /// The row of (unit, year), adding an all-missing row located at `where` on first sight.
  int row(int unit, int year, const Location& where);

  Cell cell(int row, int leaf) const;
  /// Points of a cell; 0 unless `cell(row, leaf)` is `Cell::kPoints`.
  double points(int row, int leaf) const;
  void set_points(int row, int leaf, double points);
  void set_not_applicable(int row, int leaf);

  const std::vector<std::string>& units() const { return units_; }
  const std::vector<UnitYear>& rows() const { return rows_; }
  /// The years present, ascending.
  std::vector<int> years() const;

 private:
  int leaf_count_;
  std::vector<std::string> units_;
  std::map<std::string, int, std::less<>> unit_index_;
  std::vector<UnitYear> rows_;
  std::unordered_map<std::uint64_t, int> row_index_;
  // Points (or a normalised leaf's raw value), or an infinite marker for n/a and missing.
  std::vector<double> cells_;
  int last_unit_ = -1;        // rows usually come grouped by unit: skip the map lookup then
  int last_row_ = -1;
  std::string last_name_;
};

}  // namespace chiso
