#include "chiso/band.h"

#include <algorithm>

#include "core/number_text.h"

namespace chiso {

BandScheme BandScheme::build(std::vector<Band> bands, Diagnostics& diagnostics) {
  std::stable_sort(bands.begin(), bands.end(), [](const Band& a, const Band& b) {
    if (a.group != b.group) return a.group < b.group;
    return a.min > b.min;
  });
  for (size_t i = 1; i < bands.size(); ++i) {
    const Band& a = bands[i - 1];
    const Band& b = bands[i];
    if (a.group == b.group && a.min == b.min) {
      const Band& later = a.where.line > b.where.line ? a : b;
      const Band& earlier = a.where.line > b.where.line ? b : a;
      diagnostics.error(later.where, "bands " + quoted(earlier.label) + " and " + quoted(later.label) +
                                         " have the same minimum " + number_text(later.min) +
                                         (later.group.empty() ? "" : " in group " + quoted(later.group)));
    }
  }
  BandScheme scheme;
  scheme.bands_ = std::move(bands);
  return scheme;
}

std::vector<Band> BandScheme::for_group(std::string_view group) const {
  std::vector<Band> own;
  std::vector<Band> shared;
  for (const Band& band : bands_) {
    if (band.group == group) own.push_back(band);
    if (band.group.empty()) shared.push_back(band);
  }
  return own.empty() ? shared : own;
}

std::string BandScheme::label(std::string_view group, double index) const {
  for (const Band& band : for_group(group)) {
    if (index >= band.min) return band.label;
  }
  return {};
}

}  // namespace chiso
