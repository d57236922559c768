#include "chiso/rank.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace chiso {

namespace {

double scale_of(int decimals) {
  static constexpr double kScales[] = {1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8};
  return decimals >= 0 && decimals <= 8 ? kScales[decimals] : std::pow(10.0, decimals);
}

}  // namespace

double round_half_up_units(double value, int decimals) {
  const double scaled = value * scale_of(decimals);
  // Decimal halves such as 2.675 are stored a hair below or above the half; nudging by a
  // relative 1e-12 (far below any score's precision) makes them round the way a person would.
  const double nudged = scaled + std::copysign(std::fabs(scaled) * 1e-12, scaled);
  return std::round(nudged);
}

double round_half_up(double value, int decimals) {
  return round_half_up_units(value, decimals) / scale_of(decimals);
}

std::vector<int> rank_descending(const std::vector<double>& keys, TieRule rule,
                                 std::vector<int>* sorted) {
  std::vector<int> order(keys.size());
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return keys[a] > keys[b]; });
  std::vector<int> ranks(keys.size());
  int dense = 0;
  for (size_t position = 0; position < order.size(); ++position) {
    const bool tied = position > 0 && keys[order[position]] == keys[order[position - 1]];
    if (!tied) ++dense;
    int rank = static_cast<int>(position) + 1;
    if (tied && rule == TieRule::kCompetition) rank = ranks[order[position - 1]];
    if (rule == TieRule::kDense) rank = dense;
    ranks[order[position]] = rank;
  }
  // Ranks never fall along `order` (ties keep their rank, or a dense or ordinal one), and
  // equal keys keep the given order: it is also the order of the ranks.
  if (sorted != nullptr) *sorted = std::move(order);
  return ranks;
}

}  // namespace chiso
