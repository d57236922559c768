// Per-group statistics of a league table: what the published report says in words.
#pragma once

#include <string>
#include <vector>

#include "chiso/league.h"

namespace chiso {

/// How many units of a group got a band, and their share.
struct BandCount {
  std::string label;
  int units = 0;
  int share_bp = 0;  // share in hundredths of a percent: 1363 = 13.63 %

  friend bool operator==(const BandCount&, const BandCount&) = default;
};

/// A unit whose rank changed.
struct Move {
  std::string unit;
  int rank = 0;
  int previous_rank = 0;
  int change = 0;  // previous_rank − rank

  friend bool operator==(const Move&, const Move&) = default;
};

/// What a report says about one group in one year.
struct GroupSummary {
  std::string group;
  int units = 0;    // ranked units
  double mean = 0;  // of the headline figures before rounding (indices, or points)
  double median = 0;
  double min = 0;
  double max = 0;
  std::vector<BandCount> bands;  // every band of the group, highest first, then "no band"
  int climbed = 0;
  int fell = 0;
  int held = 0;
  int new_units = 0;           // not ranked in the previous year, mergers (formed_from) aside
  std::vector<Move> climbers;  // largest climbs first, then by rank; at most `kMovesShown`
  std::vector<Move> fallers;   // largest falls first, then by rank; at most `kMovesShown`
  int not_ranked = 0;          // listed but left out of the ranking this year
  int merged = 0;              // formed from several previous units (--renames): no rank change

  friend bool operator==(const GroupSummary&, const GroupSummary&) = default;
};

/// How many climbers and fallers a summary lists.
inline constexpr int kMovesShown = 3;

/// The largest of `moves` (all climbs or all falls), biggest first, equal moves by current
/// rank; at most `kMovesShown`.
std::vector<Move> largest_moves(std::vector<Move> moves);

/// Shares in hundredths of a percent of each count in the total, adding up to exactly 10000
/// (100.00 %): each share is rounded down, and the hundredths left over go to the largest
/// remainders, the earlier count first on equal remainders. All zero when `counts` sum to 0.
std::vector<int> shares_bp(const std::vector<int>& counts);

/// The summary of every group of `table`, in the table's group order.
std::vector<GroupSummary> summarise(const LeagueTable& table, const BandScheme& bands);

}  // namespace chiso
