// Ranking: positions from indices, with the tie rules that published league tables use.
#pragma once

#include <vector>

namespace chiso {

/// How equal indices share ranks.
enum class TieRule {
  kCompetition,  // 1, 2, 2, 4: Excel's RANK.EQ, SQL RANK()
  kDense,        // 1, 2, 2, 3: SQL DENSE_RANK()
  kOrdinal,      // 1, 2, 3, 4: ties broken by input order
};

/// What is compared when ranking.
enum class RankBasis {
  kRounded,  // the index as published, rounded to the report's decimals
  kExact,    // the unrounded index
};

/// The figure a method publishes as its result; units are always ranked on the index.
enum class Headline {
  kIndex,   // the index in percent (PAR INDEX: 87.83%)
  kPoints,  // the points on the method's own scale (PAPI: 48.81 of 80)
  kScore,   // the index as a composite score on 100, without a percent sign (PCI: 65.23)
};

/// How `rank` turns indices into ranks.
struct RankOptions {
  TieRule ties = TieRule::kCompetition;
  RankBasis basis = RankBasis::kRounded;
  int decimals = 2;  // 0..6
  Headline headline = Headline::kIndex;
};

/// `value` rounded to `decimals` places, halves away from zero as in a spreadsheet's ROUND;
/// a decimal half stored a hair below it (2.675 is stored as 2.67499…) still rounds up.
double round_half_up(double value, int decimals);

/// `value` × 10^decimals rounded as round_half_up rounds: a whole number, the count of
/// 10^-decimals in round_half_up(value, decimals), which equals it divided by 10^decimals.
double round_half_up_units(double value, int decimals);

/// The rank of each key, highest key first (rank 1), in the order the keys were given.
/// Keys are compared exactly; round them first to rank on published values.
/// With `order`, also gives the positions of the keys from rank 1 down, equal ranks in the
/// order the keys were given.
std::vector<int> rank_descending(const std::vector<double>& keys, TieRule rule,
                                 std::vector<int>* order = nullptr);

}  // namespace chiso
