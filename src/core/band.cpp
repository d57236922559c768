#include "chiso/band.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <string_view>
#include <tuple>

#include "chiso/message.h"
#include "chiso/suggest.h"
#include "core/number_text.h"

namespace chiso {
namespace {

constexpr size_t kMostSets = 10;

// Where a band sits in its group: its quantile, else its minimum.
double position(const Band& band) { return band.quantile ? *band.quantile : band.min; }

// Two bands of a set and group at one minimum (or quantile): one message for each case, as the
// words around the number differ between languages.
std::string same_position(const Band& earlier, const Band& later) {
  const std::string at = number_text(position(later));
  if (later.group.empty()) {
    return later.quantile
               ? tr("bands '{}' and '{}' have the same quantile {}", earlier.label, later.label, at)
               : tr("bands '{}' and '{}' have the same minimum {}", earlier.label, later.label, at);
  }
  return later.quantile ? tr("bands '{}' and '{}' have the same quantile {} in group '{}'",
                             earlier.label, later.label, at, later.group)
                        : tr("bands '{}' and '{}' have the same minimum {} in group '{}'",
                             earlier.label, later.label, at, later.group);
}

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
      diagnostics.error(band.where,
                        tr("band set '{}' is one set too many; at most {} band sets side by side",
                           band.set, kMostSets));
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
      diagnostics.error(later.where, same_position(earlier, later));
    }
  }
  // A label given twice in a group would be printed twice, its units split between two rows.
  // Looked up by set, group and label, not by a scan back: 100,000 bands in one group.
  std::map<std::tuple<std::string_view, std::string_view, std::string_view>, size_t> last_with;
  for (size_t i = 0; i < bands.size(); ++i) {
    auto [found, inserted] =
        last_with.try_emplace({bands[i].set, bands[i].group, bands[i].label}, i);
    if (inserted) continue;
    const size_t j = found->second;
    found->second = i;
    const Band& later = bands[i].where.line > bands[j].where.line ? bands[i] : bands[j];
    const Band& earlier = bands[i].where.line > bands[j].where.line ? bands[j] : bands[i];
    diagnostics.error(
        later.where,
        later.group.empty()
            ? tr("band '{}' is given twice (also on {}); give each band once, with its "
                 "minimum",
                 later.label, line_name(earlier.where))
            : tr("band '{}' is given twice in group '{}' (also on {}); give each band once, "
                 "with its minimum",
                 later.label, later.group, line_name(earlier.where)));
  }
  scheme.bands_ = std::move(bands);
  for (size_t i = 0; i < scheme.bands_.size(); ++i) {
    const Band& band = scheme.bands_[i];
    auto [range, inserted] = scheme.ranges_.try_emplace({band.set, band.group}, i, i + 1);
    if (!inserted) range->second.second = i + 1;
  }
  return scheme;
}

void check_band_groups(const BandScheme& scheme, const std::vector<std::string>& groups,
                       const std::string& units_file, Diagnostics& diagnostics) {
  const std::set<std::string_view> known(groups.begin(), groups.end());  // 100,000 groups
  std::set<std::string_view> reported;
  for (const Band& band : scheme.bands()) {
    if (band.group.empty() || known.count(band.group) || !reported.insert(band.group).second)
      continue;
    if (units_file.empty()) {
      diagnostics.error(band.where, tr("band '{}' is for group '{}', but there is no units file "
                                       "(--units) to give groups; leave the group empty, or give "
                                       "--units",
                                       band.label, band.group));
      continue;
    }
    // Only the first 50 are listed; suggesting for the rest would cost groups × groups.
    const std::string hint =
        reported.size() <= 50 ? closest_match(band.group, groups) : std::string();
    diagnostics.error(band.where, tr("band '{}' is for group '{}', which is not a group of '{}'",
                                     band.label, band.group, units_file) +
                                      (hint.empty() ? "" : tr("; did you mean '{}'?", hint)));
  }
}

std::vector<Band> BandScheme::for_group(std::string_view group, std::string_view set) const {
  if (set.empty() && !sets_.empty()) set = sets_.front();
  auto found = ranges_.find({std::string(set), std::string(group)});
  if (found == ranges_.end()) found = ranges_.find({std::string(set), std::string()});
  if (found == ranges_.end()) return {};
  return {bands_.begin() + static_cast<long>(found->second.first),
          bands_.begin() + static_cast<long>(found->second.second)};
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
