// The league table of one year: every unit ranked within its group, banded, and compared with
// the previous year.
#pragma once

#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "chiso/aggregate.h"
#include "chiso/band.h"
#include "chiso/rank.h"

namespace chiso {

/// Which group each unit belongs to, and the order groups are reported in.
struct UnitGroups {
  std::vector<std::string> order;                         // as first listed in the units file
  std::unordered_map<std::string, std::string> group_of;  // unit name -> group
  std::vector<std::pair<std::string, Location>> listed;   // each unit and its line, in file order

  /// The unit's group; empty (the group of unlisted units) when it is not listed.
  std::string group(const std::string& unit) const;
};

/// A unit's standing in an earlier year, from chiso's own ranking or a published table.
struct PreviousStanding {
  std::string unit;
  std::string group;  // may be empty when the table has no group column
  int rank = 0;
  std::optional<double> index;  // as published (rounded)
  std::string band;
  std::optional<double> figure;  // the headline figure as published, when known

  friend bool operator==(const PreviousStanding&, const PreviousStanding&) = default;
};

/// One row of the league table.
struct RankedUnit {
  int year = 0;
  std::string group;
  int rank = 0;  // 0: not ranked this year (excluded)
  std::string unit;
  Subtotal total;
  double index = 0;                  // rounded to the report's decimals: what is published
  std::string band;                  // of the first band set, on the headline figure
  std::optional<int> previous_rank;  // empty: not ranked in the previous year
  std::optional<double> previous_index;
  std::string previous_band;
  std::vector<Subtotal> fields;
  double figure = 0;                     // the headline figure as published (rounded)
  std::vector<std::string> other_bands;  // one per further band set, in the scheme's order
  std::optional<double> previous_figure;
  std::string renamed_from;              // the previous year's name, when --renames renamed it
  std::vector<std::string> formed_from;  // the previous year's units it merged, when several

  bool is_ranked() const { return rank > 0; }
  /// Previous rank − rank: positive when the unit climbed; empty for a new unit.
  std::optional<int> rank_change() const;
  /// Index − previous index in percentage points, both as published; empty when unknown.
  std::optional<double> index_change() const;
  /// Headline figure − previous figure, both as published; empty when unknown.
  std::optional<double> figure_change() const;

  friend bool operator==(const RankedUnit&, const RankedUnit&) = default;
};

/// The ranked units of one year, sorted by group (in `UnitGroups::order`, unlisted last), then
/// rank, then unit name (code point order), which is also the order of ordinal ties.
struct LeagueTable {
  int year = 0;
  std::optional<int> previous_year;  // the year compared with, when known
  bool has_previous = false;         // compared with anything (previous year or a file)
  bool previous_given = false;       // compared with an EarlierRanking, not with scores
  RankOptions options;
  std::vector<std::string> groups;           // groups present, in report order
  std::vector<std::string> other_band_sets;  // names of the band sets after the first
  bool has_bands = false;                    // whether any band applies (else no band column)
  std::vector<RankedUnit> units;  // in each group the ranked units, then those not ranked
  /// Units ranked in the year compared with that no unit of this year continues (by name or
  /// by a rename), by group, rank and name.
  std::vector<PreviousStanding> gone;
};

/// A unit renamed (one old name) or formed by a merger (several old names for one new name),
/// from --renames: the new name continues the old unit's standing from `year` on (from any
/// year when not given). Names are those printed, already matched to the scored units.
struct Rename {
  std::string old_unit;
  std::string new_unit;
  std::optional<int> year;
  Location where;

  friend bool operator==(const Rename&, const Rename&) = default;
};

/// The rows of `table.units` of each of `table.groups`, in the same order: found in one pass,
/// so that a table of 100,000 one-unit groups is not read once per group.
std::vector<std::vector<const RankedUnit*>> units_by_group(const LeagueTable& table);

/// A unit left out of the ranking, in one year or (no year) in every year: PAPI leaves out
/// provinces whose survey data were insufficient.
struct Exclusion {
  std::string unit;
  std::optional<int> year;

  friend bool operator==(const Exclusion&, const Exclusion&) = default;
};

/// Ranks `results` (one year) within their groups and gives each its band; units named in
/// `excluded` are listed as not ranked, and the others' ranks stay contiguous.
LeagueTable rank_year(const std::vector<UnitResult>& results,
                      const std::vector<std::string>& unit_names, const UnitGroups& groups,
                      const BandScheme& bands, const RankOptions& options, int year,
                      const std::vector<Exclusion>& excluded = {});

/// Fills the previous rank, index and band of every unit found in `previous` (matched by unit
/// name, or by `renames` that apply to the table's year); units not found are new. A unit
/// that continues several previous units (a merger) gets no previous rank, only formed_from.
/// `previous_year`: the year of `previous`, when known.
void compare_with(LeagueTable& table, const std::vector<PreviousStanding>& previous,
                  const std::vector<Rename>& renames = {},
                  std::optional<int> previous_year = std::nullopt);

/// The table's standings, to compare a later year with.
std::vector<PreviousStanding> standings(const LeagueTable& table);

/// A ranking read from a file, to compare the first ranked year with.
struct EarlierRanking {
  std::vector<PreviousStanding> standings;
  std::optional<int> year;  // when the file says which year it is
};

/// One row of an earlier ranking file (--previous), where it was read.
struct PreviousRow {
  std::optional<int> year;  // when the file has a year column
  PreviousStanding standing;
  Location where;
};

/// How much of each unit's result a ranking needs: its total alone (a ranking.csv), with its
/// fields' subtotals (fields.csv, the report), or with every criterion's (lost points).
enum class Detail { kTotal, kFields, kNodes };

/// The scored years a ranking reads: every year's results, aggregated from a table of scores
/// (TableYears) or added up as the scores were read (the io layer's summing reader).
class ScoredYears {
 public:
  virtual ~ScoredYears() = default;
  /// The names UnitResult::unit indexes.
  virtual const std::vector<std::string>& units() const = 0;
  /// The years present, ascending.
  virtual std::vector<int> years() const = 0;
  /// One year's results, in the order units were first seen, with at least `detail`. May be
  /// called from two threads at once.
  virtual std::vector<UnitResult> results(int year, Detail detail) const = 0;
};

/// The years of a table of scores, each aggregated (aggregate()) when it is asked for.
class TableYears final : public ScoredYears {
 public:
  TableYears(const Framework& framework, const ScoreTable& scores)
      : framework_(framework), scores_(scores) {}
  const std::vector<std::string>& units() const override { return scores_.units(); }
  std::vector<int> years() const override { return scores_.years(); }
  std::vector<UnitResult> results(int year, Detail detail) const override;

 private:
  const Framework& framework_;
  const ScoreTable& scores_;
};

/// Reports every unit whose index is below the lowest band of its group (an error, located at
/// that band), so that no unit is published without a band.
void check_bands(const LeagueTable& table, const BandScheme& bands, Diagnostics& diagnostics);

}  // namespace chiso
