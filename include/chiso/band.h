// Bands (xếp loại): labels given to index ranges, configured per group.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "chiso/diagnostic.h"

namespace chiso {

/// One band: units of `group` (empty = every group) whose index is at least `min` and below
/// the next band's minimum get `label`.
struct Band {
  std::string group;
  std::string label;
  double min = 0;
  Location where;

  friend bool operator==(const Band&, const Band&) = default;
};

/// The band thresholds of every group. A group with bands of its own uses only those; the
/// others use the bands whose group is empty.
class BandScheme {
 public:
  BandScheme() = default;
  /// Validates the bands: two bands with the same minimum in a group are an error.
  static BandScheme build(std::vector<Band> bands, Diagnostics& diagnostics);

  bool empty() const { return bands_.empty(); }
  /// The bands that apply to `group`, highest minimum first.
  std::vector<Band> for_group(std::string_view group) const;
  /// The label for `index` in `group`; empty when no band's minimum is at or below it.
  std::string label(std::string_view group, double index) const;

 private:
  std::vector<Band> bands_;  // sorted by group, then minimum descending
};

}  // namespace chiso
