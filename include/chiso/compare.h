// Comparing rankings: one year against another (chiso compare), and every year of a unit
// (chiso history). Rankings come from league tables or from ranking files, as standings.
#pragma once

#include <map>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "chiso/framework.h"
#include "chiso/league.h"
#include "chiso/summary.h"

namespace chiso {

/// The standings of one ranked year: a league table's units, or a ranking file's rows.
struct YearStandings {
  std::optional<int> year;  // empty: a published table that does not say its year
  std::vector<PreviousStanding> standings;

  friend bool operator==(const YearStandings&, const YearStandings&) = default;
};

/// How a unit's rank moved from the old ranking to the new one.
enum class Movement { kClimbed, kFell, kHeld, kNew, kGone, kMerged };

/// One unit in the old and the new ranking; the old side is empty for a new unit, the new side
/// for a unit gone from the new ranking.
struct UnitChange {
  std::string group;  // the group in the new ranking, else in the old one
  std::string unit;
  std::optional<int> old_rank;
  std::optional<int> new_rank;
  std::optional<double> old_index;  // as published
  std::optional<double> new_index;
  std::string old_band;
  std::string new_band;
  /// A unit of the new ranking formed by merging these units of the old one (--renames): it has
  /// no old rank, and is merged rather than new. Their old bands count in the band shifts.
  std::vector<PreviousStanding> formed_from;

  Movement movement() const;
  /// Old rank − new rank: positive when the unit climbed; empty for a new or gone unit.
  std::optional<int> rank_change() const;
  /// New index − old index in percentage points; empty unless both are known.
  std::optional<double> index_change() const;

  friend bool operator==(const UnitChange&, const UnitChange&) = default;
};

/// How many units of a group had a band in each ranking.
struct BandShift {
  std::string label;
  int old_units = 0;
  int new_units = 0;

  /// New count − old count.
  int change() const { return new_units - old_units; }

  friend bool operator==(const BandShift&, const BandShift&) = default;
};

/// What changed in one group.
struct GroupChange {
  std::string group;
  int old_units = 0;  // ranked in the old ranking
  int new_units = 0;  // ranked in the new ranking
  int climbed = 0;
  int fell = 0;
  int held = 0;
  int entered = 0;               // new: only in the new ranking
  int gone = 0;                  // only in the old ranking
  std::vector<Move> climbers;    // largest climbs first, then by new rank; at most kMovesShown
  std::vector<Move> fallers;     // largest falls first, then by new rank; at most kMovesShown
  std::vector<BandShift> bands;  // labels present in either ranking, highest band first
  bool old_has_bands = false;    // whether the old ranking gave any unit of the group a band
  bool new_has_bands = false;
  int merged = 0;  // formed from several units of the old ranking: no rank change

  friend bool operator==(const GroupChange&, const GroupChange&) = default;
};

/// The comparison of two rankings.
struct Comparison {
  std::optional<int> old_year;
  std::optional<int> new_year;
  std::vector<std::string> groups;  // in order of first appearance in the new ranking, then the old
  /// Sorted by group, then new rank (gone units last, by old rank), then unit name.
  std::vector<UnitChange> units;
  std::vector<GroupChange> changes;  // one per group, in `groups` order

  friend bool operator==(const Comparison&, const Comparison&) = default;
};

/// The units of each of `comparison.groups`, in the same order: found in one pass, so that
/// 100,000 groups are not 100,000 reads of every unit.
std::vector<std::vector<const UnitChange*>> units_by_group(const Comparison& comparison);

/// Compares two rankings, matching units by name (names are already normalised). A unit's group
/// is taken from the new ranking, or from the old one when the new gives none. Bands are
/// ordered by the highest index seen with them, or, where no index is known, by the best rank.
/// `formed_from` names the units of the new ranking that merge several of the old one (their
/// old units are not in `old_ranking`).
Comparison compare(const YearStandings& old_ranking, const YearStandings& new_ranking,
                   const std::map<std::string, std::vector<PreviousStanding>>& formed_from = {});

/// Whether two frameworks have the same leaf criterion ids (in any order), so that points and
/// fields can be compared and not only the index.
bool same_criteria(const Framework& a, const Framework& b);

/// A unit's standing in one year of its history.
struct YearStanding {
  int year = 0;
  int rank = 0;
  std::optional<double> index;
  std::string band;

  friend bool operator==(const YearStanding&, const YearStanding&) = default;
};

/// One unit across the years it was ranked.
struct UnitHistory {
  std::string group;  // its group in the latest year that gives one
  std::string unit;
  std::vector<YearStanding> years;  // ascending; only the years it was ranked
  /// The year of the merger (--renames) that formed it, when it was formed by one: its change,
  /// best and worst rank are then those from that year on, as the merged unit's.
  std::optional<int> merged_year;
  std::vector<std::string> formed_from;  // the units merged then, itself first if it kept its name
  int best_year = 0;                     // best rank; equal ranks: the latest year
  int worst_year = 0;                    // worst rank; equal ranks: the latest year

  /// The years its change is measured over: from `merged_year` on, else all of them.
  std::span<const YearStanding> compared_years() const;
  /// First compared year's rank − last year's rank: positive when it climbed; empty with one
  /// compared year.
  std::optional<int> rank_change() const;
  /// Last year's index − first compared year's, in percentage points; empty with one compared
  /// year or when either index is unknown.
  std::optional<double> index_change() const;

  friend bool operator==(const UnitHistory&, const UnitHistory&) = default;
};

/// Every unit across every year.
struct History {
  std::vector<int> years;           // ascending
  std::vector<std::string> groups;  // in order of first appearance, latest year first
  /// Sorted by group, then the unit's last year (latest first), its rank that year, its name.
  std::vector<UnitHistory> units;

  friend bool operator==(const History&, const History&) = default;
};

/// The units of each of `history.groups`, in the same order, found in one pass.
std::vector<std::vector<const UnitHistory*>> units_by_group(const History& history);

/// A unit formed by merging several units (--renames): the year and the units merged.
struct Merger {
  int year = 0;
  std::vector<std::string> from;  // itself first when it kept its name, then the others

  friend bool operator==(const Merger&, const Merger&) = default;
};

/// The units of `rankings` (each with a year, ascending, under their own names, before
/// apply_renames) that `renames` form by a merger, each with its latest: a unit of one year that
/// continues several units of the year before, by the rule rank and compare follow (renames.h).
std::map<std::string, Merger> find_mergers(const std::vector<YearStandings>& rankings,
                                           const std::vector<Rename>& renames);

/// The history of every unit in `rankings`, which must each have a year, all different; the
/// units of `mergers` have their change measured from the merger on.
History history(const std::vector<YearStandings>& rankings,
                const std::map<std::string, Merger>& mergers = {});

/// Rounds every index of `ranking` to `decimals`, as printed, so that an index change is the
/// difference of the two figures printed beside it (a published table may have 3 decimals).
void round_indices(YearStandings& ranking, int decimals);

/// Renames the units of `earlier` that `renames` renamed by `later_year` (from a later year
/// than `earlier`'s), so that each is matched with its new name. With `drop_mergers`, the units
/// of a merger are left out of `earlier`: the merged unit has no old rank, and they are not
/// gone. Returns each merged unit's sources, for compare().
std::map<std::string, std::vector<PreviousStanding>> apply_renames(
    YearStandings& earlier, std::optional<int> later_year, const std::vector<Rename>& renames,
    bool drop_mergers);

}  // namespace chiso
