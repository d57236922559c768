#include "chiso/band.h"

#include <algorithm>
#include <cmath>

#include "core/number_text.h"

namespace chiso {
namespace {

constexpr size_t kMostSets = 10;

// Where a band sits in its group: its quantile, else its minimum.
double position(const Band& band) { return band.quantile ? *band.quantile : band.min; }

}  // namespace

double percentile_inc(std::vector<double> values, double quantile) {
  if (values.empty()) return 0;
  std::sort(values.begin(), values.end());
  const double at = static_cast<double>(values.size() - 1) * quantile;
  const size_t below = static_cast<size_t>(std::floor(at));
  if (below + 1 >= values.size()) return values.back();
  return values[below] + (at - static_cast<double>(below)) * (values[below + 1] - values[below]);
}

BandScheme BandScheme::build(std::vector<Band> bands, Diagnostics& diagnostics) {
  BandScheme scheme;
  std::map<std::string, size_t> set_order;  // copies: sorting moves the bands' strings
  for (const Band& band : bands) {
    if (!set_order.emplace(band.set, scheme.sets_.size()).second) continue;
    scheme.sets_.push_back(band.set);
    // Each set is a column of every unit's row: 10,000 sets would be 10,000 columns.
    if (scheme.sets_.size() == kMostSets + 1) {
      diagnostics.error(band.where, "band set " + quoted(band.set) + " is one set too many; at most " +
                                        std::to_string(kMostSets) + " band sets side by side");
    }
  }
  std::stable_sort(bands.begin(), bands.end(), [&](const Band& a, const Band& b) {
    if (a.set != b.set) return set_order.at(a.set) < set_order.at(b.set);
    if (a.group != b.group) return a.group < b.group;
    return position(a) > position(b);
  });
  for (size_t i = 1; i < bands.size(); ++i) {
    const Band& a = bands[i - 1];
    const Band& b = bands[i];
    if (a.set == b.set && a.group == b.group && a.quantile.has_value() == b.quantile.has_value() &&
        position(a) == position(b)) {
      const Band& later = a.where.line > b.where.line ? a : b;
      const Band& earlier = a.where.line > b.where.line ? b : a;
      diagnostics.error(later.where, "bands " + quoted(earlier.label) + " and " + quoted(later.label) + " have the same " +
                                         (later.quantile ? "quantile " : "minimum ") + number_text(position(later)) +
                                         (later.group.empty() ? "" : " in group " + quoted(later.group)));
    }
  }
  scheme.bands_ = std::move(bands);
  for (size_t i = 0; i < scheme.bands_.size(); ++i) {
    const Band& band = scheme.bands_[i];
    auto [range, inserted] = scheme.ranges_.try_emplace({band.set, band.group}, i, i + 1);
    if (!inserted) range->second.second = i + 1;
  }
  return scheme;
}

std::vector<Band> BandScheme::for_group(std::string_view group, std::string_view set) const {
  if (set.empty() && !sets_.empty()) set = sets_.front();
  auto found = ranges_.find({std::string(set), std::string(group)});
  if (found == ranges_.end()) found = ranges_.find({std::string(set), std::string()});
  if (found == ranges_.end()) return {};
  return {bands_.begin() + static_cast<long>(found->second.first), bands_.begin() + static_cast<long>(found->second.second)};
}

std::vector<Band> BandScheme::resolved(std::string_view group, const std::vector<double>& values,
                                       std::string_view set) const {
  std::vector<Band> bands = for_group(group, set);
  for (Band& band : bands) {
    if (band.quantile) band.min = percentile_inc(values, *band.quantile);
  }
  return bands;
}

std::string BandScheme::label(const std::vector<Band>& bands, double value) {
  for (const Band& band : bands) {
    if (value >= band.min) return band.label;
  }
  return {};
}

std::string BandScheme::label(std::string_view group, double value) const {
  return label(for_group(group), value);
}

}  // namespace chiso
