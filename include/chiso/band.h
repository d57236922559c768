// Bands (xếp loại): labels given to index ranges, configured per group.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "chiso/diagnostic.h"

namespace chiso {

/// One band: units of `group` (empty = every group) whose headline figure is at least `min`
/// and below the next band's minimum get `label`. A quantile band's minimum is, each year,
/// that quantile of its group's figures (Excel's PERCENTILE.INC).
struct Band {
  std::string group;
  std::string label;
  double min = 0;
  Location where;
  std::optional<double> quantile;  // 0..1: the minimum is this quantile of the group's values
  std::string set;                 // band sets side by side (national A/B/C and a province's)

  friend bool operator==(const Band&, const Band&) = default;
};

/// The `quantile` (0..1) of `values` by linear interpolation between the closest ranks, as
/// Excel's PERCENTILE.INC and R's type 7: position (n − 1) × quantile of the sorted values.
/// 0 when `values` is empty.
double percentile_inc(std::vector<double> values, double quantile);

/// The band thresholds of every group. A group with bands of its own uses only those; the
/// others use the bands whose group is empty.
class BandScheme {
 public:
  BandScheme() = default;
  /// Validates the bands: two bands with the same minimum (or quantile), or the same label,
  /// in a group are an error.
  static BandScheme build(std::vector<Band> bands, Diagnostics& diagnostics);

  bool empty() const { return bands_.empty(); }
  /// Every band, sorted by set, group, then minimum or quantile descending.
  const std::vector<Band>& bands() const { return bands_; }
  /// The band sets in file order; the first is the one `band` columns and reports use.
  const std::vector<std::string>& sets() const { return sets_; }
  /// The bands of `set` that apply to `group`, highest first, quantiles not resolved.
  std::vector<Band> for_group(std::string_view group, std::string_view set = {}) const;
  /// As for_group, with each quantile band's minimum resolved on `values` (the group's
  /// figures of one year).
  std::vector<Band> resolved(std::string_view group, const std::vector<double>& values,
                             std::string_view set = {}) const;
  /// The label of the first band of `bands` (highest first) whose minimum is at or below
  /// `value`: a value exactly on a boundary takes the upper band. Empty when below them all.
  static std::string label(const std::vector<Band>& bands, double value);
  /// The label for `value` in `group` of a scheme without quantile bands.
  std::string label(std::string_view group, double value) const;

 private:
  std::vector<Band> bands_;  // sorted by set, group, then minimum or quantile descending
  std::vector<std::string> sets_;
  // Where each (set, group) starts and ends in bands_: a lookup per group, not a scan.
  std::map<std::pair<std::string, std::string>, std::pair<size_t, size_t>> ranges_;
};

/// Reports each band whose group is not one of `groups` (the groups of the units file named
/// `units_file`; none when there is no units file), with the closest group, since its units
/// would silently take the shared bands.
void check_band_groups(const BandScheme& scheme, const std::vector<std::string>& groups,
                       const std::string& units_file, Diagnostics& diagnostics);

}  // namespace chiso
