// A province's national indices across the years (chiso scorecard): PAR INDEX, SIPAS, PAPI, PCI
// or any index with a method, each year's figure, rank, tier and change from the year before.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "chiso/diagnostic.h"
#include "chiso/league.h"  // Rename

namespace chiso {

/// What an index's headline figure is: a percentage (PAR INDEX, SIPAS) or points on a scale
/// (PAPI on 80, PCI on 100).
enum class FigureUnit { kPercent, kPoints };

/// How an index puts provinces into tiers: not at all, as its table prints them (PAR INDEX
/// groups A/B/C), or by quartiles of the year's values (PAPI).
enum class TierRule { kNone, kPublished, kQuartiles };

/// The maximum of an index's scale from `from_year` on (from any year when empty).
struct IndexScale {
  std::optional<int> from_year;
  double maximum = 100;

  friend bool operator==(const IndexScale&, const IndexScale&) = default;
};

/// A national index as its method file describes it.
struct NationalIndex {
  std::string name;        // as named on the command line: PAR_INDEX, SIPAS, PAPI, PCI
  std::string short_name;  // as articles print it: "PAR INDEX"
  std::string title_vi;    // "Chỉ số cải cách hành chính"
  std::string title_en;
  FigureUnit unit = FigureUnit::kPercent;
  std::vector<IndexScale> scales;  // by from_year ascending; the first has no from_year
  int decimals = 2;
  TierRule tiers = TierRule::kNone;
  /// Quartile tiers, highest first (four labels); the table's own labels otherwise.
  std::vector<std::string> tier_labels_vi;
  std::vector<std::string> tier_labels_en;
  std::string source;

  /// The maximum of the scale in `year`: the last scale whose from_year is not after it.
  double maximum_in(int year) const;

  friend bool operator==(const NationalIndex&, const NationalIndex&) = default;
};

/// The key index names are matched on: upper case, with spaces and '-' read as '_'
/// ("par index", "PAR-INDEX" and "PAR_INDEX" give "PAR_INDEX").
std::string index_key(const std::string& name);

/// One province's row of a national table, as read.
struct NationalRow {
  std::string index_name;  // index_key of the index
  int year = 0;
  std::string unit;              // the province, spelt as matched (see the reader)
  std::optional<double> value;   // the table's value or index column
  std::optional<double> points;  // a points column (chiso's ranking.csv has points and index)
  std::optional<int> rank;       // as published
  std::optional<int> of;         // out of how many, as published
  std::string tier;              // as published
  std::string group;             // a ranking.csv's group: ranks and counts are within it
  Location where;

  friend bool operator==(const NationalRow&, const NationalRow&) = default;
};

/// A unit's standing in the previous year a scorecard entry is compared with.
struct PreviousPlace {
  std::string unit;
  int rank = 0;
  int of = 0;
  std::optional<double> value;

  friend bool operator==(const PreviousPlace&, const PreviousPlace&) = default;
};

/// The province in one index and year.
struct ScorecardEntry {
  std::string index_name;
  int year = 0;
  std::optional<double> value;  // on the index's scale (points or %), as published
  double maximum = 100;         // of the scale
  int rank = 0;
  int of = 0;
  std::string tier;  // empty where the index has none
  /// For quartile tiers: 0 for the highest group to 3 for the lowest (tier_labels_vi's order).
  std::optional<int> quartile;
  /// The previous year present for the province (or the units it continues), if any.
  std::optional<int> previous_year;
  /// The standings it continues in previous_year: itself or the unit it was renamed from (one),
  /// or the units merged into it (several).
  std::vector<PreviousPlace> previous;
  /// Whether previous_year was ranked on the map before a merger (--renames): ranks out of 34
  /// are not compared with ranks out of 63.
  bool map_changed = false;

  /// Several units merged into the province since previous_year.
  bool is_merged() const { return previous.size() > 1; }
  /// Previous rank − rank: positive is a climb. Empty without one previous standing on the same
  /// map.
  std::optional<int> rank_change() const;
  /// Value − previous value, rounded to `decimals`; empty unless one previous standing (not a
  /// merger) and both values are known.
  std::optional<double> value_change(int decimals) const;

  friend bool operator==(const ScorecardEntry&, const ScorecardEntry&) = default;
};

/// Every index and year of the province: entries by index (in the order of `indices`), then by
/// year ascending.
struct Scorecard {
  std::string province;
  std::vector<ScorecardEntry> entries;

  friend bool operator==(const Scorecard&, const Scorecard&) = default;
};

/// The province `province` (spelt as in `rows`) in every index and year of `rows`. Every index
/// of `rows` must be in `indices`. The rank is the published one, else the competition rank
/// (RANK.EQ) of the year's values; a published rank outside the places its value shares gives a
/// warning at its row (the published rank is kept: ranks are on unrounded values). `of` is the
/// published count, else the rows of the year (of the province's group, in a table with groups).
/// The tier is the published one, else for quartile tiers the quartile group of the year's values
/// (PERCENTILE.INC, a value on a boundary taking the upper group). A row of the province that
/// cannot be ranked (no rank and not every row with a value) is an error.
Scorecard make_scorecard(const std::string& province, const std::vector<NationalRow>& rows,
                         const std::vector<NationalIndex>& indices,
                         const std::vector<Rename>& renames, Diagnostics& diagnostics);

/// The index of `indices` named `name` (index_key), or null.
const NationalIndex* find_index(const std::vector<NationalIndex>& indices, const std::string& name);

}  // namespace chiso
